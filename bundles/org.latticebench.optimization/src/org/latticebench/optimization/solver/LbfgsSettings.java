package org.latticebench.optimization.solver;

/**
 * Settings of {@link BoundedLbfgs}.
 *
 * @param maxIterations              iteration limit, >= 1
 * @param historySize                number of correction pairs kept (m), >= 1; about 10 is usual
 * @param relativeObjectiveTolerance stop when (f_k − f_k+1) ≤ tol · max(|f_k|, |f_k+1|, 1); 0 disables
 * @param projectedGradientTolerance stop when max_i |P(x − g)_i − x_i| ≤ tol; 0 disables
 * @param maxLineSearchSteps         backtracking steps before giving up on a direction, >= 1
 * @since 0.1
 */
public record LbfgsSettings(int maxIterations, int historySize, double relativeObjectiveTolerance,
		double projectedGradientTolerance, int maxLineSearchSteps) {

	public LbfgsSettings {
		if (maxIterations < 1 || historySize < 1 || maxLineSearchSteps < 1) {
			throw new IllegalArgumentException("L-BFGS needs maxIterations, historySize and maxLineSearchSteps >= 1, got "
					+ maxIterations + ", " + historySize + ", " + maxLineSearchSteps);
		}
		if (!(relativeObjectiveTolerance >= 0) || !(projectedGradientTolerance >= 0)) {
			throw new IllegalArgumentException("L-BFGS tolerances must be >= 0, got " + relativeObjectiveTolerance
					+ " and " + projectedGradientTolerance);
		}
	}

	/** 200 iterations, m = 10, relative change 1e-7, projected gradient 1e-9, 40 line-search steps. */
	public static LbfgsSettings defaults() {
		return new LbfgsSettings(200, 10, 1e-7, 1e-9, 40);
	}
}
