package org.latticebench.workflow;

import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;

/**
 * Runs one regimen on one study from generation to evaluation.
 * <p>
 * Implementations are deterministic for the same study, request and settings (seeded), honour
 * cancellation through the monitor by throwing {@link org.latticebench.core.CancelledException},
 * and report bad input as {@link org.latticebench.core.InvalidInputException} naming what is
 * wrong (an unknown settings key, a study without a GTV, …).
 *
 * @since 0.1
 */
public interface PlanPipeline {

	PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, ProgressMonitor monitor);

	/** Runs each request in turn on the same study. */
	default ComparisonRun compare(String caseId, StudySnapshot study, List<PlanRequest> requests,
			WorkflowSettings settings, ProgressMonitor monitor) {
		List<PlanRun> runs = new ArrayList<>();
		for (PlanRequest r : requests) {
			monitor.checkCanceled();
			runs.add(run(study, r, settings, monitor));
		}
		return new ComparisonRun(caseId, study, runs);
	}
}
