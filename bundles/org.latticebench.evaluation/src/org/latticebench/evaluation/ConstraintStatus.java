package org.latticebench.evaluation;

/**
 * Outcome of one constraint on one plan.
 *
 * @since 0.1
 */
public enum ConstraintStatus {
	PASS, FAIL,
	/** No structure matched the constraint's aliases, or the metric could not be computed. */
	NOT_EVALUABLE
}
