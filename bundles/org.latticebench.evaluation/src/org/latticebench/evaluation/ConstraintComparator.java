package org.latticebench.evaluation;

/**
 * How a constraint compares a metric value with its limit. The margin is positive on the passing
 * side, in the constraint's unit: {@code limit - value} for upper limits, {@code value - limit}
 * for lower limits.
 *
 * @since 0.1
 */
public enum ConstraintComparator {
	LESS_THAN("<"), AT_MOST("<="), GREATER_THAN(">"), AT_LEAST(">=");

	private final String symbol;

	ConstraintComparator(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	public boolean holds(double value, double limit) {
		return switch (this) {
		case LESS_THAN -> value < limit;
		case AT_MOST -> value <= limit;
		case GREATER_THAN -> value > limit;
		case AT_LEAST -> value >= limit;
		};
	}

	public double margin(double value, double limit) {
		return switch (this) {
		case LESS_THAN, AT_MOST -> limit - value;
		case GREATER_THAN, AT_LEAST -> value - limit;
		};
	}
}
