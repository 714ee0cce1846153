package org.latticebench.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.latticebench.ui.internal.session.EvaluateRobustnessJob;
import org.latticebench.workflow.PlanRobustness;

/**
 * Comparison > Evaluate robustness: the shift in mm, whether to add the 8 diagonals, and the mode
 * (static: the dose cloud held and the anatomy shifted, fast; recompute: the isocentre moved and
 * the dose recomputed from the same fluence, exact for the model).
 */
public final class RobustnessDialog extends TitleAreaDialog {

	private Spinner shiftTenthsMm;
	private Button diagonals;
	private Button recompute;
	private EvaluateRobustnessJob.Request request;

	public RobustnessDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("Evaluate Robustness");
		setTitle("Plans under set-up error");
		setMessage("Every plan is evaluated at ± the shift along each axis (and the diagonals if ticked), in the"
				+ " background. The DVH view then shows bands, the comparison table the worst cases.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		c.setLayout(new GridLayout(2, false));
		new Label(c, SWT.NONE).setText("Shift (mm):");
		shiftTenthsMm = new Spinner(c, SWT.BORDER);
		shiftTenthsMm.setDigits(1);
		shiftTenthsMm.setValues(30, 1, 500, 1, 5, 10);
		new Label(c, SWT.NONE);
		diagonals = new Button(c, SWT.CHECK);
		diagonals.setText("Add the 8 diagonal shifts (14 scenarios instead of 6)");
		new Label(c, SWT.NONE).setText("Mode:");
		Composite modes = new Composite(c, SWT.NONE);
		modes.setLayout(new GridLayout(1, false));
		Button stat = new Button(modes, SWT.RADIO);
		stat.setText("Static: hold the dose, shift the anatomy (fast)");
		stat.setSelection(true);
		recompute = new Button(modes, SWT.RADIO);
		recompute.setText("Recompute: move the isocentre, recompute the dose (exact for the model, slower)");
		return area;
	}

	@Override
	protected void okPressed() {
		request = new EvaluateRobustnessJob.Request(shiftTenthsMm.getSelection() / 10.0, diagonals.getSelection(),
				recompute.getSelection() ? PlanRobustness.Mode.RECOMPUTE : PlanRobustness.Mode.STATIC);
		super.okPressed();
	}

	public EvaluateRobustnessJob.Request request() {
		return request;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Evaluate", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
