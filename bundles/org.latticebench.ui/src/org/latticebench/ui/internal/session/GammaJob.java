package org.latticebench.ui.internal.session;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.latticebench.core.CancelledException;
import org.latticebench.core.InvalidInputException;
import org.latticebench.evaluation.gamma.GammaIndex;
import org.latticebench.evaluation.gamma.GammaResult;
import org.latticebench.evaluation.gamma.GammaSettings;
import org.latticebench.workflow.PlanRun;

/**
 * Computes the gamma index of an evaluated plan's dose against a reference plan's
 * ({@link GammaIndex}, every criterion of the settings) in the background, and publishes the
 * results into {@link AnalysisResults} on the UI thread. Cancelling leaves the results as they were.
 */
public final class GammaJob extends Job {

	/** Job family, so tests and the UI can find or join running gamma jobs. */
	public static final Object FAMILY = GammaJob.class;

	private final PlanRun reference;
	private final PlanRun evaluated;
	private final GammaSettings settings;
	private volatile List<AnalysisResults.Gamma> results = List.of();

	public GammaJob(PlanRun reference, PlanRun evaluated, GammaSettings settings) {
		super("Gamma: " + evaluated.planName() + " vs " + reference.planName());
		this.reference = reference;
		this.evaluated = evaluated;
		this.settings = settings;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The comparisons of a finished job (empty unless it finished OK). */
	public List<AnalysisResults.Gamma> results() {
		return results;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<GammaResult> computed;
		try {
			computed = GammaIndex.compute(reference.doseGy(), evaluated.doseGy(), settings, new ProgressMonitorAdapter(monitor));
		} catch (CancelledException | org.eclipse.core.runtime.OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InvalidInputException e) {
			return Status.error("Gamma of " + evaluated.planName() + " against " + reference.planName()
					+ " could not be computed: " + e.getMessage(), e);
		} catch (RuntimeException | OutOfMemoryError e) {
			return Status.error("Gamma of " + evaluated.planName() + " against " + reference.planName() + " failed: " + e
					+ ". Try a lower gamma cap, a higher threshold or a coarser dose grid.", e);
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		results = computed.stream().map(r -> new AnalysisResults.Gamma(reference, evaluated, r)).toList();
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			if (StudySession.get().plans().stream().anyMatch(p -> p == reference)
					&& StudySession.get().plans().stream().anyMatch(p -> p == evaluated)) {
				AnalysisResults.get().addGammas(results); // else the plans changed meanwhile: the result is stale
			}
		});
		return Status.OK_STATUS;
	}
}
