package org.latticebench.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.latticebench.core.CancelledException;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.planning.LatticeReport;
import org.latticebench.planning.LatticeSettings;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.Regimen;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.planning.SphereDecision;
import org.latticebench.ui.internal.handlers.GeneratePlansHandler;
import org.latticebench.ui.internal.session.ComputePlansJob;
import org.latticebench.ui.internal.session.ProgressMonitorAdapter;
import org.latticebench.ui.internal.session.Services;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.session.UiPreferences;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;

/**
 * The lattice generator's settings as a form. Moving a slider re-runs sphere placement only (the
 * generator, in the background) and shows the spheres in the slice viewer with the count of
 * whole, clipped and dropped spheres; Apply regenerates the plan and recomputes dose and
 * evaluation as a job, replacing the plan (Edit > Undo brings the old one back).
 */
public final class LatticeEditorView extends StudyViewPart implements StudySession.Listener {

	/** A slider: settings key, label, range in mm (or steps), default from {@link LatticeSettings#defaults()}. */
	record Field(String key, String label, int min, int max) {
	}

	static final List<Field> FIELDS = List.of(new Field("sphereDiameterMm", "Sphere diameter (mm)", 5, 30),
			new Field("inPlaneSpacingMm", "In-plane spacing (mm)", 15, 100),
			new Field("planeSpacingMm", "Plane spacing (mm)", 10, 60), new Field("retractionMm", "Retraction (mm)", 0, 15),
			new Field("oarMarginMm", "OAR margin (mm)", 0, 30));

	private static final String NEW_PLAN = "New plan from lattice-sfrt";

	private Combo target;
	private final Map<String, Scale> scales = new LinkedHashMap<>();
	private final Map<String, Label> values = new LinkedHashMap<>();
	private Combo pattern;
	private Label report;
	private Button apply;
	private Job previewJob;
	private Optional<LatticeReport> lastReport = Optional.empty();
	private boolean settingsValid;

	@Override
	public void createPartControl(Composite parent) {
		installUndo();
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText("Plan:");
		target = new Combo(parent, SWT.READ_ONLY);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		target.addListener(SWT.Selection, e -> loadFromPlan());
		for (Field f : FIELDS) {
			new Label(parent, SWT.NONE).setText(f.label() + ":");
			Scale s = new Scale(parent, SWT.HORIZONTAL);
			s.setMinimum(f.min());
			s.setMaximum(f.max());
			s.setPageIncrement(5);
			s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Label v = new Label(parent, SWT.NONE);
			v.setLayoutData(new GridData(40, SWT.DEFAULT));
			s.addListener(SWT.Selection, e -> {
				v.setText(Integer.toString(s.getSelection()));
				schedulePreview();
			});
			scales.put(f.key(), s);
			values.put(f.key(), v);
		}
		new Label(parent, SWT.NONE).setText("Pattern:");
		pattern = new Combo(parent, SWT.READ_ONLY);
		for (LatticeSettings.Pattern p : LatticeSettings.Pattern.values()) {
			pattern.add(p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		pattern.addListener(SWT.Selection, e -> schedulePreview());
		new Label(parent, SWT.NONE);
		report = new Label(parent, SWT.WRAP);
		report.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		Composite buttons = new Composite(parent, SWT.NONE);
		buttons.setLayout(new GridLayout(2, false));
		buttons.setLayoutData(new GridData(SWT.END, SWT.TOP, true, false, 3, 1));
		Button clear = new Button(buttons, SWT.PUSH);
		clear.setText("Clear Preview");
		clear.addListener(SWT.Selection, e -> StudySession.get().setPreview(List.of()));
		apply = new Button(buttons, SWT.PUSH);
		apply.setText("Apply (regenerate and recompute)");
		apply.addListener(SWT.Selection, e -> apply());
		StudySession.get().addListener(this);
		sessionChanged(StudySession.get());
		loadFromPlan();
	}

	@Override
	public void sessionChanged(StudySession session) {
		if (target == null || target.isDisposed()) {
			return;
		}
		String current = target.getText();
		target.removeAll();
		for (PlanRun r : session.plans()) {
			if (r.design().lattice().isPresent()) {
				target.add(r.planName());
			}
		}
		target.add(NEW_PLAN);
		int i = target.indexOf(current);
		target.select(i >= 0 ? i : 0);
		apply.setEnabled(session.study().isPresent() && settingsValid);
	}

	private Optional<PlanRun> editedPlan() {
		return StudySession.get().plan(target.getText());
	}

	/** The settings form of the edited plan (or the defaults), shown on the sliders. */
	private void loadFromPlan() {
		Map<String, String> form = editedPlan().map(r -> r.design().settingsForm())
				.orElseGet(() -> org.latticebench.planning.SettingsForm.toMap(LatticeSettings.defaults()));
		for (Field f : FIELDS) {
			int v = (int) Math.round(Double.parseDouble(form.getOrDefault(f.key(), "0")));
			scales.get(f.key()).setSelection(v);
			values.get(f.key()).setText(Integer.toString(scales.get(f.key()).getSelection()));
		}
		pattern.select(LatticeSettings.Pattern.valueOf(form.getOrDefault("pattern", "CUBIC")).ordinal());
		schedulePreview();
	}

	/** The slider and pattern values as settings keys. */
	public Map<String, String> formChanges() {
		Map<String, String> m = new LinkedHashMap<>();
		scales.forEach((k, s) -> m.put(k, Integer.toString(s.getSelection())));
		m.put("pattern", LatticeSettings.Pattern.values()[Math.max(0, pattern.getSelectionIndex())].name());
		return m;
	}

	/** Sets a slider (as the user would) and schedules the preview; for tests and keyboard users. */
	public void set(String key, int value) {
		scales.get(key).setSelection(value);
		values.get(key).setText(Integer.toString(scales.get(key).getSelection()));
		schedulePreview();
	}

	public Optional<LatticeReport> lastReport() {
		return lastReport;
	}

	public Optional<Job> previewJob() {
		return Optional.ofNullable(previewJob);
	}

	private Regimen regimen() {
		return editedPlan().map(r -> r.request().regimen()).orElse(RegimenLibrary.builtIn().require("lattice-sfrt"));
	}

	private Map<String, String> fullForm() {
		Map<String, String> form = new LinkedHashMap<>(
				editedPlan().map(r -> r.request().generatorSettings()).orElse(Map.of()));
		form.putAll(formChanges());
		return form;
	}

	private void schedulePreview() {
		StudySession session = StudySession.get();
		if (session.study().isEmpty()) {
			report.setText("Open a study to preview a lattice.");
			return;
		}
		if (previewJob != null) {
			previewJob.cancel();
		}
		StudySnapshot study = session.study().get();
		Regimen regimen = regimen();
		Map<String, String> form = fullForm();
		var settings = session.lastSettings().orElseGet(UiPreferences::workflowSettings);
		var display = report.getDisplay();
		previewJob = new Job("Lattice preview") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					PlanRequest request = new PlanRequest("preview", regimen, Optional.of(RegimenLibrary.LATTICE), form);
					PlanDesign design = Services.pipeline().generate(study, request, settings,
							new ProgressMonitorAdapter(monitor));
					List<StructureSnapshot> spheres = design.structures().stream()
							.filter(s -> s.name().startsWith("sphere_")).toList();
					display.asyncExec(() -> showPreview(design.lattice(), spheres, null));
					return Status.OK_STATUS;
				} catch (CancelledException e) {
					return Status.CANCEL_STATUS;
				} catch (RuntimeException e) {
					display.asyncExec(() -> showPreview(Optional.empty(), List.of(), e.getMessage()));
					return Status.OK_STATUS; // shown in the form: a bad slider combination is not a failed job
				}
			}
		};
		previewJob.setSystem(true);
		previewJob.schedule(150); // let a dragged slider settle
	}

	private void showPreview(Optional<LatticeReport> r, List<StructureSnapshot> spheres, String error) {
		if (report.isDisposed()) {
			return;
		}
		lastReport = r;
		settingsValid = error == null;
		apply.setEnabled(settingsValid && StudySession.get().study().isPresent());
		if (error != null) {
			report.setForeground(report.getDisplay().getSystemColor(SWT.COLOR_RED));
			report.setText(error + " Move the sliders back into range.");
		} else {
			report.setForeground(null);
			report.setText(r.map(LatticeEditorView::describe).orElse("no lattice report"));
			StudySession.get().setPreview(spheres);
		}
		report.getParent().layout();
	}

	/** E.g. "12 spheres (10 whole, 2 clipped); dropped 3 near an OAR, 5 outside; peak 19.6 cc of GTV 520 cc". */
	static String describe(LatticeReport r) {
		return String.format(Locale.ROOT, "%d spheres (%d whole, %d clipped); dropped %d near an organ at risk, %d outside;"
				+ " peak %.1f cc of GTV %.0f cc; %d placements tried", r.keptCount(), r.wholeCount(), r.clippedCount(),
				r.count(SphereDecision.Status.DROPPED_NEAR_OAR), r.count(SphereDecision.Status.DROPPED_OUTSIDE),
				r.peakVolumeCc(), r.gtvVolumeCc(), r.candidatesTried());
	}

	/** Regenerates and recomputes the plan as a job; returns it (tests join it). */
	public Optional<ComputePlansJob> apply() {
		StudySession session = StudySession.get();
		if (session.study().isEmpty()) {
			return Optional.empty();
		}
		String name = editedPlan().map(PlanRun::planName).orElse("lattice-sfrt");
		PlanRequest request = new PlanRequest(name, regimen(), Optional.of(RegimenLibrary.LATTICE), fullForm());
		var settings = session.lastSettings().orElseGet(UiPreferences::workflowSettings);
		session.setPreview(List.of());
		return Optional.of(GeneratePlansHandler.schedule(session.study().get(), List.of(request), settings));
	}

	@Override
	public void setFocus() {
		target.setFocus();
	}

	@Override
	public void dispose() {
		StudySession.get().removeListener(this);
		if (previewJob != null) {
			previewJob.cancel();
		}
		super.dispose();
	}
}
