package org.latticebench.optimization;

/**
 * Progress of one optimiser iteration.
 *
 * @param iteration             0 for the start point, then 1, 2, ...
 * @param objectiveValue        the weighted objective sum
 * @param maxViolationGy        the largest amount in Gy by which any objective's goal is missed
 * @param projectedGradientNorm max_i |P(w − ∇f)_i − w_i|; 0 at a KKT point
 * @since 0.1
 */
public record IterationReport(int iteration, double objectiveValue, double maxViolationGy,
		double projectedGradientNorm) {
}
