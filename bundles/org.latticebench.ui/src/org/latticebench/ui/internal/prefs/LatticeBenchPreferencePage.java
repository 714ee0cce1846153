package org.latticebench.ui.internal.prefs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.latticebench.ui.internal.session.Services;
import org.latticebench.ui.internal.session.UiPreferences;

/** Window > Preferences > Lattice Bench: dose grid, default constraint set, dose colour map, α/β defaults. */
public final class LatticeBenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public LatticeBenchPreferencePage() {
		super(GRID);
		setDescription("Defaults for plans computed in the workbench. Plans already computed keep their settings;"
				+ " recompute them (Plan > Generate and Compute) to apply changes.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new NumberField(UiPreferences.DOSE_GRID_MM, "Dose grid spacing (mm, 1–10):", 1, 10));
		List<String[]> sets = new ArrayList<>();
		sets.add(new String[] { "Automatic (by fraction count)", UiPreferences.AUTO });
		try {
			for (ConstraintSetProvider p : Services.constraintSets().all()) {
				sets.add(new String[] { p.name(), p.id() });
			}
		} catch (Services.MissingServiceException e) {
			setErrorMessage(e.getMessage());
		}
		addField(new ComboFieldEditor(UiPreferences.CONSTRAINT_SET, "Default constraint set:", sets.toArray(String[][]::new),
				getFieldEditorParent()));
		addField(new ComboFieldEditor(UiPreferences.COLORMAP, "Dose colour map:",
				new String[][] { { "Rainbow (blue to red)", "rainbow" },
						{ "Perceptual (dark violet to yellow, even lightness steps)", "perceptual" } },
				getFieldEditorParent()));
		addField(new NumberField(UiPreferences.ALPHA_BETA_TUMOUR_GY, "α/β of targets without one (Gy):", 0.5, 30));
		addField(new NumberField(UiPreferences.ALPHA_BETA_NORMAL_GY, "α/β of other tissue (Gy):", 0.5, 30));
	}

	/** A decimal field with bounds; the error says the range. */
	private final class NumberField extends StringFieldEditor {
		private final double min;
		private final double max;

		NumberField(String key, String label, double min, double max) {
			super(key, label, getFieldEditorParent());
			this.min = min;
			this.max = max;
			setErrorMessage(label.replace(":", "") + " must be a number from " + min + " to " + max);
		}

		@Override
		protected boolean checkState() {
			try {
				double v = Double.parseDouble(getTextControl().getText().trim());
				boolean ok = v >= min && v <= max;
				if (ok) {
					clearErrorMessage();
				} else {
					showErrorMessage();
				}
				return ok;
			} catch (NumberFormatException e) {
				showErrorMessage();
				return false;
			}
		}
	}
}
