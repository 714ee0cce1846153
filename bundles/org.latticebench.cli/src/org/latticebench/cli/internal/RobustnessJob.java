package org.latticebench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.evaluation.ConstraintComparator;
import org.latticebench.evaluation.ConstraintEvaluator;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.ConstraintSetRegistry;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.evaluation.StructureAliases;
import org.latticebench.evaluation.robustness.DvhBand;
import org.latticebench.evaluation.robustness.MetricSpread;
import org.latticebench.evaluation.robustness.ScenarioValue;
import org.latticebench.evaluation.robustness.ShiftScenario;
import org.latticebench.evaluation.robustness.StaticRobustness;
import org.latticebench.evaluation.robustness.StaticShift;
import org.latticebench.render.DvhPlot;
import org.latticebench.report.RobustnessSection;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRobustness;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;

/**
 * The work of {@code robustness}: each plan once through the pipeline, then for the nominal
 * position and every scenario the dose (static shift or recomputed), the target metrics of
 * {@link StaticRobustness#targetMetrics}, the constraint values and the DVHs.
 */
final class RobustnessJob {

	enum Mode {
		STATIC, RECOMPUTE;

		String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	static final String CSV_HEADER = "plan,scenario,dx_mm,dy_mm,dz_mm,structure,metric,value";
	static final String SUMMARY_HEADER = "plan,structure,metric,nominal,worst,min,max,range";
	static final int BAND_POINTS = 200;

	/** Everything computed, for tests and for the report section. */
	record Result(List<ScenarioValue> values, Map<String, List<MetricSpread>> summaries, List<DvhPlot.Band> bands,
			List<DvhPlot.Series> nominals) {
	}

	private RobustnessJob() {
	}

	/**
	 * One evaluation of the planned runs: a mode and a scenario set, written into {@code dir}.
	 *
	 * @param label names the variant in the log, e.g. {@code static 3 mm}
	 */
	record Variant(Mode mode, String label, List<ShiftScenario> scenarios, Path dir) {
	}

	static Result run(PlanPipeline pipeline, StudySnapshot study, List<PlanRequest> requests, WorkflowSettings settings,
			ConstraintSetRegistry constraintSets, List<ShiftScenario> scenarios, Mode mode, Path out, PrintStream log,
			ProgressMonitor monitor) throws IOException {
		return run(pipeline, study, requests, settings, constraintSets,
				List.of(new Variant(mode, mode.id(), scenarios, out)), log, monitor).get(0);
	}

	/**
	 * Plans each request once, then evaluates every variant on the same plans (so several shift
	 * sizes and both modes cost one planning run). Nothing is written until all variants are done.
	 */
	static List<Result> run(PlanPipeline pipeline, StudySnapshot study, List<PlanRequest> requests,
			WorkflowSettings settings, ConstraintSetRegistry constraintSets, List<Variant> variants, PrintStream log,
			ProgressMonitor monitor) throws IOException {
		List<PlanRun> runs = new ArrayList<>();
		for (PlanRequest request : requests) {
			monitor.checkCanceled();
			long t0 = System.nanoTime();
			PlanRun run = pipeline.run(study, request, settings, monitor);
			runs.add(run);
			log.printf(Locale.ROOT, "  %s: planned in %.1f s%n", request.planName(), (System.nanoTime() - t0) / 1e9);
			// how wide the peaks are decides how much of them a shift takes away
			run.sphereFallOff().ifPresent(f -> log.printf(Locale.ROOT,
					"  %s: sphere fall-off 80-20 %% mean %.1f mm, max %.1f mm (valley %.2f Gy)%n", request.planName(),
					f.meanMm(), f.maxMm(), f.valleyGy()));
		}
		List<Result> results = new ArrayList<>();
		for (Variant v : variants) {
			if (variants.size() > 1) {
				log.printf(Locale.ROOT, "%s:%n", v.label());
			}
			results.add(evaluate(pipeline, study, runs, settings, constraintSets, v.scenarios(), v.mode(), log, monitor));
		}
		for (int i = 0; i < variants.size(); i++) {
			if (variants.size() > 1) {
				log.printf(Locale.ROOT, "%s -> %s%n", variants.get(i).label(), variants.get(i).dir());
			}
			write(results.get(i), variants.get(i).dir(), log);
		}
		return results;
	}

	/** The metrics and DVH bands of already planned runs under the scenarios. */
	static Result evaluate(PlanPipeline pipeline, StudySnapshot study, List<PlanRun> runs, WorkflowSettings settings,
			ConstraintSetRegistry constraintSets, List<ShiftScenario> scenarios, Mode mode, PrintStream log,
			ProgressMonitor monitor) {
		List<ScenarioValue> values = new ArrayList<>();
		Map<String, List<MetricSpread>> summaries = new LinkedHashMap<>();
		List<DvhPlot.Band> bands = new ArrayList<>();
		List<DvhPlot.Series> nominals = new ArrayList<>();
		List<ShiftScenario> all = new ArrayList<>();
		all.add(ShiftScenario.nominal());
		all.addAll(scenarios);
		int planIndex = 0;
		for (PlanRun run : runs) {
			long t1 = System.nanoTime();
			List<StructureSnapshot> structures = PlanRobustness.structures(study, run);
			Map<String, Double> rx = new LinkedHashMap<>();
			run.design().prescriptions().forEach(p -> rx.put(p.structureName(), p.totalDoseGy()));
			var constraints = constraintSets.find(run.constraintSetId()).map(s -> s.constraints()).orElse(List.of());
			var targetMetrics = PlanRobustness.targetMetrics(run, structures);
			List<ScenarioValue> planValues = new ArrayList<>();
			Map<String, List<Dvh>> dvhs = new LinkedHashMap<>();
			for (ShiftScenario s : all) {
				monitor.checkCanceled();
				FloatVolume dose = s.shiftMm().norm() == 0 ? run.doseGy() : switch (mode) {
				case STATIC -> StaticShift.shiftedDose(run.doseGy(), s.shiftMm());
				case RECOMPUTE -> recompute(pipeline, study, run, s, settings, monitor);
				};
				for (StaticRobustness.Metric m : targetMetrics.apply(dose)) {
					planValues.add(new ScenarioValue(run.planName(), s, m.structure(), m.metric(), m.higherIsWorse(), m.value()));
				}
				PlanEvaluation evaluation = PlanEvaluation.compute(run.planName(), dose, structures, rx, DvhSettings.DEFAULT,
						monitor);
				for (ConstraintResult c : ConstraintEvaluator.evaluate(evaluation, constraints, StructureAliases.none())) {
					if (c.value().isPresent() && c.structure().isPresent()) {
						ConstraintComparator cmp = c.constraint().comparator();
						boolean higherIsWorse = cmp == ConstraintComparator.LESS_THAN || cmp == ConstraintComparator.AT_MOST;
						planValues.add(new ScenarioValue(run.planName(), s, c.structure().get(), c.constraint().metric(),
								higherIsWorse, c.value().getAsDouble()));
					}
				}
				for (MetricInput in : evaluation.structures()) {
					dvhs.computeIfAbsent(in.structureName(), k -> new ArrayList<>()).add(in.dvh());
				}
			}
			long t2 = System.nanoTime();
			log.printf(Locale.ROOT, "  %s: %d scenarios (%s) in %.1f s%n", run.planName(), scenarios.size(), mode.id(),
					(t2 - t1) / 1e9);
			values.addAll(planValues);
			List<MetricSpread> summary = StaticRobustness.summarise(planValues);
			summaries.put(run.planName(), summary);
			Set<String> banded = new LinkedHashSet<>();
			planValues.forEach(v -> banded.add(v.structure()));
			for (StructureSnapshot st : structures) {
				List<Dvh> d = dvhs.get(st.name());
				if (d == null || !banded.contains(st.name())) {
					continue;
				}
				DvhBand band = DvhBand.of(st.name(), d.get(0), d.subList(1, d.size()), BAND_POINTS);
				bands.add(new DvhPlot.Band(st.name(), run.planName(), st.colorRgb(), band.doseGy(), band.minPct(),
						band.maxPct()));
				nominals.add(new DvhPlot.Series(st.name(), run.planName(), st.colorRgb(), planIndex, band.doseGy(),
						band.nominalPct()));
			}
			planIndex++;
		}
		return new Result(values, summaries, bands, nominals);
	}

	/** The band chart of a result. */
	static String bandSvg(Result r) {
		return DvhPlot.svg(r.nominals(), r.bands(), "DVH bands: min-max over set-up shifts", "Volume (%)", 900, 560);
	}

	/** The report section of a result. */
	static RobustnessSection section(Result r, Mode mode, double shiftMm, int scenarioCount) {
		List<RobustnessSection.Row> rows = new ArrayList<>();
		r.summaries().forEach((plan, spreads) -> spreads.forEach(m -> rows
				.add(new RobustnessSection.Row(plan, m.structure(), m.metric(), m.nominal(), m.worst(), m.range()))));
		return new RobustnessSection(mode.id(), shiftMm, scenarioCount, rows, bandSvg(r));
	}

	private static FloatVolume recompute(PlanPipeline pipeline, StudySnapshot study, PlanRun run, ShiftScenario s,
			WorkflowSettings settings, ProgressMonitor monitor) {
		try {
			return pipeline.recompute(study, run, s.shiftMm(), settings, monitor);
		} catch (UnsupportedOperationException e) {
			throw new InvalidInputException("robustness --mode recompute", run.planName(), e.getMessage());
		}
	}

	private static void write(Result r, Path out, PrintStream log) throws IOException {
		Files.createDirectories(out);
		StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
		for (ScenarioValue v : r.values()) {
			csv.append(Csv.row(List.of(v.plan(), v.scenario().name(), Csv.number(v.scenario().shiftMm().x()),
					Csv.number(v.scenario().shiftMm().y()), Csv.number(v.scenario().shiftMm().z()), v.structure(), v.metric(),
					Csv.number(v.value())))).append('\n');
		}
		StringBuilder summary = new StringBuilder(SUMMARY_HEADER).append('\n');
		log.printf(Locale.ROOT, "%-14s %-12s %-36s %10s %10s %10s%n", "plan", "structure", "metric", "nominal", "worst",
				"range");
		r.summaries().forEach((plan, spreads) -> {
			for (MetricSpread m : spreads) {
				summary.append(Csv.row(List.of(plan, m.structure(), m.metric(), Csv.number(m.nominal()), Csv.number(m.worst()),
						Csv.number(m.min()), Csv.number(m.max()), Csv.number(m.range())))).append('\n');
				log.printf(Locale.ROOT, "%-14s %-12s %-36s %10.3f %10.3f %10.3f%n", plan, m.structure(), m.metric(),
						m.nominal(), m.worst(), m.range());
			}
		});
		AtomicFiles.writeString(out.resolve("robustness.csv"), csv.toString());
		AtomicFiles.writeString(out.resolve("robustness-summary.csv"), summary.toString());
		AtomicFiles.writeString(out.resolve("dvh-bands.svg"), bandSvg(r));
	}
}
