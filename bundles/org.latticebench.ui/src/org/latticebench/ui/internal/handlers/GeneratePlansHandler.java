package org.latticebench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.latticebench.core.StudySnapshot;
import org.latticebench.ui.internal.dialogs.GeneratePlansDialog;
import org.latticebench.ui.internal.session.ComputePlansJob;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.WorkflowSettings;

/** Plan > Generate and Compute…: the regimen dialog, then a background {@link ComputePlansJob}. */
public final class GeneratePlansHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (StudySession.get().study().isEmpty()) {
			MessageDialog.openInformation(shell, "No study", "Open a study first: File > Open Built-in Phantom.");
			return null;
		}
		GeneratePlansDialog dialog = new GeneratePlansDialog(shell);
		if (dialog.open() == Window.OK) {
			schedule(StudySession.get().study().get(), dialog.requests(), dialog.settings());
		}
		return null;
	}

	/** Schedules the job and returns it (tests join it). */
	public static ComputePlansJob schedule(StudySnapshot study, List<PlanRequest> requests, WorkflowSettings settings) {
		String names = String.join(", ", requests.stream().map(PlanRequest::planName).toList());
		ComputePlansJob job = new ComputePlansJob("Computing " + names, study, requests, settings);
		job.schedule();
		return job;
	}
}
