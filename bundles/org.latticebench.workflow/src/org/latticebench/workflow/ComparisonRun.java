package org.latticebench.workflow;

import java.util.List;
import java.util.Optional;

import org.latticebench.core.StudySnapshot;

/**
 * Several plans computed on the same study, in the order they were requested.
 *
 * @param caseId a short name for the study (the {@code case} column of the CSV outputs)
 * @since 0.1
 */
public record ComparisonRun(String caseId, StudySnapshot study, List<PlanRun> plans) {

	public ComparisonRun {
		plans = List.copyOf(plans);
		if (plans.stream().map(PlanRun::planName).distinct().count() != plans.size()) {
			throw new IllegalArgumentException("plan names in a comparison must be unique");
		}
	}

	public Optional<PlanRun> plan(String planName) {
		return plans.stream().filter(p -> p.planName().equals(planName)).findFirst();
	}
}
