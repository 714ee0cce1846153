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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.latticebench.model.Study;
import org.latticebench.ui.internal.session.ProgressMonitorAdapter;
import org.latticebench.ui.internal.session.StudyFiles;
import org.latticebench.ui.internal.session.StudySession;

/**
 * File > Save Study (Ctrl+S) and Save Study As…: writes the study folder atomically in a
 * background job; the dirty marker clears when the save succeeded. The command parameter-free
 * "save as" variant is a subclass.
 */
public class SaveStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		StudySession session = StudySession.get();
		if (session.study().isEmpty()) {
			MessageDialog.openInformation(shell, "Nothing to save", "Open a study first: File > Open Built-in Phantom.");
			return null;
		}
		Path folder = saveAs() || session.file().isEmpty() ? askFolder(shell) : session.file().get();
		if (folder != null) {
			save(shell.getDisplay(), folder);
		}
		return null;
	}

	protected boolean saveAs() {
		return false;
	}

	private static Path askFolder(Shell shell) {
		DirectoryDialog d = new DirectoryDialog(shell, SWT.SAVE);
		d.setText("Save Study As");
		d.setMessage("Choose or create an empty folder for the study (study.xmi and its arrays go inside).");
		String dir = d.open();
		return dir == null ? null : Path.of(dir);
	}

	/** Saves in a job and returns it (tests join it). */
	public static Job save(Display display, Path folder) {
		StudySession session = StudySession.get();
		Study model = StudyFiles.toModel(session.study().get(), session.plans(),
				session.referencePlan().map(org.latticebench.workflow.PlanRun::planName));
		Job job = new Job("Saving study to " + folder) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					StudyFiles.save(model, folder, new ProgressMonitorAdapter(monitor));
					display.asyncExec(() -> session.markSaved(folder));
					return Status.OK_STATUS;
				} catch (IOException | RuntimeException e) {
					return Status.error("Could not save the study to " + folder + ": " + e.getMessage()
							+ ". The previous save there is unchanged; choose a folder you can write to (File > Save Study As)"
							+ " and try again.", e);
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Save Study As…: always asks for a folder. */
	public static final class As extends SaveStudyHandler {
		@Override
		protected boolean saveAs() {
			return true;
		}
	}
}
