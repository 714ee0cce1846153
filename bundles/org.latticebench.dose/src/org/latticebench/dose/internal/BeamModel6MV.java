package org.latticebench.dose.internal;

/**
 * A 6 MV pencil-beam model: an integrated depth-dose term times a lateral kernel that is a sum of
 * three Gaussians whose weights and widths depend on depth, convolved with a Gaussian source
 * (focal-spot) penumbra that grows with distance below the collimator. Depths are radiological
 * (water-equivalent) mm; lateral distances are physical mm at the point.
 * <p>
 * Form. The pencil-kernel decomposition into primary and scatter parts with depth-dependent
 * parameters follows Ahnesjö, Saxner and Trepp 1992 (Med Phys 19:263) and the beam-quality
 * driven parameterisation idea of Nyholm et al. 2006 (Radiother Oncol 78:347); Gaussian
 * components make a square beamlet's kernel separable (a product of erf differences), as in the
 * decomposed kernels of Bortfeld, Schlegel and Rhein 1993 (Med Phys 20:311).
 * <ul>
 * <li>Primary: P(d) = (1 − e^{−βd}) e^{−μd} (build-up of charged-particle equilibrium, then
 * attenuation).</li>
 * <li>Phantom scatter: S(d) = κ d P(d), i.e. a scatter-to-primary ratio for an infinite field
 * growing linearly with depth.</li>
 * <li>Lateral: the primary is split into a narrow Gaussian (σ1, secondary-electron range) and a
 * wider one (σ2, fraction f2: head scatter and electron/first-scatter tail); the phantom scatter
 * is a Gaussian widening with depth, σ3(d) = σ3₀ + σ3′ d.</li>
 * </ul>
 * Parameters. They were fitted by the author (least squares, script and targets in
 * {@code releng/benchmarks/beam-model/fit_6mv.py}) to published 6 MV broad-beam data at SSD 100 cm:
 * the 10×10 cm² central-axis depth dose of BJR Supplement 25 (1996) (dmax 1.5 cm, PDD(10) 67.5 %,
 * PDD(20) 38.9 %), typical field-size dependence of PDD(10) (3×3 to 20×20 cm²), and a
 * 6.5 mm 80–20 % penumbra at 10 cm depth. The fitted primary attenuation μ = 0.0463 cm⁻¹ is close
 * to the narrow-beam attenuation coefficient of water at 2 MeV, 0.0494 cm²/g (Hubbell and Seltzer,
 * NIST XCOM / NISTIR 5632), as expected for a 6 MV spectrum whose mean energy is about 2 MeV.
 * The model's TPR20,10 is about 0.67, a typical 6 MV beam quality (IAEA TRS-398).
 */
public final class BeamModel6MV {

	/** Build-up coefficient β, 1/mm. */
	static final double BETA_PER_MM = 0.2817;
	/** Primary attenuation μ, 1/mm. */
	static final double MU_PER_MM = 0.00463;
	/** Growth of the infinite-field scatter-to-primary ratio with depth κ, 1/mm. */
	static final double KAPPA_PER_MM = 0.00261;
	/** Narrow primary Gaussian σ1, mm. */
	static final double SIGMA1_MM = 1.5;
	/** Fraction of the primary in the wide Gaussian, f2. */
	static final double F2 = 0.2715;
	/** Wide primary Gaussian σ2, mm. */
	static final double SIGMA2_MM = 30.0;
	/** Phantom-scatter Gaussian σ3 at zero depth, mm. */
	static final double SIGMA3_0_MM = 24.87;
	/** Growth of σ3 with depth, mm per mm. */
	static final double SIGMA3_SLOPE = 0.1542;
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
	 * The three lateral components at a point: weights (summing to 1) and σ including the source
	 * penumbra. Writes {w1, σ1, w2, σ2, w3, σ3} into {@code out}.
	 */
	public static void components(double radDepthMm, double zSourceMm, double sadMm, double[] out) {
		double ws = scatterFraction(radDepthMm);
		double src2 = sq(sourceSigmaMm(zSourceMm, sadMm));
		out[0] = (1 - ws) * (1 - F2);
		out[1] = Math.sqrt(SIGMA1_MM * SIGMA1_MM + src2);
		out[2] = (1 - ws) * F2;
		out[3] = Math.sqrt(SIGMA2_MM * SIGMA2_MM + src2);
		out[4] = ws;
		out[5] = Math.sqrt(sq(SIGMA3_0_MM + SIGMA3_SLOPE * Math.max(radDepthMm, 0)) + src2);
	}

	/** Uncalibrated central-axis dose of a square open field in water at SSD = SAD (used to calibrate). */
	static double rawCentralAxis(double depthMm, double fieldAtIsoMm, double sadMm) {
		double z = sadMm + depthMm;
		double f = z / sadMm;
		double[] c = new double[6];
		components(depthMm, z, sadMm, c);
		double sum = 0;
		for (int i = 0; i < 3; i++) {
			double b = Erf.erfSeries(f * fieldAtIsoMm / 2 / (Math.sqrt(2) * c[2 * i + 1]));
			sum += c[2 * i] * b * b;
		}
		return primary(depthMm) * (1 + KAPPA_PER_MM * depthMm) * sum / (f * f);
	}

	private static double sq(double v) {
		return v * v;
	}
}
