package org.latticebench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.part.ViewPart;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.render.SlicePlane;
import org.latticebench.render.SliceScene;
import org.latticebench.render.SliceStyle;
import org.latticebench.render.WindowPreset;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.widgets.SliceCanvas;

/**
 * CT slices with structure outlines, the selected plan's dose wash and isodose lines, a slice
 * slider, orientation and window presets, and a cursor readout of HU, dose and structures.
 */
public final class SlicesView extends ViewPart implements StudySession.Listener {

	/** Isodose levels as fractions of the plan's maximum dose. */
	static final double[] ISODOSE_FRACTIONS = { 0.2, 0.5, 0.8, 0.95 };

	private SliceCanvas canvas;
	private Combo orientation;
	private Combo window;
	private Scale slider;
	private Label readout;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(3, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		orientation = new Combo(bar, SWT.READ_ONLY);
		for (SlicePlane.Orientation o : SlicePlane.Orientation.values()) {
			orientation.add(o.name().charAt(0) + o.name().substring(1).toLowerCase(Locale.ROOT));
		}
		orientation.select(0);
		window = new Combo(bar, SWT.READ_ONLY);
		for (WindowPreset w : WindowPreset.values()) {
			window.add(w.label());
		}
		window.select(0);
		slider = new Scale(bar, SWT.HORIZONTAL);
		slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		canvas = new SliceCanvas(parent, SWT.BORDER);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		readout = new Label(parent, SWT.NONE);
		readout.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		readout.setText("Move the pointer over the image for HU, dose and structures. Wheel: slices, Ctrl+wheel: zoom, drag: pan.");
		orientation.addListener(SWT.Selection,
				e -> canvas.setOrientation(SlicePlane.Orientation.values()[orientation.getSelectionIndex()]));
		window.addListener(SWT.Selection, e -> {
			if (canvas.style() != null) {
				WindowPreset p = WindowPreset.values()[window.getSelectionIndex()];
				canvas.setStyle(canvas.style().withWindow(p.centreHu(), p.widthHu()));
			}
		});
		slider.addListener(SWT.Selection, e -> canvas.setSliceIndex(slider.getSelection()));
		canvas.addSliceListener(this::syncSlider);
		canvas.addCursorListener(this::showReadout);
		StudySession.get().addListener(this);
		sessionChanged(StudySession.get());
	}

	public SliceCanvas canvas() {
		return canvas;
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
		StudySnapshot study = session.study().get();
		Optional<StudySession.PlanView> plan = session.selectedPlan();
		List<SliceScene.Outline> outlines = new ArrayList<>();
		List<StructureSnapshot> all = new ArrayList<>(study.structures());
		plan.ifPresent(p -> all.addAll(p.structures()));
		for (StructureSnapshot s : all) {
			if (session.isVisible(s.name()) && s.mask().isPresent()) {
				outlines.add(new SliceScene.Outline(s.name(), s.colorRgb(), s.mask().get(), s.name().startsWith("sphere") ? 2 : 1));
			}
		}
		Optional<FloatVolume> dose = plan.map(StudySession.PlanView::doseGy);
		double maxGy = dose.map(d -> (double) d.max()).orElse(1.0);
		double[] levels = new double[ISODOSE_FRACTIONS.length];
		for (int i = 0; i < levels.length; i++) {
			levels[i] = ISODOSE_FRACTIONS[i] * maxGy;
		}
		WindowPreset preset = WindowPreset.values()[window.getSelectionIndex()];
		double pixelMm = Math.max(0.5, study.ctHu().grid().spacingMm().x() / 2);
		SliceStyle style = SliceStyle.of(preset, pixelMm, 0.1 * maxGy, Math.max(maxGy, 1e-3), levels);
		canvas.setScene(new SliceScene(study.ctHu(), dose, outlines), style);
		syncSlider();
	}

	private void showReadout(Vec3 p) {
		StudySession session = StudySession.get();
		if (session.study().isEmpty()) {
			return;
		}
		StudySnapshot study = session.study().get();
		double hu = study.ctHu().sampleTrilinear(p, Double.NaN);
		StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "(%.1f, %.1f, %.1f) mm  %.0f HU", p.x(), p.y(), p.z(), hu));
		session.selectedPlan().ifPresent(
				plan -> sb.append(String.format(Locale.ROOT, "  %.2f Gy", plan.doseGy().sampleTrilinear(p, 0))));
		for (StructureSnapshot s : study.structures()) {
			if (s.mask().isPresent() && !s.name().equals("BODY")
					&& new FloatVolume(s.mask().get().grid(), s.mask().get().fraction()).sampleTrilinear(p, 0) >= 0.5) {
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
		super.dispose();
	}
}
