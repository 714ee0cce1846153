package org.latticebench.evaluation.gamma;

import java.util.Locale;

import org.latticebench.core.FloatVolume;

/**
 * The gamma comparison for one criterion.
 *
 * @param criterion            the criterion
 * @param local                local (true) or global gamma
 * @param normalisationGy      the normalisation dose used for the threshold (and, for global
 *                             gamma, for the dose criterion)
 * @param thresholdPct         the low-dose threshold, % of {@code normalisationGy}
 * @param evaluatedVoxels      reference voxels evaluated: at or above the threshold, in the mask,
 *                             and inside the evaluated dose grid
 * @param outsideEvaluatedGrid reference voxels that met the threshold and mask but lie outside the
 *                             evaluated grid (not evaluated, not counted as failures)
 * @param passRatePct          % of evaluated voxels with gamma &le; 1 (NaN when none evaluated)
 * @param meanGamma            mean gamma of the evaluated voxels (capped values included as the cap)
 * @param gammaP95             95th percentile, linear between order statistics (Hyndman–Fan type 7)
 * @param gammaCap             the cap the values were limited to
 * @param gammaMap             gamma at each reference voxel; NaN where not evaluated
 * @since 0.1
 */
public record GammaResult(GammaCriterion criterion, boolean local, double normalisationGy, double thresholdPct,
		int evaluatedVoxels, int outsideEvaluatedGrid, double passRatePct, double meanGamma, double gammaP95,
		double gammaCap, FloatVolume gammaMap) {

	/** {@code global} or {@code local}. */
	public String normalisation() {
		return local ? "local" : "global";
	}

	/** The one-line summary, e.g. {@code 3%/3mm global: pass 98.76 % (n = 123456, mean 0.31, p95 0.82)}. */
	public String summaryLine() {
		return String.format(Locale.ROOT, "%s %s: pass %.2f %% (n = %d, mean %.2f, p95 %.2f)", criterion.label(),
				normalisation(), passRatePct, evaluatedVoxels, meanGamma, gammaP95);
	}
}
