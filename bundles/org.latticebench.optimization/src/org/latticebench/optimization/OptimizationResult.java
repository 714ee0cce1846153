package org.latticebench.optimization;

import org.latticebench.optimization.solver.TerminationReason;

/**
 * The outcome of a fluence optimisation.
 *
 * @param weights             the beamlet weights, normalised (a copy is returned by the accessor)
 * @param objectiveHistory    the objective before normalisation, at the start and after each iteration
 * @param iterations          accepted solver steps
 * @param evaluations         objective evaluations (each one D·w; those with a gradient also Dᵀ·g)
 * @param elapsedSeconds      wall-clock time of the optimisation, normalisation included
 * @param reason              why the solver stopped
 * @param normalizationFactor the factor the optimised weights were multiplied by (1 without normalisation)
 * @param objectiveValue      the objective of the returned (normalised) weights
 * @param maxViolationGy      the largest goal miss in Gy of the returned weights
 * @since 0.1
 */
public record OptimizationResult(float[] weights, double[] objectiveHistory, int iterations, int evaluations,
		double elapsedSeconds, TerminationReason reason, double normalizationFactor, double objectiveValue,
		double maxViolationGy) {

	public OptimizationResult {
		weights = weights.clone();
		objectiveHistory = objectiveHistory.clone();
	}

	@Override
	public float[] weights() {
		return weights.clone();
	}

	@Override
	public double[] objectiveHistory() {
		return objectiveHistory.clone();
	}
}
