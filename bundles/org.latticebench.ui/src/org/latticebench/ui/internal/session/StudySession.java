package org.latticebench.ui.internal.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;

/**
 * The study the workbench shows: anatomy, the structures the user has switched on, and the plans
 * with their doses. Views listen to it; background jobs publish results into it on the UI thread.
 * One per workbench (the workbench shows one study at a time).
 */
public final class StudySession {

	/** A plan shown in the views: its name, dose and extra structures (spheres, PTV, valley). */
	public record PlanView(String name, String regimenId, FloatVolume doseGy, List<StructureSnapshot> structures,
			Object details) {
		public PlanView {
			structures = List.copyOf(structures);
		}
	}

	public interface Listener {
		void sessionChanged(StudySession session);
	}

	private static final StudySession INSTANCE = new StudySession();

	private StudySnapshot study;
	private final Map<String, Boolean> visible = new LinkedHashMap<>();
	private final List<PlanView> plans = new ArrayList<>();
	private int selectedPlan = -1;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	public static StudySession get() {
		return INSTANCE;
	}

	public Optional<StudySnapshot> study() {
		return Optional.ofNullable(study);
	}

	public void open(StudySnapshot newStudy) {
		study = newStudy;
		visible.clear();
		for (StructureSnapshot s : newStudy.structures()) {
			visible.put(s.name(), !s.name().equals("BODY") && !s.name().equals("Vertebra"));
		}
		plans.clear();
		selectedPlan = -1;
		fire();
	}

	public boolean isVisible(String structure) {
		return visible.getOrDefault(structure, true);
	}

	public void setVisible(String structure, boolean show) {
		visible.put(structure, show);
		fire();
	}

	public List<PlanView> plans() {
		return List.copyOf(plans);
	}

	/** Adds or replaces (by name) a plan and selects it. */
	public void putPlan(PlanView plan) {
		plans.removeIf(p -> p.name().equals(plan.name()));
		plans.add(plan);
		selectedPlan = plans.size() - 1;
		fire();
	}

	public Optional<PlanView> selectedPlan() {
		return selectedPlan < 0 || selectedPlan >= plans.size() ? Optional.empty() : Optional.of(plans.get(selectedPlan));
	}

	public void selectPlan(String name) {
		for (int i = 0; i < plans.size(); i++) {
			if (plans.get(i).name().equals(name)) {
				selectedPlan = i;
				fire();
				return;
			}
		}
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
