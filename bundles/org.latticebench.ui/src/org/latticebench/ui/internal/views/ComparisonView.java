package org.latticebench.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** Shows what will appear here while no study is open. */
public final class ComparisonView extends ViewPart {

	private Label message;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		message = new Label(parent, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		message.setText("Comparison: plans as columns, metrics as rows, deltas against the reference plan.");
	}

	@Override
	public void setFocus() {
		message.setFocus();
	}
}
