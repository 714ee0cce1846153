package org.latticebench.ui.internal.views;

import java.util.ArrayList;
import java.util.Locale;

import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.part.ViewPart;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.ui.internal.session.StudySession;

/** The patient, its structures (show/hide, colour, role, α/β, volume) and the plans. */
public final class StudyExplorerView extends ViewPart implements StudySession.Listener {

	private Label header;
	private CheckboxTableViewer structures;
	private List plans;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		header = new Label(parent, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		structures = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION);
		structures.getTable().setHeaderVisible(true);
		structures.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column("Structure", 110, s -> s.name(), s -> new Color((s.colorRgb() >> 16) & 0xff, (s.colorRgb() >> 8) & 0xff,
				s.colorRgb() & 0xff));
		column("Role", 60, s -> s.role().name().toLowerCase(Locale.ROOT), s -> null);
		column("cc", 60, s -> s.mask().map(m -> String.format(Locale.ROOT, "%.1f", m.volumeCc())).orElse("–"), s -> null);
		column("α/β", 40, s -> String.format(Locale.ROOT, "%.1f", s.alphaBetaGy()), s -> null);
		structures.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		structures.addCheckStateListener(e -> StudySession.get().setVisible(((StructureSnapshot) e.getElement()).name(),
				e.getChecked()));
		Label plansLabel = new Label(parent, SWT.NONE);
		plansLabel.setText("Plans:");
		plans = new List(parent, SWT.BORDER | SWT.SINGLE);
		plans.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		((GridData) plans.getLayoutData()).heightHint = 80;
		plans.addListener(SWT.Selection, e -> {
			int i = plans.getSelectionIndex();
			if (i >= 0) {
				StudySession.get().selectPlan(plans.getItem(i));
			}
		});
		StudySession.get().addListener(this);
		sessionChanged(StudySession.get());
	}

	private void column(String title, int width, java.util.function.Function<StructureSnapshot, String> text,
			java.util.function.Function<StructureSnapshot, Color> foreground) {
		TableViewerColumn c = new TableViewerColumn(structures, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((StructureSnapshot) element);
			}

			@Override
			public Color getForeground(Object element) {
				return foreground.apply((StructureSnapshot) element);
			}
		});
	}

	@Override
	public void sessionChanged(StudySession session) {
		if (header.isDisposed()) {
			return;
		}
		if (session.study().isEmpty()) {
			header.setText("No study is open. Use File > Open Built-in Phantom.");
			structures.setInput(new Object[0]);
			return;
		}
		var study = session.study().get();
		var g = study.ctHu().grid();
		header.setText(study.patientName() + (study.patientId().isEmpty() ? "" : " (" + study.patientId() + ")") + "\n"
				+ String.format(Locale.ROOT, "CT %d x %d x %d, %.2f x %.2f x %.2f mm", g.nx(), g.ny(), g.nz(),
						g.spacingMm().x(), g.spacingMm().y(), g.spacingMm().z()));
		java.util.List<StructureSnapshot> all = new ArrayList<>(study.structures());
		session.selectedPlan().ifPresent(p -> all.addAll(p.structures()));
		structures.setInput(all);
		structures.setCheckedElements(all.stream().filter(s -> session.isVisible(s.name())).toArray());
		plans.removeAll();
		for (StudySession.PlanView p : session.plans()) {
			plans.add(p.name());
		}
		session.selectedPlan().ifPresent(p -> plans.setSelection(new String[] { p.name() }));
		header.getParent().layout();
	}

	@Override
	public void setFocus() {
		structures.getControl().setFocus();
	}

	@Override
	public void dispose() {
		StudySession.get().removeListener(this);
		super.dispose();
	}
}
