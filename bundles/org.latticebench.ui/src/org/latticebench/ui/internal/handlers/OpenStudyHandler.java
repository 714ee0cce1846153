package org.latticebench.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.latticebench.core.CancelledException;
import org.latticebench.model.io.StudyStore;
import org.latticebench.ui.internal.session.ProgressMonitorAdapter;
import org.latticebench.ui.internal.session.Services;
import org.latticebench.ui.internal.session.UiErrors;
import org.latticebench.ui.internal.session.UiPreferences;
import org.latticebench.ui.internal.session.StudyFiles;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.workflow.WorkflowSettings;

/**
 * File > Open Study…: loads a saved study folder in a background job and restores its plans (the
 * designs regenerated from their saved settings, the saved doses evaluated again; the optimiser
 * does not run), so the DVHs and the comparison come back as they were saved.
 */
public final class OpenStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (StudySession.get().isDirty() && !MessageDialog.openQuestion(shell, "Unsaved changes",
				"The open study has unsaved changes. Open another study and lose them?")) {
			return null;
		}
		DirectoryDialog d = new DirectoryDialog(shell);
		d.setText("Open Study");
		d.setMessage("Choose a study folder (one containing " + StudyStore.STUDY_FILE + ").");
		String dir = d.open();
		if (dir != null) {
			open(shell.getDisplay(), Path.of(dir));
		}
		return null;
	}

	public static Job open(Display display, Path folder) {
		WorkflowSettings settings = UiPreferences.workflowSettings();
		Job job = new Job("Opening study " + folder) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					StudyFiles.Opened opened = StudyFiles.open(folder, Services.pipeline(), settings,
							new ProgressMonitorAdapter(monitor));
					display.asyncExec(() -> {
						StudySession session = StudySession.get();
						session.open(opened.study(), folder, opened.plans(), opened.referencePlan());
						session.setLastSettings(settings);
						if (!opened.warnings().isEmpty()) {
							UiErrors.show("Some plans were not restored", String.join("\n", opened.warnings()));
						}
					});
					return Status.OK_STATUS;
				} catch (CancelledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					return Status.error("Could not open the study in " + folder + ": " + e.getMessage()
							+ ". Choose the folder that contains " + StudyStore.STUDY_FILE + ".", e);
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}
}
