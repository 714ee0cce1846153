package org.latticebench.workflow;

import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.optimization.IterationListener;
import org.latticebench.planning.PlanDesign;

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

	/**
	 * {@link #run(StudySnapshot, PlanRequest, WorkflowSettings, ProgressMonitor)}, telling
	 * {@code listener} about every optimiser iteration (iteration, objective, max violation). The
	 * default ignores the listener.
	 */
	default PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, IterationListener listener,
			ProgressMonitor monitor) {
		return run(study, request, settings, monitor);
	}

	/**
	 * Only the first stage: the plan design the request's generator makes, with the same settings
	 * handling (unknown key → {@link org.latticebench.core.InvalidInputException}) and seed as
	 * {@link #run}.
	 *
	 * @throws UnsupportedOperationException when this pipeline cannot generate alone (the default)
	 */
	default PlanDesign generate(StudySnapshot study, PlanRequest request, WorkflowSettings settings,
			ProgressMonitor monitor) {
		throw new UnsupportedOperationException(getClass().getName() + " does not generate plan designs on their own");
	}

	/**
	 * Re-evaluates a plan whose dose was saved, without optimising again: the DVHs of the design's
	 * and the study's structures, the constraint set of {@code settings} (or the AUTO rule), the
	 * SFRT metrics and the sphere fall-off, exactly as {@link #run} computes them from its final
	 * dose. The returned run's optimization result is empty (no weights, no iterations), its stage
	 * times are zero apart from the evaluation, and its provenance says it was restored.
	 *
	 * @param design   the design the saved settings regenerate ({@link #generate})
	 * @param doseGy   the saved total dose, Gy
	 * @param engineId the engine that computed the saved dose
	 * @throws UnsupportedOperationException when this pipeline cannot evaluate alone (the default)
	 * @since 0.1
	 */
	default PlanRun evaluate(StudySnapshot study, PlanRequest request, PlanDesign design, FloatVolume doseGy,
			String engineId, WorkflowSettings settings, ProgressMonitor monitor) {
		throw new UnsupportedOperationException(getClass().getName() + " does not evaluate saved doses");
	}

	/**
	 * The final dose of {@code run} recomputed with the patient displaced by {@code shiftMm} (a
	 * set-up error, LPS mm): the same optimised fluence and normalisation factor, every beam's
	 * isocentre moved by {@code -shiftMm} relative to the unmoved CT, on the run's dose grid. A zero
	 * shift reproduces {@code run.doseGy()}.
	 *
	 * @throws UnsupportedOperationException when this pipeline cannot recompute (the default), or
	 *                                       the run kept no {@link PlanRun.Delivery}
	 */
	default FloatVolume recompute(StudySnapshot study, PlanRun run,
			Vec3 shiftMm, WorkflowSettings settings, ProgressMonitor monitor) {
		throw new UnsupportedOperationException(getClass().getName() + " cannot recompute a dose under a shift");
	}

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
