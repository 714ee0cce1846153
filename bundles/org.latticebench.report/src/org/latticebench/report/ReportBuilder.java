package org.latticebench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.planning.Prescription;
import org.latticebench.render.DvhPlot;
import org.latticebench.workflow.ComparisonRun;
import org.latticebench.workflow.PlanRun;

/**
 * Builds a {@link ReportModel} from a computed comparison: tables, DVH curves and chart, and the
 * slice pictures (one dose scale for all plans, so their washes compare).
 *
 * @since 0.1
 */
public final class ReportBuilder {

	/** Dose step of the DVH table, Gy. */
	public static final double DVH_STEP_GY = 0.1;

	private ReportBuilder() {
	}

	public static ReportModel build(ComparisonRun run, Provenance provenance, ProgressMonitor monitor) {
		monitor.begin("Building the report of " + run.caseId(), run.plans().size() + 1L);
		List<PlanSummary> summaries = new ArrayList<>();
		List<MetricRow> metrics = new ArrayList<>();
		List<ConstraintRow> constraints = new ArrayList<>();
		List<DvhCurve> curves = new ArrayList<>();
		Map<String, StructureSnapshot> structures = structuresByName(run);
		double washMaxGy = 1;
		for (PlanRun p : run.plans()) {
			washMaxGy = Math.max(washMaxGy, p.doseGy().max());
		}
		double[] isodoses = isodoseLevels(run);
		List<SliceImage> slices = new ArrayList<>();
		for (int index = 0; index < run.plans().size(); index++) {
			monitor.checkCanceled();
			PlanRun p = run.plans().get(index);
			monitor.subTask(p.planName());
			summaries.add(summary(p));
			metrics.addAll(MetricTable.rows(run.caseId(), p));
			for (ConstraintResult c : p.constraints()) {
				constraints.add(new ConstraintRow(run.caseId(), p.planName(), p.constraintSetId(), c.constraint().structure(),
						c.structure().orElse(""), c.constraint().metric(), c.constraint().comparator().symbol(), c.limit(),
						c.constraint().unit(), c.value().orElse(Double.NaN), c.margin().orElse(Double.NaN), c.status(),
						c.note(), c.constraint().source()));
			}
			for (MetricInput in : p.evaluation().structures()) {
				StructureSnapshot s = structures.get(in.structureName());
				curves.add(curve(p.planName(), index, in, s == null ? 0x808080 : s.colorRgb()));
			}
			slices.addAll(SliceViews.render(run.study(), p, washMaxGy, isodoses));
			monitor.worked(1);
		}
		List<DvhPlot.Series> series = plotted(curves, structures);
		String svg = DvhPlot.svg(series, "Cumulative DVH: " + planList(run), "Volume (%)", 1000,
				Math.max(520, 80 + 15 * series.size()));
		monitor.done();
		List<String> shown = new ArrayList<>();
		for (MetricRow r : metrics) {
			StructureSnapshot s = structures.get(r.structure());
			StructureRole role = s == null ? StructureRole.TARGET : s.role();
			if (!shown.contains(r.structure()) && !SliceViews.isSphere(r.structure())
					&& (role == StructureRole.TARGET || role == StructureRole.OAR)) {
				shown.add(r.structure());
			}
		}
		return new ReportModel(run.caseId(), run.study().patientName(), run.study().patientId(), summaries, metrics,
				shown, constraints, curves, svg, slices, isodoses, washMaxGy, ReportModel.RENDERER, provenance);
	}

	private static String planList(ComparisonRun run) {
		String[] dashes = { "solid", "dashed", "dotted", "dash-dot", "short dash" };
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < run.plans().size(); i++) {
			parts.add(run.plans().get(i).planName() + " " + dashes[i % dashes.length]);
		}
		return String.join(", ", parts);
	}

	/** Study structures, then generated ones, by name (for colours and roles). */
	static Map<String, StructureSnapshot> structuresByName(ComparisonRun run) {
		Map<String, StructureSnapshot> m = new HashMap<>();
		for (PlanRun p : run.plans()) {
			p.design().structures().forEach(s -> m.putIfAbsent(s.name(), s));
		}
		run.study().structures().forEach(s -> m.put(s.name(), s));
		return m;
	}

	/** Every plan's prescribed total doses, and half the lowest, ascending. */
	static double[] isodoseLevels(ComparisonRun run) {
		TreeSet<Double> levels = new TreeSet<>();
		for (PlanRun p : run.plans()) {
			for (Prescription rx : p.design().prescriptions()) {
				levels.add(Math.round(rx.totalDoseGy() * 100) / 100.0);
			}
		}
		if (!levels.isEmpty()) {
			levels.add(Math.round(levels.first() * 50) / 100.0);
		}
		return levels.stream().mapToDouble(Double::doubleValue).toArray();
	}

	static PlanSummary summary(PlanRun p) {
		String rx = p.design().prescriptions().stream()
				.map(r -> r.structureName() + " " + String.format(Locale.ROOT, "%.4g", r.totalDoseGy()) + " Gy")
				.collect(Collectors.joining("; "));
		int spheres = p.design().lattice().map(l -> l.keptCount()).orElse(-1);
		return new PlanSummary(p.planName(), p.request().regimen().id(), p.request().regimen().name(),
				p.request().regimen().source(), p.fractions(), rx, p.design().generatorId(), p.engineId(),
				p.constraintSetId(), p.design().beams().size(), spheres, p.doseGy().max(), p.optimization().iterations(),
				String.valueOf(p.optimization().reason()), p.times().total().toMillis() / 1000.0, p.design().notes());
	}

	static DvhCurve curve(String plan, int planIndex, MetricInput in, int rgb) {
		Dvh d = in.dvh();
		int n = (int) Math.ceil(d.maxGy() / DVH_STEP_GY) + 2;
		double[] dose = new double[n], pct = new double[n], cc = new double[n];
		for (int s = 0; s < n; s++) {
			dose[s] = Math.round(s * DVH_STEP_GY * 10) / 10.0;
			pct[s] = d.volumeAtLeastPercent(dose[s]);
			cc[s] = d.volumeAtLeastCc(dose[s]);
		}
		return new DvhCurve(plan, planIndex, in.structureName(), rgb, dose, pct, cc);
	}

	/** Targets (without the individual spheres) and organs at risk go into the chart. */
	static List<DvhPlot.Series> plotted(List<DvhCurve> curves, Map<String, StructureSnapshot> structures) {
		List<DvhPlot.Series> series = new ArrayList<>();
		for (DvhCurve c : curves) {
			StructureSnapshot s = structures.get(c.structure());
			StructureRole role = s == null ? StructureRole.OTHER : s.role();
			if ((role == StructureRole.TARGET && !SliceViews.isSphere(c.structure())) || role == StructureRole.OAR) {
				series.add(new DvhPlot.Series(c.structure(), c.plan(), c.rgb(), c.planIndex(), c.doseGy(), c.volumePct()));
			}
		}
		return series;
	}
}
