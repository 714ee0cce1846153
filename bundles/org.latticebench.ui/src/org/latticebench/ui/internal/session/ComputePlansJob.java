package org.latticebench.ui.internal.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.latticebench.core.CancelledException;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.StudySnapshot;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;

/**
 * Generates, computes and evaluates plans through the workflow's {@link PlanPipeline} in the
 * background, one request after another. Progress shows in the status bar and the Progress view.
 * The plans are published together, as one undoable operation, only when every request finished:
 * a cancelled or failed job leaves the session as it was.
 */
public final class ComputePlansJob extends Job {

	/** Job family, so tests and the UI can find or join running plan jobs. */
	public static final Object FAMILY = ComputePlansJob.class;

	private final StudySnapshot study;
	private final List<PlanRequest> requests;
	private final WorkflowSettings settings;
	private final String label;
	private volatile List<PlanRun> results = List.of();

	public ComputePlansJob(String label, StudySnapshot study, List<PlanRequest> requests, WorkflowSettings settings) {
		super(label);
		this.label = label;
		this.study = study;
		this.requests = List.copyOf(requests);
		this.settings = settings;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The plans of a finished job (empty unless it finished OK). */
	public List<PlanRun> results() {
		return results;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, label, requests.size());
		List<PlanRun> done = new ArrayList<>();
		try {
			PlanPipeline pipeline = Services.pipeline();
			for (PlanRequest r : requests) {
				sub.subTask(r.planName());
				done.add(pipeline.run(study, r, settings, new ProgressMonitorAdapter(sub.split(1))));
			}
		} catch (CancelledException | org.eclipse.core.runtime.OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InvalidInputException e) {
			return Status.error("The plan could not be made: " + e.getMessage()
					+ ". Change the settings named there (Plan > Generate and Compute, or the Lattice editor) and try again.",
					e);
		} catch (Services.MissingServiceException e) {
			return Status.error(e.getMessage(), e);
		} catch (RuntimeException | OutOfMemoryError e) {
			return Status.error("Computing " + label + " failed: " + e
					+ ". Try a coarser dose grid (Window > Preferences > Lattice Bench) or fewer plans at once.", e);
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		results = List.copyOf(done);
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> publish(results));
		return Status.OK_STATUS;
	}

	private void publish(List<PlanRun> runs) {
		StudySession session = StudySession.get();
		if (session.study().orElse(null) != study) {
			return; // another study was opened meanwhile: these plans belong to the old one
		}
		session.setLastSettings(settings);
		try {
			PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
					.execute(new PlanListOperation(label, session, session.plansWith(runs)), null, null);
			session.selectPlan(runs.get(runs.size() - 1).planName());
		} catch (ExecutionException e) {
			throw new IllegalStateException(e);
		}
	}
}
