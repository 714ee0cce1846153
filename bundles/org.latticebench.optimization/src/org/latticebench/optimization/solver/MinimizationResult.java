package org.latticebench.optimization.solver;

/**
 * The outcome of {@link BoundedLbfgs#minimize}.
 *
 * @param x                 the last iterate (feasible)
 * @param value             f(x)
 * @param iterations        accepted steps
 * @param evaluations       function evaluations, line-search trials included
 * @param valueHistory      f at the start and after every iteration (length iterations + 1)
 * @param reason            why it stopped
 * @since 0.1
 */
public record MinimizationResult(double[] x, double value, int iterations, int evaluations, double[] valueHistory,
		TerminationReason reason) {
}
