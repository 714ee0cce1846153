package org.latticebench.evaluation;

import java.util.List;

/**
 * A named set of dose-volume constraints, registered as a DS service with the component
 * properties {@code id} and {@code name}.
 *
 * @since 0.1
 */
public interface ConstraintSetProvider {

	/** Stable identifier, e.g. {@code tg101-5fx}. */
	String id();

	/** Display name, e.g. "TG-101, 5 fractions (seed 001 Table 1)". */
	String name();

	/** The constraints, in the order of the source table; never empty. */
	List<Constraint> constraints();
}
