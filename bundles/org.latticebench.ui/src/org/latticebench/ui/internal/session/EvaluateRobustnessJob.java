package org.latticebench.ui.internal.session;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.latticebench.core.CancelledException;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.StudySnapshot;
import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.latticebench.evaluation.robustness.ShiftScenario;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRobustness;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;

/**
 * Evaluates each plan under rigid set-up shifts ({@link PlanRobustness}) in the background, and
 * publishes the results together into {@link AnalysisResults} on the UI thread; a cancelled or
 * failed job leaves the previous results in place.
 */
public final class EvaluateRobustnessJob extends Job {

	/** Job family, so tests and the UI can find or join running robustness jobs. */
	public static final Object FAMILY = EvaluateRobustnessJob.class;

	/** What the user asked for in the dialog. */
	public record Request(double shiftMm, boolean diagonals, PlanRobustness.Mode mode) {
		public Request {
			if (!(shiftMm > 0 && shiftMm <= 50)) {
				throw new IllegalArgumentException("shift must be within (0, 50] mm, got " + shiftMm);
			}
		}

		/** The 6 axis shifts, and the 8 diagonals when asked. */
		public List<ShiftScenario> scenarios() {
			List<ShiftScenario> s = new ArrayList<>(ShiftScenario.axes(shiftMm));
			if (diagonals) {
				s.addAll(ShiftScenario.diagonals(shiftMm));
			}
			return s;
		}

		/** e.g. {@code ±3 mm, 14 shifts, static}. */
		public String label() {
			return String.format(Locale.ROOT, "±%s mm, %d shifts, %s",
					shiftMm == Math.rint(shiftMm) ? String.format(Locale.ROOT, "%.0f", shiftMm)
							: String.format(Locale.ROOT, "%.1f", shiftMm),
					scenarios().size(), mode.id());
		}
	}

	private final StudySnapshot study;
	private final List<PlanRun> runs;
	private final Request request;
	private final WorkflowSettings settings;
	private volatile Map<PlanRun, PlanRobustness.Result> results = Map.of();

	public EvaluateRobustnessJob(StudySnapshot study, List<PlanRun> runs, Request request, WorkflowSettings settings) {
		super("Robustness (" + request.label() + ")");
		this.study = study;
		this.runs = List.copyOf(runs);
		this.request = request;
		this.settings = settings;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The results of a finished job, by plan run (empty unless it finished OK). */
	public Map<PlanRun, PlanRobustness.Result> results() {
		return results;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, getName(), runs.size());
		Map<PlanRun, PlanRobustness.Result> done = new IdentityHashMap<>();
		PlanRun current = null;
		try {
			PlanPipeline pipeline = Services.pipeline();
			for (PlanRun run : runs) {
				current = run;
				List<Constraint> constraints = Services.constraintSets().find(run.constraintSetId())
						.map(ConstraintSetProvider::constraints).orElse(List.of());
				done.put(run, PlanRobustness.evaluate(pipeline, study, run, settings, constraints, request.scenarios(),
						request.mode(), new ProgressMonitorAdapter(sub.split(1))));
			}
		} catch (CancelledException | org.eclipse.core.runtime.OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InvalidInputException e) {
			return Status.error("Robustness of " + (current == null ? "the plans" : current.planName())
					+ " could not be evaluated: " + e.getMessage()
					+ (request.mode() == PlanRobustness.Mode.RECOMPUTE
							? ". Plans restored from a saved study cannot be recomputed; compute them again, or use the static mode."
							: ""),
					e);
		} catch (Services.MissingServiceException e) {
			return Status.error(e.getMessage(), e);
		} catch (RuntimeException | OutOfMemoryError e) {
			return Status.error("Robustness failed: " + e + ". Try the static mode or a coarser dose grid.", e);
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		results = java.util.Collections.unmodifiableMap(done); // identity keys: PlanRun equality is deep
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			Map<PlanRun, PlanRobustness.Result> live = new IdentityHashMap<>();
			results.forEach((run, r) -> {
				if (StudySession.get().plans().stream().anyMatch(p -> p == run)) {
					live.put(run, r);
				}
			});
			AnalysisResults.get().setRobustness(live, request.label());
		});
		return Status.OK_STATUS;
	}
}
