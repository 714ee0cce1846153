package org.latticebench.optimization.solver;

/**
 * Why a minimisation stopped.
 *
 * @since 0.1
 */
public enum TerminationReason {
	/** The projected gradient's largest component fell below its tolerance. */
	PROJECTED_GRADIENT,
	/** The relative decrease of the objective in one iteration fell below its tolerance. */
	OBJECTIVE_CHANGE,
	/** The iteration limit was reached. */
	MAX_ITERATIONS,
	/** Not even a steepest-descent step lowered the objective: converged to working precision. */
	LINE_SEARCH_STALLED
}
