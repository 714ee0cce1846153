package org.latticebench.evaluation;

import java.util.Objects;

import org.apache.commons.math3.special.Erf;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;

/**
 * Lyman-Kutcher-Burman NTCP: {@code NTCP = Phi((gEUD - TD50) / (m TD50))} with
 * {@code gEUD = (sum v_i D_i^(1/n))^n}, Phi the standard normal distribution function.
 * <p>
 * A model's TD50 holds for the fractionation of the patients it was fitted to. The physical dose
 * is therefore converted voxel by voxel to the equivalent dose in fractions of
 * {@link #referenceDosePerFractionGy()} (LQ, {@link #alphaBetaGy()}) before the gEUD: with a
 * reference of 2 Gy that is EQD2.
 *
 * @param td50Gy                     uniform whole-organ dose with 50 % complication probability
 * @param m                          slope parameter
 * @param n                          volume-effect parameter (gEUD exponent 1/n)
 * @param alphaBetaGy                alpha/beta for the fractionation conversion
 * @param referenceDosePerFractionGy dose per fraction of the data the model was fitted to
 * @param source                     citation of the parameters
 * @since 0.1
 */
public record LkbModel(double td50Gy, double m, double n, double alphaBetaGy, double referenceDosePerFractionGy,
		String source) {

	/** NTCP with the gEUD and the converted DVH it came from. */
	public record Result(double ntcp, double gEudGy, Dvh convertedDvh) {
	}

	public LkbModel {
		Objects.requireNonNull(source, "source");
		if (!(td50Gy > 0) || !(m > 0) || !(n > 0) || !(alphaBetaGy > 0) || !(referenceDosePerFractionGy > 0)) {
			throw new IllegalArgumentException("LKB parameters must be positive: TD50 " + td50Gy + " Gy, m " + m + ", n " + n
					+ ", alpha/beta " + alphaBetaGy + " Gy, reference " + referenceDosePerFractionGy + " Gy/fx");
		}
	}

	/**
	 * Classic RILD, primary liver cancer: Dawson LA et al., "Analysis of radiation-induced liver
	 * disease using the Lyman NTCP model", Int J Radiat Oncol Biol Phys 2002;53(4):810-821, as
	 * summarised by QUANTEC (Pan CC et al., IJROBP 2010;76(3 Suppl):S94-S100): n = 0.97, m = 0.12,
	 * TD50 = 39.8 Gy, fitted to 1.5 Gy twice-daily fractions; alpha/beta 2.5 Gy (liver default of
	 * shared/DOMAIN.md / issue 8).
	 */
	public static LkbModel liverRildPrimaryDawson2002() {
		return new LkbModel(39.8, 0.12, 0.97, Radiobiology.LIVER_ALPHA_BETA_GY, 1.5,
				"Dawson et al. IJROBP 2002;53:810-821 (primary liver cancer), QUANTEC liver (Pan et al. 2010)");
	}

	/** As {@link #liverRildPrimaryDawson2002()} for liver metastases: TD50 = 45.8 Gy. */
	public static LkbModel liverRildMetastasesDawson2002() {
		return new LkbModel(45.8, 0.12, 0.97, Radiobiology.LIVER_ALPHA_BETA_GY, 1.5,
				"Dawson et al. IJROBP 2002;53:810-821 (liver metastases), QUANTEC liver (Pan et al. 2010)");
	}

	/** NTCP for a gEUD already expressed at the reference fractionation. */
	public double ntcpFromGeud(double gEudGy) {
		double t = (gEudGy - td50Gy) / (m * td50Gy);
		return 0.5 * Erf.erfc(-t / Math.sqrt(2));
	}

	/** NTCP of an organ from a physical dose delivered in {@code fractions} equal fractions. */
	public Result ntcp(FloatVolume physicalDoseGy, int fractions, Mask organ, DvhSettings settings,
			ProgressMonitor monitor) {
		float[] ab = new float[physicalDoseGy.values().length];
		java.util.Arrays.fill(ab, (float) alphaBetaGy);
		FloatVolume converted = Radiobiology.toEqd(physicalDoseGy, fractions, new FloatVolume(physicalDoseGy.grid(), ab),
				referenceDosePerFractionGy, FractionationModel.LQ);
		Dvh dvh = DvhCalculator.compute(converted, organ, settings, monitor);
		double gEud = dvh.gEudGy(1 / n);
		return new Result(ntcpFromGeud(gEud), gEud, dvh);
	}
}
