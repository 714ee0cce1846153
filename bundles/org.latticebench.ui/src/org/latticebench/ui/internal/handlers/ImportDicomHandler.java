package org.latticebench.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.latticebench.ui.internal.dialogs.ImportDicomWizard;
import org.latticebench.ui.internal.session.StudySession;

/** File > Import DICOM Folder…: asks for a folder, then shows the import wizard. */
public final class ImportDicomHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (StudySession.get().isDirty() && !MessageDialog.openQuestion(shell, "Unsaved changes",
				"The open study has unsaved changes. Import another study and lose them?")) {
			return null;
		}
		DirectoryDialog d = new DirectoryDialog(shell);
		d.setText("Import DICOM Folder");
		d.setMessage("Choose a folder with one CT series and its RTSTRUCT (RTDOSE and RTPLAN optional).");
		String dir = d.open();
		if (dir != null) {
			new WizardDialog(shell, new ImportDicomWizard(Path.of(dir))).open();
		}
		return null;
	}
}
