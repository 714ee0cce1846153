package org.latticebench.report;

import java.util.Objects;

import org.latticebench.evaluation.ConstraintStatus;

/**
 * One constraint of a plan's constraint set, as checked.
 *
 * @param constraintSet  the set's id
 * @param organ          the organ as the source names it
 * @param planStructure  the plan structure it was evaluated on, empty text when none matched
 * @param comparator     the comparator symbol, e.g. {@code <=}
 * @param valueInUnit    the plan's value, NaN when not evaluable
 * @param marginInUnit   distance to the limit, positive on the passing side; NaN when not evaluable
 * @since 0.1
 */
public record ConstraintRow(String caseId, String plan, String constraintSet, String organ, String planStructure,
		String metric, String comparator, double limit, String unit, double valueInUnit, double marginInUnit,
		ConstraintStatus status, String note, String source) {

	public ConstraintRow {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(note, "note");
	}
}
