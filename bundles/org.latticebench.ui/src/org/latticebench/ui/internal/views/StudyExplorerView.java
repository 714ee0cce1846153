package org.latticebench.ui.internal.views;

import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.ui.internal.session.PlanListOperation;
import org.latticebench.ui.internal.session.StructureEditOperation;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.workflow.PlanRun;

/**
 * The patient, its structures (show/hide, colour, role, volume, α/β) and the computed plans
 * (regimen, fractions, lattice spheres, constraints passed). Right-click a structure to change its
 * colour or α/β, or a plan to make it the comparison's reference or to remove it (all undoable).
 */
public final class StudyExplorerView extends StudyViewPart implements StudySession.Listener {

	private Label header;
	private CheckboxTableViewer structures;
	private TableViewer plans;

	@Override
	public void createPartControl(Composite parent) {
		installUndo();
		parent.setLayout(new GridLayout());
		header = new Label(parent, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		structures = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION);
		structures.getTable().setHeaderVisible(true);
		structures.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column(structures, "Structure", 110, s -> ((StructureSnapshot) s).name(), s -> colour(((StructureSnapshot) s).colorRgb()));
		column(structures, "Role", 60, s -> ((StructureSnapshot) s).role().name().toLowerCase(Locale.ROOT), s -> null);
		column(structures, "cc", 60,
				s -> ((StructureSnapshot) s).mask().map(m -> String.format(Locale.ROOT, "%.1f", m.volumeCc())).orElse("–"),
				s -> null);
		column(structures, "α/β", 40, s -> String.format(Locale.ROOT, "%.1f", ((StructureSnapshot) s).alphaBetaGy()), s -> null);
		structures.setContentProvider(ArrayContentProvider.getInstance());
		structures.addCheckStateListener(e -> StudySession.get().setVisible(((StructureSnapshot) e.getElement()).name(),
				e.getChecked()));
		MenuManager structureMenu = new MenuManager();
		structureMenu.add(new Action("Colour…") {
			@Override
			public void run() {
				selectedStructure().ifPresent(s -> {
					ColorDialog d = new ColorDialog(structures.getControl().getShell());
					d.setRGB(new RGB((s.colorRgb() >> 16) & 0xff, (s.colorRgb() >> 8) & 0xff, s.colorRgb() & 0xff));
					d.setText("Colour of " + s.name());
					RGB rgb = d.open();
					if (rgb != null) {
						StructureEditOperation.setColour(s.name(), rgb.red << 16 | rgb.green << 8 | rgb.blue);
					}
				});
			}
		});
		structureMenu.add(new Action("α/β…") {
			@Override
			public void run() {
				selectedStructure().ifPresent(s -> {
					InputDialog d = new InputDialog(structures.getControl().getShell(), "α/β of " + s.name(),
							"α/β in Gy (0.5–30), used for the EQD2 DVHs and the cursor readout:",
							String.format(Locale.ROOT, "%.1f", s.alphaBetaGy()), text -> {
								try {
									double v = Double.parseDouble(text.trim());
									return v >= 0.5 && v <= 30 ? null : "Type a number from 0.5 to 30.";
								} catch (NumberFormatException e) {
									return "'" + text + "' is not a number; type e.g. 3 or 10.";
								}
							});
					if (d.open() == Window.OK) {
						StructureEditOperation.setAlphaBeta(s.name(), Double.parseDouble(d.getValue().trim()));
					}
				});
			}
		});
		structures.getTable().setMenu(structureMenu.createContextMenu(structures.getTable()));
		Label plansLabel = new Label(parent, SWT.NONE);
		plansLabel.setText("Plans (right-click for reference / remove):");
		plans = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		plans.getTable().setHeaderVisible(true);
		GridData planData = new GridData(SWT.FILL, SWT.FILL, true, false);
		planData.heightHint = 110;
		plans.getTable().setLayoutData(planData);
		plans.setContentProvider(ArrayContentProvider.getInstance());
		column(plans, "Plan", 110, r -> name((PlanRun) r), r -> null);
		column(plans, "fx", 30, r -> Integer.toString(((PlanRun) r).fractions()), r -> null);
		column(plans, "Spheres", 55,
				r -> ((PlanRun) r).design().lattice().map(l -> Integer.toString(l.keptCount())).orElse("–"), r -> null);
		column(plans, "Constraints", 80, r -> passed((PlanRun) r), r -> null);
		plans.addSelectionChangedListener(e -> {
			Object o = plans.getStructuredSelection().getFirstElement();
			if (o instanceof PlanRun run) {
				StudySession.get().selectPlan(run.planName());
			}
		});
		MenuManager menu = new MenuManager();
		menu.add(new Action("Use as Reference Plan") {
			@Override
			public void run() {
				if (plans.getStructuredSelection().getFirstElement() instanceof PlanRun run) {
					StudySession.get().setReferencePlan(run.planName());
				}
			}
		});
		menu.add(new Action("Remove Plan") {
			@Override
			public void run() {
				if (plans.getStructuredSelection().getFirstElement() instanceof PlanRun run) {
					removePlan(run);
				}
			}
		});
		plans.getTable().setMenu(menu.createContextMenu(plans.getTable()));
		StudySession.get().addListener(this);
		sessionChanged(StudySession.get());
	}

	/** The selected structure when it belongs to the study (generated ones are the plan's, not editable). */
	private java.util.Optional<StructureSnapshot> selectedStructure() {
		Object o = structures.getStructuredSelection().getFirstElement();
		if (o instanceof StructureSnapshot s && StudySession.get().study().flatMap(st -> st.structure(s.name())).isPresent()) {
			return java.util.Optional.of(s);
		}
		return java.util.Optional.empty();
	}

	/** Removes a plan from the study as an undoable edit. */
	public static void removePlan(PlanRun run) {
		StudySession session = StudySession.get();
		var remaining = new ArrayList<>(session.plans());
		remaining.removeIf(p -> p == run);
		try {
			PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
					.execute(new PlanListOperation("Remove plan " + run.planName(), session, remaining), null, null);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String name(PlanRun r) {
		StudySession s = StudySession.get();
		boolean ref = s.referencePlan().map(p -> p == r).orElse(false);
		return r.planName() + (ref ? " (ref)" : "");
	}

	private static String passed(PlanRun r) {
		long pass = r.constraints().stream().filter(c -> c.status() == org.latticebench.evaluation.ConstraintStatus.PASS).count();
		long fail = r.constraints().stream().filter(c -> c.status() == org.latticebench.evaluation.ConstraintStatus.FAIL).count();
		return pass + " ✓ " + fail + " ✗";
	}

	private static Color colour(int rgb) {
		return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, String> text,
			Function<Object, Color> foreground) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Color getForeground(Object element) {
				return foreground.apply(element);
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
			plans.setInput(new Object[0]);
			return;
		}
		var study = session.study().get();
		var g = study.ctHu().grid();
		header.setText(session.title() + "\n" + study.patientName()
				+ (study.patientId().isEmpty() ? "" : " (" + study.patientId() + ")") + "\n"
				+ String.format(Locale.ROOT, "CT %d x %d x %d, %.2f x %.2f x %.2f mm", g.nx(), g.ny(), g.nz(),
						g.spacingMm().x(), g.spacingMm().y(), g.spacingMm().z()));
		java.util.List<StructureSnapshot> all = new ArrayList<>(study.structures());
		session.selectedPlan().ifPresent(p -> all.addAll(session.generatedStructures(p)));
		structures.setInput(all);
		structures.setCheckedElements(all.stream().filter(s -> session.isVisible(s.name())).toArray());
		plans.setInput(session.plans());
		session.selectedPlan().ifPresent(p -> plans.getTable().setSelection(session.planNames().indexOf(p.planName())));
		header.getParent().layout();
		updateTitle(session);
	}

	/** The window title carries the study name and the dirty marker. */
	private void updateTitle(StudySession session) {
		var shell = getSite().getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.setText("Lattice Bench - " + session.title());
		}
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
