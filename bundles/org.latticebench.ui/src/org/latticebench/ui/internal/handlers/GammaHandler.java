package org.latticebench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.latticebench.evaluation.gamma.GammaSettings;
import org.latticebench.ui.UiIds;
import org.latticebench.ui.internal.dialogs.GammaDialog;
import org.latticebench.ui.internal.session.AnalysisResults;
import org.latticebench.ui.internal.session.GammaJob;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.views.SlicesView;
import org.latticebench.workflow.PlanRun;

/**
 * Comparison > Gamma…: the gamma dialog, then a background {@link GammaJob}; when it finishes the
 * slice viewer switches to the gamma overlay of the first criterion.
 */
public final class GammaHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		StudySession session = StudySession.get();
		if (session.plans().size() < 2) {
			MessageDialog.openInformation(shell, "Gamma", "Gamma compares two plans: compute at least two first"
					+ " (Plan > Generate and Compute).");
			return null;
		}
		GammaDialog dialog = new GammaDialog(shell, session.planNames(),
				session.referencePlan().map(PlanRun::planName).orElse(""));
		if (dialog.open() == Window.OK) {
			schedule(session.plan(dialog.referencePlan()).orElseThrow(), session.plan(dialog.evaluatedPlan()).orElseThrow(),
					dialog.settings());
		}
		return null;
	}

	/** Schedules the job, shows its first result in the slice viewer when done, and returns it (tests join it). */
	public static GammaJob schedule(PlanRun reference, PlanRun evaluated, GammaSettings settings) {
		GammaJob job = new GammaJob(reference, evaluated, settings);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent e) {
				if (e.getResult().isOK() && !job.results().isEmpty()) {
					PlatformUI.getWorkbench().getDisplay().asyncExec(() -> showInSlices(job.results().get(0)));
				}
			}
		});
		job.schedule();
		return job;
	}

	private static void showInSlices(AnalysisResults.Gamma gamma) {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null || !AnalysisResults.get().gammas().contains(gamma)) {
			return;
		}
		try {
			SlicesView view = (SlicesView) window.getActivePage().showView(UiIds.VIEW_SLICES, null,
					IWorkbenchPage.VIEW_VISIBLE);
			view.showGamma(gamma);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), "Gamma", "The slice viewer could not be opened: " + e.getMessage());
		}
	}
}
