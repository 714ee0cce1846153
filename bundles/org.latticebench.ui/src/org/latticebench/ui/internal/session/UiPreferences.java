package org.latticebench.ui.internal.session;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.latticebench.evaluation.Radiobiology;
import org.latticebench.render.Colormap;
import org.latticebench.workflow.WorkflowSettings;

/** The workbench preferences (Window > Preferences > Lattice Bench) and what they turn into. */
public final class UiPreferences {

	public static final String PLUGIN_ID = "org.latticebench.ui";
	/** Dose grid spacing for plans computed in the workbench, mm. */
	public static final String DOSE_GRID_MM = "doseGridMm";
	/** Constraint set id, or {@link #AUTO} for the planning bundle's choice by fraction count. */
	public static final String CONSTRAINT_SET = "constraintSet";
	/** α/β used where no structure covers a point (EQD2 readout), Gy. */
	public static final String ALPHA_BETA_NORMAL_GY = "alphaBetaNormalGy";
	/** α/β given to tumour structures that have none, Gy. */
	public static final String ALPHA_BETA_TUMOUR_GY = "alphaBetaTumourGy";
	public static final String AUTO = "auto";
	/** The dose wash's colour map: an id of {@link Colormap#WASH_MAPS} ({@code rainbow}, {@code perceptual}). */
	public static final String COLORMAP = "doseColormap";

	private static ScopedPreferenceStore store;

	private UiPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, PLUGIN_ID);
			store.setDefault(DOSE_GRID_MM, WorkflowSettings.DEFAULT_DOSE_GRID_MM);
			store.setDefault(CONSTRAINT_SET, AUTO);
			store.setDefault(ALPHA_BETA_NORMAL_GY, Radiobiology.LATE_TISSUE_ALPHA_BETA_GY);
			store.setDefault(ALPHA_BETA_TUMOUR_GY, Radiobiology.TUMOUR_ALPHA_BETA_GY);
			store.setDefault(COLORMAP, "rainbow");
		}
		return store;
	}

	/** Workflow settings from the preferences: dose grid, constraint set, all processors. */
	public static WorkflowSettings workflowSettings() {
		IPreferenceStore s = store();
		WorkflowSettings w = WorkflowSettings.defaults().withDoseGridSpacingMm(s.getDouble(DOSE_GRID_MM));
		String set = s.getString(CONSTRAINT_SET);
		return set.isBlank() || set.equalsIgnoreCase(AUTO) ? w : w.withConstraintSet(set.trim());
	}

	/** The dose wash colour map chosen in the preferences. */
	public static Colormap doseColormap() {
		return Colormap.wash(store().getString(COLORMAP));
	}

	public static double alphaBetaNormalGy() {
		return store().getDouble(ALPHA_BETA_NORMAL_GY);
	}

	public static double alphaBetaTumourGy() {
		return store().getDouble(ALPHA_BETA_TUMOUR_GY);
	}
}
