package org.latticebench.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.latticebench.planning.Regimen;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.ui.internal.session.Services;
import org.latticebench.ui.internal.session.UiPreferences;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.WorkflowSettings;

/**
 * Plan > Generate and Compute: choose regimens from the library, the dose grid and the constraint
 * set; OK hands back the requests and workflow settings for a background job.
 */
public final class GeneratePlansDialog extends TitleAreaDialog {

	/** The two regimens the comparison is about, ticked when the dialog opens. */
	static final Set<String> PRESELECTED = Set.of("lattice-sfrt", "sbrt-50-5");

	private CheckboxTableViewer regimens;
	private Spinner gridMm;
	private Combo constraintSet;
	private List<String> constraintSetIds = new ArrayList<>();
	private List<PlanRequest> requests = List.of();
	private WorkflowSettings settings;

	public GeneratePlansDialog(Shell parent) {
		super(parent);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("Generate and Compute Plans");
		setTitle("Generate and compute plans");
		setMessage("Tick the regimens to plan on this study. Each is generated, optimised, dose-computed and evaluated in"
				+ " the background; cancel from the Progress view.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		c.setLayout(new GridLayout(2, false));
		regimens = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.FULL_SELECTION);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		tableData.heightHint = 220;
		regimens.getTable().setLayoutData(tableData);
		regimens.getTable().setHeaderVisible(true);
		column("Regimen", 130, r -> r.id());
		column("Name", 320, r -> r.name());
		column("fx", 40, r -> Integer.toString(r.fractions()));
		column("Source", 60, r -> r.source().startsWith("[") ? r.source().substring(0, r.source().indexOf(']') + 1) : r.source());
		regimens.setContentProvider(ArrayContentProvider.getInstance());
		List<Regimen> all = RegimenLibrary.builtIn().regimens();
		regimens.setInput(all);
		regimens.setCheckedElements(all.stream().filter(r -> PRESELECTED.contains(r.id())).toArray());
		regimens.addCheckStateListener(e -> validate());

		new Label(c, SWT.NONE).setText("Dose grid (mm):");
		gridMm = new Spinner(c, SWT.BORDER);
		gridMm.setDigits(1);
		gridMm.setMinimum(10);
		gridMm.setMaximum(100);
		gridMm.setIncrement(5);
		gridMm.setSelection((int) Math.round(UiPreferences.workflowSettings().doseGridSpacingMm() * 10));
		gridMm.setToolTipText("Isotropic dose grid spacing; 5 mm computes in seconds, 3 mm is a planning system's default");

		new Label(c, SWT.NONE).setText("Constraint set:");
		constraintSet = new Combo(c, SWT.READ_ONLY);
		constraintSet.add("Automatic (by fraction count)");
		constraintSetIds.add(UiPreferences.AUTO);
		try {
			for (ConstraintSetProvider p : Services.constraintSets().all()) {
				constraintSet.add(p.name() + " [" + p.id() + "]");
				constraintSetIds.add(p.id());
			}
		} catch (Services.MissingServiceException e) {
			setErrorMessage(e.getMessage());
		}
		String preferred = UiPreferences.workflowSettings().constraintSetId().orElse(UiPreferences.AUTO);
		constraintSet.select(Math.max(0, constraintSetIds.indexOf(preferred)));
		return area;
	}

	private void column(String title, int width, java.util.function.Function<Regimen, String> text) {
		TableViewerColumn col = new TableViewerColumn(regimens, SWT.NONE);
		col.getColumn().setText(title);
		col.getColumn().setWidth(width);
		col.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Regimen) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Regimen) element).notes();
			}
		});
	}

	private void validate() {
		boolean any = regimens.getCheckedElements().length > 0;
		setErrorMessage(any ? null : "Tick at least one regimen.");
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(any);
		}
	}

	@Override
	protected void okPressed() {
		List<PlanRequest> out = new ArrayList<>();
		for (Object o : regimens.getCheckedElements()) {
			out.add(PlanRequest.of((Regimen) o));
		}
		requests = out;
		WorkflowSettings w = UiPreferences.workflowSettings().withDoseGridSpacingMm(gridMm.getSelection() / 10.0);
		String set = constraintSetIds.get(Math.max(0, constraintSet.getSelectionIndex()));
		settings = set.equals(UiPreferences.AUTO) ? w.withConstraintSet(null) : w.withConstraintSet(set);
		super.okPressed();
	}

	public List<PlanRequest> requests() {
		return requests;
	}

	public WorkflowSettings settings() {
		return settings;
	}

	/** For the status line: "2 regimens on a 5.0 mm grid". */
	public String summary() {
		return String.format(Locale.ROOT, "%d regimen(s) on a %.1f mm dose grid", requests.size(),
				settings.doseGridSpacingMm());
	}
}
