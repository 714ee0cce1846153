package org.latticebench.optimization;

import org.latticebench.optimization.solver.LbfgsSettings;

/**
 * Settings of {@link FluenceOptimizer}.
 *
 * @param solver        the L-BFGS settings (iterations, history, tolerances)
 * @param maxWeight     upper bound of each beamlet weight; {@code Double.POSITIVE_INFINITY} for none
 * @param normalization scaling applied after the optimisation
 * @since 0.1
 */
public record OptimizerSettings(LbfgsSettings solver, double maxWeight, Normalization normalization) {

	public OptimizerSettings {
		if (solver == null || normalization == null) {
			throw new IllegalArgumentException("optimizer settings need solver settings and a normalisation");
		}
		if (!(maxWeight > 0)) {
			throw new IllegalArgumentException("the beamlet weight bound must be > 0, got " + maxWeight);
		}
	}

	/** {@link LbfgsSettings#defaults()}, no upper bound, no normalisation. */
	public static OptimizerSettings defaults() {
		return new OptimizerSettings(LbfgsSettings.defaults(), Double.POSITIVE_INFINITY, Normalization.none());
	}

	public OptimizerSettings withNormalization(Normalization n) {
		return new OptimizerSettings(solver, maxWeight, n);
	}

	public OptimizerSettings withSolver(LbfgsSettings s) {
		return new OptimizerSettings(s, maxWeight, normalization);
	}

	public OptimizerSettings withMaxWeight(double w) {
		return new OptimizerSettings(solver, w, normalization);
	}
}
