package org.latticebench.ui.internal.session;

import java.util.List;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.latticebench.workflow.PlanRun;

/**
 * An undoable change of the session's plan list (plans computed, replaced by a lattice edit,
 * removed): it remembers the list before and after.
 */
public final class PlanListOperation extends AbstractOperation {

	private final StudySession session;
	private final List<PlanRun> before;
	private final List<PlanRun> after;

	public PlanListOperation(String label, StudySession session, List<PlanRun> after) {
		super(label);
		this.session = session;
		this.before = session.plans();
		this.after = List.copyOf(after);
		addContext(StudySession.UNDO_CONTEXT);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		session.setPlans(after);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		session.setPlans(before);
		return Status.OK_STATUS;
	}
}
