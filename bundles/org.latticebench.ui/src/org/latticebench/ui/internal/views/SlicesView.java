package org.latticebench.ui.internal.views;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.Radiobiology;
import org.latticebench.planning.Prescription;
import org.latticebench.render.Colormap;
import org.latticebench.render.SlicePlane;
import org.latticebench.render.SliceScene;
import org.latticebench.render.SliceStyle;
import org.latticebench.render.WindowPreset;
import org.latticebench.ui.UiIds;
import org.latticebench.ui.internal.session.AnalysisResults;
import org.latticebench.ui.internal.session.DoseDifference;
import org.latticebench.ui.internal.session.DvhSource;
import org.latticebench.ui.internal.session.GammaOverlay;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.session.UiPreferences;
import org.latticebench.ui.internal.widgets.ColourBar;
import org.latticebench.ui.internal.widgets.SliceCanvas;
import org.latticebench.workflow.PlanRun;

/**
 * CT slices with structure outlines, lattice spheres, a plan's dose wash with its colour bar and
 * isodose lines at chosen levels, or the difference of two plans (A − B, diverging colours);
 * or the gamma map of a comparison (γ ≤ 1 green, above 1 yellow to red, with its legend);
 * orientation, window presets, a slice slider and a cursor readout of HU, dose, EQD2 (or γ) and structures.
 * "+ View" opens another slice view; linked views share the cursor position (each moves to the
 * slice through it and marks it with a cross), so plan A and plan B can be read side by side.
 */
public final class SlicesView extends StudyViewPart
		implements StudySession.Listener, StudySession.CursorListener, AnalysisResults.Listener {

	private static final String CT_ONLY = "CT only";
	private static final String DIFFERENCE = "Difference A − B";
	private static final String GAMMA = "Gamma";
	private static final int MODE_DOSE = 0, MODE_DIFFERENCE = 1, MODE_GAMMA = 2;

	private SliceCanvas canvas;
	private ColourBar colourBar;
	private Combo orientation;
	private Combo window;
	private Combo planA;
	private Combo planB;
	private Combo mode;
	private Combo gammaChoice;
	private List<AnalysisResults.Gamma> gammaItems = List.of();
	private Text isodoses;
	private Scale slider;
	private Label readout;
	private Button link;
	private final Map<PlanRun, Map<PlanRun, FloatVolume>> differences = new IdentityHashMap<>();
	private Optional<FloatVolume> shownDose = Optional.empty();

	@Override
	public void createPartControl(Composite parent) {
		installUndo();
		parent.setLayout(new GridLayout(2, false));
		Composite bar = new Composite(parent, SWT.NONE);
		// a row that wraps, so every control stays reachable in a narrow view
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.center = true;
		row.marginTop = row.marginBottom = 2;
		bar.setLayout(row);
		GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		barData.widthHint = 200; // wrap to the view's width rather than widen it
		bar.setLayoutData(barData);
		orientation = combo(bar, "Orientation");
		for (SlicePlane.Orientation o : SlicePlane.Orientation.values()) {
			orientation.add(o.name().charAt(0) + o.name().substring(1).toLowerCase(Locale.ROOT));
		}
		orientation.select(0);
		window = combo(bar, "Window/level preset");
		for (WindowPreset w : WindowPreset.values()) {
			window.add(w.label());
		}
		window.select(0);
		mode = combo(bar, "Show one plan's dose, or the difference of two plans");
		mode.setItems("Dose", DIFFERENCE, GAMMA);
		mode.select(MODE_DOSE);
		planA = combo(bar, "Plan (A)");
		planB = combo(bar, "Plan B, subtracted from A in difference mode");
		gammaChoice = combo(bar, "The gamma comparison shown in gamma mode (Comparison > Gamma… computes one)");
		new Label(bar, SWT.NONE).setText("Isodoses (Gy):");
		isodoses = new Text(bar, SWT.BORDER);
		isodoses.setMessage("auto");
		isodoses.setToolTipText("Comma-separated isodose levels in Gy; empty for the plan's prescription levels and half the lowest");
		isodoses.setLayoutData(new RowData(90, SWT.DEFAULT));
		link = new Button(bar, SWT.CHECK);
		link.setText("Link");
		link.setSelection(true);
		link.setToolTipText("Linked cursor: slice views of other plans follow the pointer's position (and show it with a cross)");
		Button another = new Button(bar, SWT.PUSH);
		another.setText("+ View");
		another.setToolTipText("Open another slice view, linked to this one, e.g. for plan B beside plan A");
		another.addListener(SWT.Selection, e -> {
			StudySession session = StudySession.get();
			String other = session.planNames().stream().filter(n -> !n.equals(planA.getText())).findFirst()
					.orElse(planA.getText());
			openLinkedView(getSite().getPage(), other);
		});
		slider = new Scale(parent, SWT.HORIZONTAL);
		slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		canvas = new SliceCanvas(parent, SWT.BORDER);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		colourBar = new ColourBar(parent, SWT.NONE);
		colourBar.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		readout = new Label(parent, SWT.NONE);
		readout.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		readout.setText("Move the pointer over the image for HU, dose, EQD2 and structures. Wheel or arrows: slices,"
				+ " Ctrl+wheel or +/-: zoom, drag: pan, Home: reset.");
		orientation.addListener(SWT.Selection,
				e -> canvas.setOrientation(SlicePlane.Orientation.values()[orientation.getSelectionIndex()]));
		window.addListener(SWT.Selection, e -> {
			if (canvas.style() != null) {
				WindowPreset p = WindowPreset.values()[window.getSelectionIndex()];
				canvas.setStyle(canvas.style().withWindow(p.centreHu(), p.widthHu()));
			}
		});
		mode.addListener(SWT.Selection, e -> rebuild());
		planA.addListener(SWT.Selection, e -> {
			String name = planA.getText();
			if (!isSecondary() && StudySession.get().plan(name).isPresent()) {
				StudySession.get().selectPlan(name); // the explorer and this view follow the same plan
			}
			rebuild();
		});
		planB.addListener(SWT.Selection, e -> rebuild());
		gammaChoice.addListener(SWT.Selection, e -> rebuild());
		isodoses.addListener(SWT.DefaultSelection, e -> rebuild());
		isodoses.addListener(SWT.FocusOut, e -> rebuild());
		slider.addListener(SWT.Selection, e -> canvas.setSliceIndex(slider.getSelection()));
		canvas.addSliceListener(this::syncSlider);
		canvas.addCursorListener(this::showReadout);
		canvas.addCursorListener(p -> {
			canvas.setMarker(Optional.empty());
			if (link.getSelection()) {
				StudySession.get().moveLinkedCursor(p, this);
			}
		});
		StudySession.get().addListener(this);
		StudySession.get().addCursorListener(this);
		AnalysisResults.get().addListener(this);
		UiPreferences.store().addPropertyChangeListener(preferenceListener);
		sessionChanged(StudySession.get());
	}

	private final IPropertyChangeListener preferenceListener = e -> {
		if (UiPreferences.COLORMAP.equals(e.getProperty()) && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(this::rebuild);
		}
	};

	private static Combo combo(Composite parent, String tip) {
		Combo c = new Combo(parent, SWT.READ_ONLY);
		c.setToolTipText(tip);
		return c;
	}

	public SliceCanvas canvas() {
		return canvas;
	}

	/** Opens one more slice view (a secondary one, linked) showing {@code planName}, and returns it. */
	public static SlicesView openLinkedView(IWorkbenchPage page, String planName) {
		try {
			int n = 2;
			while (page.findViewReference(UiIds.VIEW_SLICES, Integer.toString(n)) != null) {
				n++;
			}
			SlicesView view = (SlicesView) page.showView(UiIds.VIEW_SLICES, Integer.toString(n), IWorkbenchPage.VIEW_ACTIVATE);
			view.show(planName, null);
			StudySession.get().linkedCursor().ifPresent(p -> view.cursorMoved(p, null));
			return view;
		} catch (PartInitException e) {
			throw new IllegalStateException("could not open another slice view: " + e.getMessage(), e);
		}
	}

	/** A view opened with "+ View" keeps its own plan; the first one follows the explorer's selection. */
	private boolean isSecondary() {
		return getViewSite().getSecondaryId() != null;
	}

	@Override
	public void cursorMoved(Vec3 pMm, Object source) {
		if (source == this || canvas.isDisposed()) {
			return;
		}
		if (pMm == null) {
			canvas.setMarker(Optional.empty());
			return;
		}
		if (!link.getSelection()) {
			return;
		}
		canvas.showPoint(pMm);
		canvas.setMarker(Optional.of(pMm));
		syncSlider();
		showReadout(pMm);
	}

	@Override
	public void analysisChanged(AnalysisResults results) {
		if (canvas.isDisposed()) {
			return;
		}
		refreshGammaItems();
		rebuild();
		gammaChoice.getParent().getParent().layout(true, true);
	}

	/** The gamma combo's items from the results, keeping the shown one when it is still there. */
	private void refreshGammaItems() {
		Optional<AnalysisResults.Gamma> shown = selectedGamma();
		gammaItems = AnalysisResults.get().gammas();
		gammaChoice.setItems(gammaItems.stream().map(AnalysisResults.Gamma::label).toArray(String[]::new));
		int keep = shown.map(gammaItems::indexOf).orElse(-1);
		if (!gammaItems.isEmpty()) {
			gammaChoice.select(keep >= 0 ? keep : gammaItems.size() - 1);
		}
	}

	/** Switches to the gamma overlay of this comparison (one of {@link AnalysisResults#gammas()}). */
	public void showGamma(AnalysisResults.Gamma gamma) {
		analysisChanged(AnalysisResults.get());
		int i = gammaItems.indexOf(gamma);
		if (i >= 0) {
			gammaChoice.select(i);
			mode.select(MODE_GAMMA);
			rebuild();
		}
	}

	/** The gamma comparison chosen in the view (shown in gamma mode). */
	public Optional<AnalysisResults.Gamma> selectedGamma() {
		int i = gammaChoice.getSelectionIndex();
		return i >= 0 && i < gammaItems.size() ? Optional.of(gammaItems.get(i)) : Optional.empty();
	}

	/** Whether the view shows a gamma map. */
	public boolean showsGamma() {
		return mode.getSelectionIndex() == MODE_GAMMA && selectedGamma().isPresent();
	}

	/** The text of the cursor readout. */
	public String readoutText() {
		return readout.getText();
	}

	/** Shows a plan's dose ({@code b == null}) or the difference {@code a − b}. */
	public void show(String a, String b) {
		select(planA, a);
		mode.select(b == null ? MODE_DOSE : MODE_DIFFERENCE);
		if (b != null) {
			select(planB, b);
		}
		rebuild();
	}

	public void setIsodoseLevelsText(String text) {
		isodoses.setText(text);
		rebuild();
	}

	private static void select(Combo c, String item) {
		int i = c.indexOf(item);
		if (i >= 0) {
			c.select(i);
		}
	}

	private void syncSlider() {
		slider.setMaximum(Math.max(1, canvas.sliceCount() - 1));
		slider.setSelection(canvas.sliceIndex());
	}

	@Override
	public void sessionChanged(StudySession session) {
		if (canvas.isDisposed() || session.study().isEmpty()) {
			return;
		}
		List<String> names = new ArrayList<>(List.of(CT_ONLY));
		names.addAll(session.planNames());
		String own = planA.getText();
		String a = isSecondary() && (own.equals(CT_ONLY) || session.plan(own).isPresent()) && !own.isEmpty() ? own
				: session.selectedPlan().map(PlanRun::planName).orElse(CT_ONLY);
		String b = planB.getText();
		planA.setItems(names.toArray(String[]::new));
		planB.setItems(session.planNames().toArray(String[]::new));
		select(planA, a);
		if (planB.indexOf(b) >= 0) {
			select(planB, b);
		} else if (planB.getItemCount() > 0) {
			planB.select(session.referencePlan().map(p -> planB.indexOf(p.planName())).orElse(0));
		}
		differences.keySet().removeIf(r -> session.plans().stream().noneMatch(p -> p == r));
		AnalysisResults.get().retain(session.plans());
		refreshGammaItems();
		rebuild();
		planA.getParent().getParent().layout(true, true);
	}

	private void rebuild() {
		StudySession session = StudySession.get();
		if (canvas.isDisposed() || session.study().isEmpty()) {
			return;
		}
		StudySnapshot study = session.study().get();
		Optional<AnalysisResults.Gamma> gamma = mode.getSelectionIndex() == MODE_GAMMA ? selectedGamma() : Optional.empty();
		// in gamma mode the outlines are the evaluated plan's
		Optional<PlanRun> a = gamma.isPresent() ? Optional.of(gamma.get().evaluated()) : session.plan(planA.getText());
		Optional<PlanRun> b = session.plan(planB.getText());
		boolean difference = mode.getSelectionIndex() == MODE_DIFFERENCE && a.isPresent() && b.isPresent();
		planA.setEnabled(mode.getSelectionIndex() != MODE_GAMMA);
		planB.setEnabled(mode.getSelectionIndex() == MODE_DIFFERENCE);
		gammaChoice.setEnabled(mode.getSelectionIndex() == MODE_GAMMA && !gammaItems.isEmpty());
		List<SliceScene.Outline> outlines = new ArrayList<>();
		List<StructureSnapshot> all = new ArrayList<>(study.structures());
		a.ifPresent(p -> all.addAll(session.generatedStructures(p)));
		for (StructureSnapshot s : all) {
			if (session.isVisible(s.name()) && s.mask().isPresent()) {
				outlines.add(new SliceScene.Outline(s.name(), s.colorRgb(), s.mask().get(), s.name().startsWith("sphere") ? 2 : 1));
			}
		}
		for (StructureSnapshot s : session.preview()) {
			s.mask().ifPresent(m -> outlines.add(new SliceScene.Outline(s.name(), 0xffffff, m, 2)));
		}
		WindowPreset preset = WindowPreset.values()[window.getSelectionIndex()];
		double pixelMm = Math.max(0.5, study.ctHu().grid().spacingMm().x() / 2);
		SliceStyle style;
		if (gamma.isPresent()) {
			shownDose = Optional.of(GammaOverlay.displayVolume(gamma.get().result().gammaMap()));
			style = GammaOverlay.style(preset, pixelMm);
			colourBar.setScale(GammaOverlay.colormap(), 0, GammaOverlay.washMax(), "γ", true);
			colourBar.setMark(1.0, "pass");
		} else if (difference) {
			FloatVolume diff = differences.computeIfAbsent(a.get(), k -> new IdentityHashMap<>()).computeIfAbsent(b.get(),
					k -> DoseDifference.of(a.get().doseGy(), b.get().doseGy()));
			double range = Math.max(1e-3, DoseDifference.maxAbsGy(diff));
			shownDose = Optional.of(diff);
			style = SliceStyle.of(preset, pixelMm, 0, range).asDifference(range);
			colourBar.setScale(Colormap.DIVERGING, -range, range, "A−B Gy", true);
		} else if (a.isPresent()) {
			FloatVolume dose = a.get().doseGy();
			double maxGy = Math.max(dose.max(), 1e-3);
			shownDose = Optional.of(dose);
			double lowestRx = a.get().design().prescriptions().stream().mapToDouble(Prescription::totalDoseGy).min()
					.orElse(maxGy);
			double washMinGy = 0.3 * lowestRx;
			Colormap map = UiPreferences.doseColormap();
			style = SliceStyle.of(preset, pixelMm, washMinGy, maxGy, isodoseLevels(a.get(), maxGy)).withColormap(map);
			colourBar.setScale(map, washMinGy, maxGy, "Gy", true);
		} else {
			shownDose = Optional.empty();
			style = SliceStyle.of(preset, pixelMm, 0, 1);
			colourBar.setScale(Colormap.DOSE_WASH, 0, 1, "", false);
		}
		canvas.setScene(new SliceScene(study.ctHu(), shownDose, outlines), style);
		syncSlider();
	}

	/** The typed levels, or else each prescription dose and half the lowest one. */
	private double[] isodoseLevels(PlanRun run, double maxGy) {
		TreeSet<Double> levels = new TreeSet<>();
		String text = isodoses.getText().trim();
		if (!text.isEmpty()) {
			for (String part : text.split("[,;\\s]+")) {
				try {
					double v = Double.parseDouble(part);
					if (v > 0) {
						levels.add(v);
					}
				} catch (NumberFormatException e) {
					readout.setText("Isodose level '" + part + "' is not a number; type levels in Gy, e.g. 10, 20, 50.");
				}
			}
		}
		if (levels.isEmpty()) {
			for (Prescription p : run.design().prescriptions()) {
				levels.add(p.totalDoseGy());
			}
			levels.add(levels.isEmpty() ? 0.5 * maxGy : 0.5 * levels.first());
		}
		return levels.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private void showReadout(Vec3 p) {
		StudySession session = StudySession.get();
		if (session.study().isEmpty()) {
			return;
		}
		StudySnapshot study = session.study().get();
		double hu = study.ctHu().sampleTrilinear(p, Double.NaN);
		StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "(%.1f, %.1f, %.1f) mm  %.0f HU", p.x(), p.y(), p.z(), hu));
		Optional<PlanRun> a = mode.getSelectionIndex() == MODE_GAMMA
				? selectedGamma().map(AnalysisResults.Gamma::evaluated)
				: session.plan(planA.getText());
		List<StructureSnapshot> here = new ArrayList<>();
		List<StructureSnapshot> candidates = new ArrayList<>(study.structures());
		a.ifPresent(run -> candidates.addAll(session.generatedStructures(run)));
		for (StructureSnapshot s : candidates) {
			if (s.mask().isPresent() && s.role() != StructureRole.EXTERNAL
					&& new FloatVolume(s.mask().get().grid(), s.mask().get().fraction()).sampleTrilinear(p, 0) >= 0.5) {
				here.add(s);
			}
		}
		Optional<AnalysisResults.Gamma> gamma = mode.getSelectionIndex() == MODE_GAMMA ? selectedGamma() : Optional.empty();
		if (gamma.isPresent()) {
			AnalysisResults.Gamma g = gamma.get();
			sb.append("  ").append(GammaOverlay.readout(GammaOverlay.gammaAt(g.result().gammaMap(), p), g.result().gammaCap()));
			sb.append(String.format(Locale.ROOT, " (%s; %s %.2f Gy, %s %.2f Gy)", g.result().criterion().label(),
					g.evaluated().planName(), g.evaluated().doseGy().sampleTrilinear(p, 0), g.reference().planName(),
					g.reference().doseGy().sampleTrilinear(p, 0)));
		} else if (mode.getSelectionIndex() == MODE_DIFFERENCE && shownDose.isPresent()) {
			sb.append(String.format(Locale.ROOT, "  A−B %+.2f Gy", shownDose.get().sampleTrilinear(p, 0)));
		} else if (a.isPresent() && mode.getSelectionIndex() != MODE_GAMMA) {
			double doseGy = a.get().doseGy().sampleTrilinear(p, 0);
			// EQD2 with the α/β of the innermost structure here (targets first), as the DVH view uses
			Optional<StructureSnapshot> tissue = here.stream().filter(s -> s.role() == StructureRole.TARGET).findFirst()
					.or(() -> here.stream().findFirst());
			double ab = DvhSource.alphaBetaGy(tissue);
			sb.append(String.format(Locale.ROOT, "  %.2f Gy  EQD2 %.2f Gy (α/β %.1f)", doseGy,
					Radiobiology.eqd2Gy(doseGy, a.get().fractions(), ab), ab));
		}
		for (StructureSnapshot s : here) {
			if (!s.name().startsWith("ring")) {
				sb.append("  ").append(s.name());
			}
		}
		readout.setText(sb.toString());
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		StudySession.get().removeListener(this);
		StudySession.get().removeCursorListener(this);
		AnalysisResults.get().removeListener(this);
		StudySession.get().moveLinkedCursor(null, this); // the others' crosses marked this view's pointer
		UiPreferences.store().removePropertyChangeListener(preferenceListener);
		super.dispose();
	}
}
