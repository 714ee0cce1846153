package org.latticebench.optimization.solver;

/**
 * A smooth (or piecewise smooth) scalar function of a vector, for {@link BoundedLbfgs}.
 *
 * @since 0.1
 */
public interface DifferentiableFunction {

	/** f(x), and its gradient written into {@code gradientOut}. */
	double valueAndGradient(double[] x, double[] gradientOut);

	/** f(x) alone; implement it when that is cheaper than with the gradient (line search trials). */
	default double value(double[] x) {
		return valueAndGradient(x, new double[x.length]);
	}
}
