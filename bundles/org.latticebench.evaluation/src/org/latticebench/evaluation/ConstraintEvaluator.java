package org.latticebench.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a plan against a constraint set. Each constraint is evaluated on every plan structure
 * matching one of its aliases (so "great vessels" checks both {@code Aorta} and {@code IVC}); a
 * constraint that matches none gives one NOT_EVALUABLE result naming the aliases tried.
 *
 * @since 0.1
 */
public final class ConstraintEvaluator {

	private ConstraintEvaluator() {
	}

	public static List<ConstraintResult> evaluate(PlanEvaluation plan, List<Constraint> constraints,
			StructureAliases aliases) {
		List<ConstraintResult> results = new ArrayList<>();
		for (Constraint c : constraints) {
			List<String> names = aliases.aliasesFor(c);
			List<MetricInput> matches = plan.matching(names);
			if (matches.isEmpty()) {
				results.add(ConstraintResult.notEvaluable(c, Optional.empty(),
						"no structure named " + String.join(" / ", names) + " in plan " + plan.planName()));
				continue;
			}
			PlanMetric metric = c.metricSpec().toMetric();
			for (MetricInput input : matches) {
				try {
					results.add(ConstraintResult.evaluated(c, input.structureName(), metric.evaluate(input)));
				} catch (MetricNotEvaluableException e) {
					results.add(ConstraintResult.notEvaluable(c, Optional.of(input.structureName()), e.getMessage()));
				}
			}
		}
		return results;
	}
}
