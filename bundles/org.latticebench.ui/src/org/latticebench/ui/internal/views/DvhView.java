package org.latticebench.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.latticebench.core.CancelledException;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.evaluation.Dvh;
import org.latticebench.render.DvhPlot;
import org.latticebench.ui.internal.session.AnalysisResults;
import org.latticebench.ui.internal.session.DvhSource;
import org.latticebench.ui.internal.session.ProgressMonitorAdapter;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.widgets.DvhChart;
import org.latticebench.workflow.PlanRun;

/**
 * DVH overlay of every plan: the structures ticked on the left, one colour per structure and one
 * line style per plan; physical or EQD2 dose, relative or absolute volume; export of the chart.
 */
public final class DvhView extends StudyViewPart implements StudySession.Listener, AnalysisResults.Listener {

	/** Structures ticked when plans first arrive (those the comparison is about). */
	static final List<String> DEFAULT_STRUCTURES = List.of("GTV", "PTV", "PTV_peak", "NormalLiver", "Stomach", "Duodenum",
			"SpinalCord");

	private CheckboxTableViewer structures;
	private DvhChart chart;
	private Button eqd2;
	private Button percent;
	private Button bands;
	/** Whether bands are wanted; kept here, not read back from the check box (see {@link #refresh}). */
	private boolean showBands = true;
	private final Set<String> ticked = new LinkedHashSet<>(DEFAULT_STRUCTURES);
	private Job eqd2Job;

	@Override
	public void createPartControl(Composite parent) {
		installUndo();
		parent.setLayout(new GridLayout());
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(8, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Button physical = radio(bar, "Physical dose", true);
		eqd2 = radio(bar, "EQD2", false);
		physical.setToolTipText("Total physical dose of the course");
		eqd2.setToolTipText("Voxelwise EQD2 with each structure's α/β (computed in the background)");
		Composite volumeGroup = new Composite(bar, SWT.NONE);
		volumeGroup.setLayout(new GridLayout(2, false));
		percent = radio(volumeGroup, "Volume %", true);
		radio(volumeGroup, "Volume cc", false);
		bands = new Button(bar, SWT.CHECK);
		bands.setText("Robustness bands");
		bands.setSelection(true);
		bands.setEnabled(false);
		bands.setToolTipText("Min–max DVH envelope over the set-up shifts (Comparison > Evaluate robustness…);"
				+ " physical dose only");
		bands.addListener(SWT.Selection, e -> {
			showBands = bands.getSelection();
			refresh();
		});
		button(bar, "PNG…", () -> export("png"));
		button(bar, "SVG…", () -> export("svg"));
		button(bar, "CSV…", () -> export("csv"));
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		structures = CheckboxTableViewer.newCheckList(sash, SWT.BORDER);
		structures.setContentProvider(ArrayContentProvider.getInstance());
		structures.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public Color getForeground(Object element) {
				int rgb = colourOf((String) element);
				return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
			}
		});
		structures.addCheckStateListener(e -> {
			if (e.getChecked()) {
				ticked.add((String) e.getElement());
			} else {
				ticked.remove(e.getElement());
			}
			refresh();
		});
		chart = new DvhChart(sash, SWT.NONE);
		sash.setWeights(22, 78);
		StudySession.get().addListener(this);
		AnalysisResults.get().addListener(this);
		sessionChanged(StudySession.get());
	}

	@Override
	public void analysisChanged(AnalysisResults results) {
		if (chart != null && !chart.isDisposed()) {
			refresh();
		}
	}

	private Button radio(Composite parent, String text, boolean selected) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(text);
		b.setSelection(selected);
		b.addListener(SWT.Selection, e -> {
			if (b.getSelection()) {
				refresh();
			}
		});
		return b;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	public DvhChart chart() {
		return chart;
	}

	/** Switches between physical dose and EQD2 (as the radio buttons do). */
	public void setEqd2(boolean on) {
		eqd2.setSelection(on);
		((Button) eqd2.getParent().getChildren()[0]).setSelection(!on);
		refresh();
	}

	/** Ticks exactly these structures (those present). */
	public void setStructures(List<String> names) {
		ticked.clear();
		ticked.addAll(names);
		refresh();
	}

	@Override
	public void sessionChanged(StudySession session) {
		if (chart == null || chart.isDisposed()) {
			return;
		}
		DvhSource.retain(session.plans());
		AnalysisResults.get().retain(session.plans());
		List<String> names = DvhSource.structureNames(session.plans());
		structures.setInput(names);
		structures.setCheckedElements(names.stream().filter(ticked::contains).toArray());
		refresh();
	}

	private int colourOf(String structure) {
		StudySession session = StudySession.get();
		for (PlanRun r : session.plans()) {
			Optional<StructureSnapshot> s = session.structure(r, structure);
			if (s.isPresent()) {
				return s.get().colorRgb();
			}
		}
		return 0x808080;
	}

	/** Rebuilds the curves; EQD2 curves not yet computed are computed by a job that refreshes again. */
	private void refresh() {
		StudySession session = StudySession.get();
		boolean useEqd2 = eqd2.getSelection();
		boolean pct = percent.getSelection();
		List<DvhPlot.Series> curves = new ArrayList<>();
		List<DvhPlot.Band> envelopes = new ArrayList<>();
		List<PlanRun> runs = session.plans();
		boolean anyBands = runs.stream().anyMatch(r -> AnalysisResults.get().robustness(r).isPresent());
		bands.setEnabled(anyBands && !useEqd2);
		// in the product a check box in a view lost its initial state once shown; set it each time from the field
		bands.setSelection(showBands);
		bands.setText(anyBands ? "Bands (" + AnalysisResults.get().robustnessLabel() + ")" : "Robustness bands");
		bands.getParent().layout();
		boolean drawBands = anyBands && !useEqd2 && showBands;
		boolean missing = false;
		for (String name : DvhSource.structureNames(runs)) {
			if (!ticked.contains(name)) {
				continue;
			}
			for (int p = 0; p < runs.size(); p++) {
				PlanRun run = runs.get(p);
				Optional<Dvh> dvh = useEqd2
						? DvhSource.cachedEqd2(run, name, DvhSource.alphaBetaGy(session.structure(run, name)))
						: DvhSource.physical(run, name);
				if (useEqd2 && dvh.isEmpty() && run.evaluation().structure(name).isPresent()) {
					missing = true;
				}
				int index = p;
				dvh.ifPresent(d -> curves.add(DvhSource.series(d, name, run.planName(), colourOf(name), index, pct)));
				if (drawBands) {
					Optional<Dvh> nominal = DvhSource.physical(run, name);
					AnalysisResults.get().robustness(run).flatMap(r -> r.band(name))
							.filter(b -> nominal.isPresent())
							.ifPresent(b -> envelopes.add(DvhSource.band(b, run.planName(), colourOf(name), pct,
									nominal.get().totalVolumeCc())));
				}
			}
		}
		chart.setBands(envelopes);
		chart.setCurves(curves, useEqd2 ? "EQD2 (Gy)" : "Dose (Gy)", pct ? "Volume (%)" : "Volume (cc)");
		if (missing) {
			computeEqd2(runs);
		}
	}

	private void computeEqd2(List<PlanRun> runs) {
		if (eqd2Job != null) {
			eqd2Job.cancel();
		}
		StudySession session = StudySession.get();
		List<String> wanted = List.copyOf(ticked);
		eqd2Job = new Job("Computing EQD2 DVHs") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(getName(), runs.size() * wanted.size());
				try {
					for (PlanRun run : runs) {
						for (String name : wanted) {
							if (monitor.isCanceled()) {
								return Status.CANCEL_STATUS;
							}
							monitor.subTask(run.planName() + " / " + name);
							if (run.evaluation().structure(name).isPresent()) {
								DvhSource.eqd2(run, name, DvhSource.alphaBetaGy(session.structure(run, name)),
										new ProgressMonitorAdapter(new org.eclipse.core.runtime.NullProgressMonitor() {
											@Override
											public boolean isCanceled() {
												return monitor.isCanceled();
											}
										}));
							}
							monitor.worked(1);
						}
					}
				} catch (CancelledException e) {
					return Status.CANCEL_STATUS;
				}
				chart.getDisplay().asyncExec(() -> {
					if (!chart.isDisposed() && eqd2.getSelection()) {
						refresh();
					}
				});
				return Status.OK_STATUS;
			}
		};
		eqd2Job.setSystem(false);
		eqd2Job.schedule();
	}

	/** The job computing EQD2 DVHs, if one was started (tests join it). */
	public Optional<Job> eqd2Job() {
		return Optional.ofNullable(eqd2Job);
	}

	private void export(String kind) {
		FileDialog fd = new FileDialog(getSite().getShell(), SWT.SAVE);
		fd.setFilterExtensions(new String[] { "*." + kind });
		fd.setFileName("dvh." + kind);
		fd.setOverwrite(true);
		String file = fd.open();
		if (file == null) {
			return;
		}
		try {
			Path out = Path.of(file);
			switch (kind) {
			case "png" -> chart.exportPng(out);
			case "svg" -> chart.exportSvg(out);
			default -> chart.exportCsv(out);
			}
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Export failed",
					"Could not write " + file + ": " + e.getMessage() + "\nChoose a folder you can write to and try again.");
		}
	}

	@Override
	public void setFocus() {
		chart.setFocus();
	}

	@Override
	public void dispose() {
		StudySession.get().removeListener(this);
		AnalysisResults.get().removeListener(this);
		if (eqd2Job != null) {
			eqd2Job.cancel();
		}
		super.dispose();
	}
}
