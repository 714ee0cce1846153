package org.latticebench.optimization;

/**
 * One optimisation goal on the voxel dose, with its analytic gradient. Implementations are
 * immutable; they read only the voxels of their structure from the full dose vector.
 * Values are normalised by the structure volume, so that a goal on a large organ does not
 * outweigh one on a small target merely by its voxel count.
 *
 * @since 0.1
 */
public interface Objective {

	/**
	 * @param doseGy the dose of every operator row, Gy
	 * @return the (unweighted) objective value, >= 0
	 */
	double value(double[] doseGy);

	/**
	 * The value, and adds {@code scale · ∂value/∂doseGy[i]} to {@code gradientOut[i]} for every row
	 * of the structure. Other rows are left untouched.
	 */
	double valueAndGradient(double[] doseGy, double scale, double[] gradientOut);

	/** By how many Gy the goal is missed (0 when it is met), for progress reports. */
	double violationGy(double[] doseGy);

	/** The reference dose of the goal in Gy, used to pick a starting point. */
	double referenceDoseGy();

	/** A one-line description for logs, e.g. {@code "max-dvh PTV 50 Gy at 5 %"}. */
	String describe();
}
