package org.latticebench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.latticebench.ui.internal.dialogs.ExportDicomDialog;
import org.latticebench.ui.internal.session.StudySession;

/** File > Export DICOM…: the folder and the plans to write, then the export as a background job. */
public final class ExportDicomHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		StudySession session = StudySession.get();
		if (session.study().isEmpty()) {
			MessageDialog.openInformation(shell, "Nothing to export",
					"Open a study first: File > Open Built-in Phantom or File > Import DICOM Folder.");
			return null;
		}
		ExportDicomDialog dialog = new ExportDicomDialog(shell, session.planNames());
		if (dialog.open() == Window.OK) {
			ExportDicomDialog.export(dialog.folder(), dialog.selectedPlans());
		}
		return null;
	}
}
