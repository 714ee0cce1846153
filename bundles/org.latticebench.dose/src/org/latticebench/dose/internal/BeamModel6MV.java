package org.latticebench.dose.internal;

/**
 * A 6 MV pencil-beam model: an integrated depth-dose term times a lateral kernel of two
 * Gaussians whose weights and widths depend on depth, each convolved with a Gaussian source
 * (focal-spot) penumbra that grows with distance below the collimator. Depths are radiological
 * (water-equivalent) mm; lateral distances are physical mm at the point.
 * <p>
 * Form. The pencil-kernel decomposition into a primary and a phantom-scatter part with
 * depth-dependent parameters follows Ahnesjö, Saxner and Trepp 1992 (Med Phys 19:263) and the
 * beam-quality driven parameterisation of Nyholm et al. 2006 (Radiother Oncol 78:347); Gaussian
 * components make a square beamlet's kernel separable (a product of erf differences), as in the
 * decomposed kernels of Bortfeld, Schlegel and Rhein 1993 (Med Phys 20:311).
 * <ul>
 * <li>Primary: P(d) = (1 − e^{−βd}) e^{−μd} (build-up of charged-particle equilibrium, then
 * attenuation); lateral Gaussian σ1 (secondary-electron transport).</li>
 * <li>Phantom scatter: S(d) = κ d P(d), an infinite-field scatter-to-primary ratio growing
 * linearly with depth; lateral Gaussian widening with depth, σ3(d) = σ3₀ + σ3′ d.</li>
 * <li>Source penumbra: σ_src = 1 mm on the isocentre plane for a collimator 500 mm from the source
 * (focal spots of 6 MV linacs are 1–3 mm FWHM: Jaffray et al. 1993, Med Phys 20:1417).</li>
 * </ul>
 * Parameters were fitted by the author (least squares; the script, its model and its targets are
 * in {@code releng/benchmarks/beam-model/fit_6mv.py}) to published 6 MV broad-beam data at SSD
 * 100 cm: the 10×10 cm² central-axis depth dose of BJR Supplement 25 (1996) (dmax 1.5 cm,
 * PDD(10) 67.5 %, PDD(20) 38.9 %), the typical rise of PDD(10) with field size, a 6.5 mm 80–20 %
 * penumbra at 10 cm depth, and an out-of-field dose of about 4.5 % 2 cm outside the field. The
 * fitted primary attenuation μ = 0.0443 cm⁻¹ is of the order of the narrow-beam attenuation
 * coefficient of water at 2 MeV, 0.0494 cm²/g (Hubbell and Seltzer, NISTIR 5632), as expected for
 * a 6 MV spectrum with a mean energy near 2 MeV; PDD20,10 = 0.576 corresponds to TPR20,10 = 0.67
 * by the relation TPR20,10 = 1.2661 PDD20,10 − 0.0595 of IAEA TRS-398 (2000), a typical 6 MV quality.
 */
public final class BeamModel6MV {

	/** Build-up coefficient β, 1/mm. */
	static final double BETA_PER_MM = 0.279339;
	/** Primary attenuation μ, 1/mm. */
	static final double MU_PER_MM = 0.004429;
	/** Growth of the infinite-field scatter-to-primary ratio with depth κ, 1/mm. */
	static final double KAPPA_PER_MM = 0.002261;
	/** Primary Gaussian σ1, mm. */
	static final double SIGMA1_MM = 2.9564;
	/** Phantom-scatter Gaussian σ3 at zero depth, mm. */
	static final double SIGMA3_0_MM = 18.194;
	/** Growth of σ3 with depth, mm per mm. */
	static final double SIGMA3_SLOPE = 0.16928;
	/** Source (focal-spot) penumbra σ projected to the isocentre plane, mm. */
	static final double SOURCE_SIGMA_ISO_MM = 1.0;
	/** Distance from the source to the collimating plane, mm (MLC-like). */
	static final double COLLIMATOR_DISTANCE_MM = 500.0;

	private static final double REFERENCE_SAD_MM = 1000.0;
	private static final double REFERENCE_FIELD_MM = 100.0;

	private static final BeamModel6MV INSTANCE = new BeamModel6MV();

	/** Gy per unit weight divided by the raw model value: 1 Gy at dmax, 10×10 cm², SSD 100 cm. */
	private final double calibration;
	private final double dmaxMm;

	private BeamModel6MV() {
		double best = -1, bestD = 0;
		for (double d = 0.05; d <= 50; d += 0.05) {
			double v = rawCentralAxis(d, REFERENCE_FIELD_MM, REFERENCE_SAD_MM);
			if (v > best) {
				best = v;
				bestD = d;
			}
		}
		calibration = 1.0 / best;
		dmaxMm = bestD;
	}

	public static BeamModel6MV get() {
		return INSTANCE;
	}

	/** Depth of maximum dose of the calibration field (10×10 cm², SSD 100 cm), mm. */
	public double dmaxMm() {
		return dmaxMm;
	}

	/** Integrated depth dose (primary + scatter) for an infinite field, in calibrated Gy units. */
	public double depthDose(double radDepthMm) {
		if (radDepthMm <= 0) {
			return 0;
		}
		return calibration * primary(radDepthMm) * (1 + KAPPA_PER_MM * radDepthMm);
	}

	static double primary(double d) {
		return (1 - Math.exp(-BETA_PER_MM * d)) * Math.exp(-MU_PER_MM * d);
	}

	/** Fraction of the depth dose carried by phantom scatter at this depth. */
	public static double scatterFraction(double radDepthMm) {
		double k = KAPPA_PER_MM * Math.max(radDepthMm, 0);
		return k / (1 + k);
	}

	/** Source penumbra σ at a distance from the source, mm. */
	public static double sourceSigmaMm(double zSourceMm, double sadMm) {
		return SOURCE_SIGMA_ISO_MM * Math.abs(zSourceMm - COLLIMATOR_DISTANCE_MM) / (sadMm - COLLIMATOR_DISTANCE_MM);
	}

	/**
	 * The two lateral components at a point: weights (summing to 1) and σ including the source
	 * penumbra. Writes {w1, σ1, w3, σ3} (primary, scatter) into {@code out}.
	 */
	public static void components(double radDepthMm, double zSourceMm, double sadMm, double[] out) {
		double ws = scatterFraction(radDepthMm);
		double src2 = sq(sourceSigmaMm(zSourceMm, sadMm));
		out[0] = 1 - ws;
		out[1] = Math.sqrt(SIGMA1_MM * SIGMA1_MM + src2);
		out[2] = ws;
		out[3] = Math.sqrt(sq(SIGMA3_0_MM + SIGMA3_SLOPE * Math.max(radDepthMm, 0)) + src2);
	}

	/** Uncalibrated central-axis dose of a square open field in water at SSD = SAD (used to calibrate). */
	static double rawCentralAxis(double depthMm, double fieldAtIsoMm, double sadMm) {
		double z = sadMm + depthMm;
		double f = z / sadMm;
		double[] c = new double[4];
		components(depthMm, z, sadMm, c);
		double sum = 0;
		for (int i = 0; i < 2; i++) {
			double b = Erf.erfSeries(f * fieldAtIsoMm / 2 / (Math.sqrt(2) * c[2 * i + 1]));
			sum += c[2 * i] * b * b;
		}
		return primary(depthMm) * (1 + KAPPA_PER_MM * depthMm) * sum / (f * f);
	}

	private static double sq(double v) {
		return v * v;
	}
}
