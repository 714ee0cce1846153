package org.latticebench.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Metric values of N plans side by side, with deltas against a reference plan.
 *
 * @since 0.1
 */
public final class PlanComparison {

	/**
	 * One requested cell row: a metric of a structure (matched by exact name in every plan). The
	 * metric is a registered metric's id (a plug-in's included) or a {@link MetricSpec} text; it is
	 * resolved by {@link #compare}, so a plug-in metric can be requested before it is looked up.
	 */
	public record Request(String structure, String metric) {
		public Request {
			Objects.requireNonNull(structure, "structure");
			if (metric == null || metric.isBlank()) {
				throw new IllegalArgumentException("comparison row for " + structure + " needs a metric id");
			}
		}
	}

	/**
	 * One row: values per plan (in plan order; empty where the plan lacks the structure or the
	 * metric cannot be computed) and {@code value - reference value} per plan.
	 */
	public record Row(String structure, String metricId, String unit, List<OptionalDouble> values,
			List<OptionalDouble> deltasToReference) {
		public Row {
			values = List.copyOf(values);
			deltasToReference = List.copyOf(deltasToReference);
		}
	}

	/** The table: plan names in column order, the reference column, rows in request order. */
	public record Table(List<String> planNames, int referenceIndex, List<Row> rows) {
		public Table {
			planNames = List.copyOf(planNames);
			rows = List.copyOf(rows);
		}
	}

	private PlanComparison() {
	}

	/**
	 * @param metrics resolves metric names (registered services first, then the {@link MetricSpec} grammar)
	 * @throws IllegalArgumentException when there are no plans or the reference index is out of range
	 * @throws org.latticebench.core.InvalidInputException when a requested metric is neither registered
	 *                                                     nor in the {@link MetricSpec} grammar
	 */
	public static Table compare(List<PlanEvaluation> plans, int referenceIndex, List<Request> requests,
			MetricRegistry metrics) {
		if (plans.isEmpty()) {
			throw new IllegalArgumentException("nothing to compare: no plans");
		}
		if (referenceIndex < 0 || referenceIndex >= plans.size()) {
			throw new IllegalArgumentException("reference plan index " + referenceIndex + " outside 0.." + (plans.size() - 1));
		}
		List<Row> rows = new ArrayList<>();
		for (Request r : requests) {
			PlanMetric metric = metrics.resolve(r.metric());
			List<OptionalDouble> values = new ArrayList<>();
			for (PlanEvaluation p : plans) {
				values.add(p.structure(r.structure()).map(in -> evaluate(metric, in)).orElse(OptionalDouble.empty()));
			}
			OptionalDouble ref = values.get(referenceIndex);
			List<OptionalDouble> deltas = values.stream()
					.map(v -> v.isPresent() && ref.isPresent() ? OptionalDouble.of(v.getAsDouble() - ref.getAsDouble())
							: OptionalDouble.empty())
					.toList();
			rows.add(new Row(r.structure(), metric.id(), metric.unit(), values, deltas));
		}
		return new Table(plans.stream().map(PlanEvaluation::planName).toList(), referenceIndex, rows);
	}

	private static OptionalDouble evaluate(PlanMetric metric, MetricInput input) {
		try {
			return OptionalDouble.of(metric.evaluate(input));
		} catch (MetricNotEvaluableException e) {
			return OptionalDouble.empty();
		}
	}
}
