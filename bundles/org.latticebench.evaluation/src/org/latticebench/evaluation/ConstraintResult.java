package org.latticebench.evaluation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A constraint evaluated on one structure of a plan.
 *
 * @param constraint the constraint
 * @param status     pass, fail or not evaluable
 * @param structure  the plan structure it was evaluated on (empty when none matched)
 * @param value      the metric value, in the constraint's unit (empty when not evaluable)
 * @param margin     distance to the limit, positive on the passing side (empty when not evaluable)
 * @param note       why it is not evaluable; empty text otherwise
 * @since 0.1
 */
public record ConstraintResult(Constraint constraint, ConstraintStatus status, Optional<String> structure,
		OptionalDouble value, OptionalDouble margin, String note) {

	public ConstraintResult {
		Objects.requireNonNull(constraint);
		Objects.requireNonNull(status);
		Objects.requireNonNull(structure);
		Objects.requireNonNull(value);
		Objects.requireNonNull(margin);
		Objects.requireNonNull(note);
	}

	public double limit() {
		return constraint.limit();
	}

	static ConstraintResult evaluated(Constraint c, String structure, double value) {
		boolean pass = c.comparator().holds(value, c.limit());
		return new ConstraintResult(c, pass ? ConstraintStatus.PASS : ConstraintStatus.FAIL, Optional.of(structure),
				OptionalDouble.of(value), OptionalDouble.of(c.comparator().margin(value, c.limit())), "");
	}

	static ConstraintResult notEvaluable(Constraint c, Optional<String> structure, String why) {
		return new ConstraintResult(c, ConstraintStatus.NOT_EVALUABLE, structure, OptionalDouble.empty(),
				OptionalDouble.empty(), why);
	}
}
