package org.latticebench.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One dose-volume constraint of a published table.
 *
 * @param structure         the organ as the source names it, e.g. {@code Spinal cord}
 * @param structureAliases  structure names that count as this organ, matched ignoring case,
 *                          spaces and punctuation (see {@link StructureAliases#normalise})
 * @param metric            a {@link MetricSpec} text, e.g. {@code Dmax} or {@code Vbelow21Gy_cc}
 * @param comparator        how the value must relate to the limit
 * @param limit             the limit, in {@code unit}
 * @param unit              the metric's unit ({@code Gy}, {@code %}, {@code cc}); must match the metric
 * @param source            citation: seed paper and table, with any interpretation made
 * @since 0.1
 */
public record Constraint(String structure, List<String> structureAliases, String metric, ConstraintComparator comparator,
		double limit, String unit, String source) {

	public Constraint {
		Objects.requireNonNull(structure, "structure");
		Objects.requireNonNull(comparator, "comparator");
		Objects.requireNonNull(source, "source");
		structureAliases = List.copyOf(structureAliases);
		if (structureAliases.isEmpty()) {
			throw new IllegalArgumentException("constraint on " + structure + " needs at least one structure alias");
		}
		MetricSpec spec = MetricSpec.parse(metric);
		if (!spec.unit().equals(unit)) {
			throw new IllegalArgumentException(
					"constraint " + structure + " " + metric + ": unit '" + unit + "' but the metric is in '" + spec.unit() + "'");
		}
		if (!Double.isFinite(limit)) {
			throw new IllegalArgumentException("constraint " + structure + " " + metric + ": limit must be finite");
		}
	}

	public MetricSpec metricSpec() {
		return MetricSpec.parse(metric);
	}

	/** E.g. {@code Spinal cord: Dmax <= 30 Gy}. */
	public String describe() {
		return structure + ": " + metric + " " + comparator.symbol() + " " + limit + " " + unit;
	}
}
