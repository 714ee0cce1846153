package org.latticebench.ui.internal.views;

import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.ViewPart;
import org.latticebench.ui.internal.session.StudySession;

/** A view of the study: Edit > Undo/Redo act on the study's edits while it is active. */
abstract class StudyViewPart extends ViewPart {

	protected void installUndo() {
		var bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), StudySession.UNDO_CONTEXT));
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), StudySession.UNDO_CONTEXT));
		bars.updateActionBars();
	}
}
