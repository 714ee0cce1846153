package org.latticebench.ui.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PlatformUI;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;

/**
 * An undoable edit of one study structure's display colour or α/β: it remembers the study before
 * and after. The α/β feeds the EQD2 DVHs and the cursor readout; plans keep their physical dose.
 */
public final class StructureEditOperation extends AbstractOperation {

	private final StudySession session;
	private final StudySnapshot before;
	private final StudySnapshot after;

	private StructureEditOperation(String label, StudySession session, StudySnapshot after) {
		super(label);
		this.session = session;
		this.before = session.study().orElseThrow();
		this.after = after;
		addContext(StudySession.UNDO_CONTEXT);
	}

	/** Sets the colour (0xRRGGBB) of a study structure, undoably. */
	public static void setColour(String structure, int rgb) {
		StudySession session = StudySession.get();
		StudySnapshot edited = edit(session, structure,
				s -> new StructureSnapshot(s.name(), s.role(), rgb & 0xffffff, s.alphaBetaGy(), s.contours(), s.mask()));
		run(new StructureEditOperation("Colour of " + structure, session, edited));
	}

	/**
	 * Sets the α/β of a study structure, undoably.
	 *
	 * @throws InvalidInputException when the value is not within 0.5–30 Gy (the preference range)
	 */
	public static void setAlphaBeta(String structure, double alphaBetaGy) {
		if (!(alphaBetaGy >= 0.5 && alphaBetaGy <= 30)) {
			throw new InvalidInputException("structure '" + structure + "'", "α/β",
					String.format(Locale.ROOT, "must be from 0.5 to 30 Gy, got %s", alphaBetaGy));
		}
		StudySession session = StudySession.get();
		StudySnapshot edited = edit(session, structure,
				s -> new StructureSnapshot(s.name(), s.role(), s.colorRgb(), alphaBetaGy, s.contours(), s.mask()));
		run(new StructureEditOperation("α/β of " + structure, session, edited));
	}

	private static StudySnapshot edit(StudySession session, String structure,
			java.util.function.UnaryOperator<StructureSnapshot> change) {
		StudySnapshot study = session.study().orElseThrow(() -> new IllegalStateException("no study is open"));
		List<StructureSnapshot> out = new ArrayList<>();
		boolean found = false;
		for (StructureSnapshot s : study.structures()) {
			if (!found && s.name().equals(structure)) {
				out.add(change.apply(s));
				found = true;
			} else {
				out.add(s);
			}
		}
		if (!found) {
			throw new InvalidInputException("structure '" + structure + "'", null,
					"is not a structure of the study (structures a plan generated take their colour from the plan)");
		}
		return new StudySnapshot(study.patientName(), study.patientId(), study.ctHu(), out);
	}

	private static void run(StructureEditOperation op) {
		try {
			PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(op, null, null);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		session.replaceStudy(after);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		session.replaceStudy(before);
		return Status.OK_STATUS;
	}
}
