package org.latticebench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.latticebench.ui.internal.dialogs.RobustnessDialog;
import org.latticebench.ui.internal.session.EvaluateRobustnessJob;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.session.UiPreferences;

/**
 * Comparison > Evaluate robustness…: the shift dialog, then a background
 * {@link EvaluateRobustnessJob} over every plan of the study, with the settings the plans were
 * computed with (so recomputed doses use the same grid).
 */
public final class RobustnessHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		StudySession session = StudySession.get();
		if (session.study().isEmpty() || session.plans().isEmpty()) {
			MessageDialog.openInformation(shell, "Evaluate robustness", "Compute plans first (Plan > Generate and Compute).");
			return null;
		}
		RobustnessDialog dialog = new RobustnessDialog(shell);
		if (dialog.open() == Window.OK) {
			schedule(dialog.request());
		}
		return null;
	}

	/** Schedules the job on the session's plans and returns it (tests join it). */
	public static EvaluateRobustnessJob schedule(EvaluateRobustnessJob.Request request) {
		StudySession session = StudySession.get();
		EvaluateRobustnessJob job = new EvaluateRobustnessJob(session.study().orElseThrow(), session.plans(), request,
				session.lastSettings().orElseGet(UiPreferences::workflowSettings));
		job.schedule();
		return job;
	}
}
