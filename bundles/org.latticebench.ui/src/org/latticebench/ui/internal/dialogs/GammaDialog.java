package org.latticebench.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.latticebench.core.InvalidInputException;
import org.latticebench.evaluation.gamma.GammaCriterion;
import org.latticebench.evaluation.gamma.GammaSettings;

/**
 * Comparison > Gamma: the reference and the evaluated plan, the criteria (3%/3mm ticked, 2%/2mm,
 * and any typed ones), global or local normalisation and the low-dose threshold. OK hands back
 * the plan names and the {@link GammaSettings} for a background job.
 */
public final class GammaDialog extends TitleAreaDialog {

	/** The criteria offered as tick boxes; the first is ticked. */
	static final List<String> COMMON = List.of("3%/3mm", "2%/2mm");

	private final List<String> plans;
	private final String initialReference;
	private Combo reference;
	private Combo evaluated;
	private final List<Button> common = new ArrayList<>();
	private Text more;
	private Button local;
	private Spinner thresholdPct;
	private String referencePlan;
	private String evaluatedPlan;
	private GammaSettings settings;

	public GammaDialog(Shell parent, List<String> plans, String initialReference) {
		super(parent);
		this.plans = List.copyOf(plans);
		this.initialReference = initialReference;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("Gamma");
		setTitle("Gamma index of two plans");
		setMessage("Gamma is computed on the reference plan's dose grid, exactly (Ju et al. 2008), in the background;"
				+ " the slice viewer shows the map and the comparison table the pass rates.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		c.setLayout(new GridLayout(2, false));
		reference = combo(c, "Reference plan:");
		evaluated = combo(c, "Evaluated plan:");
		reference.select(Math.max(0, plans.indexOf(initialReference)));
		evaluated.select(plans.size() > 1 && reference.getSelectionIndex() == 0 ? 1 : 0);
		new Label(c, SWT.NONE).setText("Criteria:");
		Composite criteria = new Composite(c, SWT.NONE);
		criteria.setLayout(new GridLayout(COMMON.size() + 1, false));
		for (String text : COMMON) {
			Button b = new Button(criteria, SWT.CHECK);
			b.setText(text);
			b.setSelection(common.isEmpty());
			common.add(b);
		}
		more = new Text(criteria, SWT.BORDER);
		more.setMessage("more, e.g. 1%/1mm");
		more.setLayoutData(new GridData(140, SWT.DEFAULT));
		new Label(c, SWT.NONE).setText("Normalisation:");
		Composite norm = new Composite(c, SWT.NONE);
		norm.setLayout(new GridLayout(2, false));
		Button global = new Button(norm, SWT.RADIO);
		global.setText("Global (reference maximum)");
		global.setSelection(true);
		local = new Button(norm, SWT.RADIO);
		local.setText("Local");
		new Label(c, SWT.NONE).setText("Low-dose threshold (%):");
		thresholdPct = new Spinner(c, SWT.BORDER);
		thresholdPct.setValues((int) GammaSettings.DEFAULT_THRESHOLD_PCT, 0, 99, 0, 1, 10);
		thresholdPct.setToolTipText("Reference voxels below this % of the reference maximum are not evaluated");
		return area;
	}

	private Combo combo(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Combo c = new Combo(parent, SWT.READ_ONLY);
		c.setItems(plans.toArray(String[]::new));
		c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return c;
	}

	@Override
	protected void okPressed() {
		Optional<String> error = read();
		if (error.isPresent()) {
			setErrorMessage(error.get());
			return;
		}
		super.okPressed();
	}

	/** Reads the fields into the result; a message naming the bad field otherwise. */
	private Optional<String> read() {
		if (reference.getSelectionIndex() < 0 || evaluated.getSelectionIndex() < 0) {
			return Optional.of("Choose a reference and an evaluated plan.");
		}
		List<GammaCriterion> criteria = new ArrayList<>();
		for (Button b : common) {
			if (b.getSelection()) {
				criteria.add(GammaCriterion.parse(b.getText()));
			}
		}
		for (String part : more.getText().split("[,;\\s]+")) {
			if (!part.isBlank()) {
				try {
					criteria.add(GammaCriterion.parse(part));
				} catch (InvalidInputException e) {
					return Optional.of("Criterion '" + part + "' is not of the form 3%/3mm (dose % / distance mm).");
				}
			}
		}
		if (criteria.isEmpty()) {
			return Optional.of("Tick or type at least one criterion.");
		}
		referencePlan = reference.getText();
		evaluatedPlan = evaluated.getText();
		settings = GammaSettings.global(criteria.stream().distinct().toArray(GammaCriterion[]::new))
				.withLocal(local.getSelection()).withThresholdPct(thresholdPct.getSelection());
		return Optional.empty();
	}

	public String referencePlan() {
		return referencePlan;
	}

	public String evaluatedPlan() {
		return evaluatedPlan;
	}

	public GammaSettings settings() {
		return settings;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Compute", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
