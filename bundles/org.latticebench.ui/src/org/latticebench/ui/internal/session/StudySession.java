package org.latticebench.ui.internal.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;

/**
 * The study the workbench shows: anatomy, the structures the user has switched on, the computed
 * plans ({@link PlanRun}s from the workflow), the reference plan of the comparison, a lattice
 * preview, the file it was saved to and whether it has changed since. Views listen to it;
 * background jobs publish results into it on the UI thread (through undoable operations, so
 * Edit > Undo takes a computed plan away again). One per workbench.
 */
public final class StudySession {

	public interface Listener {
		void sessionChanged(StudySession session);
	}

	/** Slice views that follow the linked cursor. */
	public interface CursorListener {
		/** The linked cursor moved to {@code pMm} (null: no cursor any more), in the view {@code source}. */
		void cursorMoved(Vec3 pMm, Object source);
	}

	/** Generated helper structures that would clutter the slices until the user switches them on. */
	private static final Set<String> HIDDEN_AT_FIRST = Set.of("valley", "NormalLiver", "PTV_peak", "BODY", "Vertebra");

	private static final StudySession INSTANCE = new StudySession();

	/** The undo context of every edit of the study (plans, structure settings). */
	public static final IUndoContext UNDO_CONTEXT = new ObjectUndoContext(INSTANCE, "Study");

	private StudySnapshot study;
	private final Map<String, Boolean> visible = new LinkedHashMap<>();
	private final List<PlanRun> plans = new ArrayList<>();
	private String selectedPlan;
	private String referencePlan;
	private List<StructureSnapshot> preview = List.of();
	private WorkflowSettings lastSettings;
	private Path file;
	private boolean dirty;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final List<CursorListener> cursorListeners = new CopyOnWriteArrayList<>();
	private Vec3 linkedCursor;

	public static StudySession get() {
		return INSTANCE;
	}

	public Optional<StudySnapshot> study() {
		return Optional.ofNullable(study);
	}

	/** Replaces the study (anatomy only; plans are dropped) and forgets its file. */
	public void open(StudySnapshot newStudy) {
		open(newStudy, null);
	}

	/** Replaces the study; {@code savedAt} is the folder it was loaded from, or null for a new one. */
	public void open(StudySnapshot newStudy, Path savedAt) {
		open(newStudy, savedAt, List.of(), Optional.empty());
	}

	/**
	 * Replaces the study with a saved one and its restored plans (not an edit: nothing to undo, not
	 * dirty). The reference plan is the saved one when it was restored, else the first plan.
	 */
	public void open(StudySnapshot newStudy, Path savedAt, List<PlanRun> restored, Optional<String> reference) {
		// edits of the previous study must not be undone into this one
		if (org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
			org.eclipse.ui.PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(UNDO_CONTEXT, true,
					true, false);
		}
		study = newStudy;
		visible.clear();
		for (StructureSnapshot s : newStudy.structures()) {
			visible.put(s.name(), !HIDDEN_AT_FIRST.contains(s.name()));
		}
		plans.clear();
		plans.addAll(restored);
		selectedPlan = plans.isEmpty() ? null : plans.get(plans.size() - 1).planName();
		referencePlan = reference.filter(r -> plan(r).isPresent())
				.orElse(plans.isEmpty() ? null : plans.get(0).planName());
		preview = List.of();
		linkedCursor = null;
		file = savedAt;
		dirty = false;
		fire();
	}

	/** Replaces the anatomy keeping plans (a structure edit such as α/β); marks the study changed. */
	public void replaceStudy(StudySnapshot edited) {
		study = edited;
		dirty = true;
		fire();
	}

	public boolean isVisible(String structure) {
		return visible.getOrDefault(structure, !HIDDEN_AT_FIRST.contains(structure) && !structure.startsWith("ring")
				&& !structure.startsWith("avoid"));
	}

	public void setVisible(String structure, boolean show) {
		visible.put(structure, show);
		fire();
	}

	public List<PlanRun> plans() {
		return List.copyOf(plans);
	}

	public List<String> planNames() {
		return plans.stream().map(PlanRun::planName).toList();
	}

	public Optional<PlanRun> plan(String name) {
		return plans.stream().filter(p -> p.planName().equals(name)).findFirst();
	}

	/**
	 * Sets the whole plan list (used by undoable operations); keeps the selection and the reference
	 * when those plans still exist, else falls back to the last and the first plan.
	 */
	public void setPlans(List<PlanRun> newPlans) {
		plans.clear();
		plans.addAll(newPlans);
		Set<String> names = plans.stream().map(PlanRun::planName).collect(Collectors.toSet());
		if (selectedPlan == null || !names.contains(selectedPlan)) {
			selectedPlan = plans.isEmpty() ? null : plans.get(plans.size() - 1).planName();
		}
		if (referencePlan == null || !names.contains(referencePlan)) {
			referencePlan = plans.isEmpty() ? null : plans.get(0).planName();
		}
		dirty = true;
		fire();
	}

	/** The plan list with {@code added} put in (a plan of the same name is replaced in place). */
	public List<PlanRun> plansWith(List<PlanRun> added) {
		List<PlanRun> next = new ArrayList<>(plans);
		for (PlanRun run : added) {
			int at = -1;
			for (int i = 0; i < next.size(); i++) {
				if (next.get(i).planName().equals(run.planName())) {
					at = i;
				}
			}
			if (at >= 0) {
				next.set(at, run);
			} else {
				next.add(run);
			}
		}
		return next;
	}

	public Optional<PlanRun> selectedPlan() {
		return selectedPlan == null ? Optional.empty() : plan(selectedPlan);
	}

	public void selectPlan(String name) {
		if (plan(name).isPresent() && !name.equals(selectedPlan)) {
			selectedPlan = name;
			fire();
		}
	}

	/** The plan deltas are taken against in the comparison. */
	public Optional<PlanRun> referencePlan() {
		return referencePlan == null ? Optional.empty() : plan(referencePlan);
	}

	public void setReferencePlan(String name) {
		if (plan(name).isPresent() && !name.equals(referencePlan)) {
			referencePlan = name;
			fire();
		}
	}

	/**
	 * Structures a plan made itself (PTV, spheres, valley, rings, normal liver): the design's
	 * structures whose names the study does not have.
	 */
	public List<StructureSnapshot> generatedStructures(PlanRun run) {
		Set<String> anatomy = study == null ? Set.of()
				: study.structures().stream().map(StructureSnapshot::name).collect(Collectors.toSet());
		return run.design().structures().stream().filter(s -> !anatomy.contains(s.name())).toList();
	}

	/**
	 * The structure of this name: the study's (so colour and α/β edits apply to every plan), else
	 * the one the plan generated.
	 */
	public Optional<StructureSnapshot> structure(PlanRun run, String name) {
		Optional<StructureSnapshot> s = study().flatMap(st -> st.structure(name));
		return s.isPresent() ? s : run.design().structure(name);
	}

	/** Spheres of a lattice placement preview, drawn by the slice viewer until cleared. */
	public List<StructureSnapshot> preview() {
		return preview;
	}

	public void setPreview(List<StructureSnapshot> spheres) {
		preview = List.copyOf(spheres);
		fire();
	}

	/** The workflow settings plans were last computed with (a lattice edit recomputes with the same). */
	public Optional<WorkflowSettings> lastSettings() {
		return Optional.ofNullable(lastSettings);
	}

	public void setLastSettings(WorkflowSettings settings) {
		lastSettings = settings;
	}

	public Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	public boolean isDirty() {
		return dirty;
	}

	/** After a successful save to {@code folder}. */
	public void markSaved(Path folder) {
		file = folder;
		dirty = false;
		fire();
	}

	/** A short title: patient name, with {@code *} when changed since the last save. */
	public String title() {
		if (study == null) {
			return "no study";
		}
		String name = file == null ? study.patientName() : file.getFileName().toString();
		return (dirty ? "*" : "") + name;
	}

	/** Moves the linked cursor (a slice view's pointer; null when it is gone); the other linked views follow. */
	public void moveLinkedCursor(Vec3 pMm, Object source) {
		linkedCursor = pMm;
		cursorListeners.forEach(l -> l.cursorMoved(pMm, source));
	}

	public Optional<Vec3> linkedCursor() {
		return Optional.ofNullable(linkedCursor);
	}

	public void addCursorListener(CursorListener l) {
		cursorListeners.add(l);
	}

	public void removeCursorListener(CursorListener l) {
		cursorListeners.remove(l);
	}

	public void addListener(Listener l) {
		listeners.add(l);
	}

	public void removeListener(Listener l) {
		listeners.remove(l);
	}

	private void fire() {
		listeners.forEach(l -> l.sessionChanged(this));
	}
}
