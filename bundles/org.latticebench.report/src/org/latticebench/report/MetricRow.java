package org.latticebench.report;

import java.util.Objects;

/**
 * One value of the long-format metric table ({@code case,plan,structure,metric,value,unit}).
 *
 * @param value the metric value in {@code unit}; NaN when it could not be evaluated
 * @param unit  {@code Gy}, {@code cc}, {@code %}, or {@code 1} for ratios and counts
 * @since 0.1
 */
public record MetricRow(String caseId, String plan, String structure, String metric, double value, String unit) {

	public MetricRow {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(structure, "structure");
		Objects.requireNonNull(metric, "metric");
		Objects.requireNonNull(unit, "unit");
	}
}
