package org.latticebench.evaluation.robustness;

import java.util.List;

import org.latticebench.evaluation.Dvh;

/**
 * The min-max envelope of a structure's cumulative DVH across scenarios, at common dose points.
 *
 * @param structure   the structure
 * @param doseGy      dose points, ascending
 * @param nominalPct  the nominal DVH, % of the volume receiving at least each dose
 * @param minPct      the lowest of all scenarios (nominal included) at each dose
 * @param maxPct      the highest at each dose
 * @since 0.1
 */
public record DvhBand(String structure, double[] doseGy, double[] nominalPct, double[] minPct, double[] maxPct) {

	/** The band of the nominal DVH and the scenario DVHs, sampled at {@code points} doses from 0 to the highest maximum. */
	public static DvhBand of(String structure, Dvh nominal, List<Dvh> scenarios, int points) {
		double maxGy = nominal.maxGy();
		for (Dvh d : scenarios) {
			maxGy = Math.max(maxGy, d.maxGy());
		}
		double[] dose = new double[points], nom = new double[points], lo = new double[points], hi = new double[points];
		for (int p = 0; p < points; p++) {
			double gy = maxGy * p / (points - 1);
			dose[p] = gy;
			nom[p] = nominal.volumeAtLeastPercent(gy);
			lo[p] = nom[p];
			hi[p] = nom[p];
			for (Dvh d : scenarios) {
				double v = d.volumeAtLeastPercent(gy);
				lo[p] = Math.min(lo[p], v);
				hi[p] = Math.max(hi[p], v);
			}
		}
		return new DvhBand(structure, dose, nom, lo, hi);
	}
}
