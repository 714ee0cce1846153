package org.latticebench.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintComparator;
import org.latticebench.evaluation.ConstraintEvaluator;
import org.latticebench.evaluation.ConstraintResult;
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
import org.latticebench.geometry.MaskResampler;
import org.latticebench.planning.TargetRole;

/**
 * All set-up scenarios of one planned run: for the nominal position and each shift, the dose
 * (static shift of the planned dose, or recomputed through the pipeline), the target metrics of
 * {@link StaticRobustness#targetMetrics}, the constraint values, and per structure the DVH band
 * (min-max envelope). What a front end (the workbench, a report) needs to show robustness.
 *
 * @since 0.1
 */
public final class PlanRobustness {

	/** How a scenario's dose is obtained. */
	public enum Mode {
		/** The dose cloud is held and the anatomy shifted ({@link StaticShift}): fast. */
		STATIC,
		/** The isocentre moves and the same fluence is recomputed ({@link PlanPipeline#recompute}): exact for the model. */
		RECOMPUTE;

		/** {@code static} or {@code recompute}. */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Dose points of each DVH band. */
	public static final int BAND_POINTS = 200;

	/**
	 * The scenarios' results for one plan.
	 *
	 * @param planName  the plan
	 * @param mode      how the scenario doses were made
	 * @param scenarios the shifts evaluated (the nominal position is evaluated in addition)
	 * @param values            every target metric, then every constraint value, under every scenario (nominal first)
	 * @param targetSpreads     nominal, worst and range of each target metric
	 *                          ({@link StaticRobustness#targetMetrics}), in its order
	 * @param constraintSpreads the same for each constraint value (metric id = the constraint's metric)
	 * @param bands             the DVH band of each structure that has a metric, in structure order
	 */
	public record Result(String planName, Mode mode, List<ShiftScenario> scenarios, List<ScenarioValue> values,
			List<MetricSpread> targetSpreads, List<MetricSpread> constraintSpreads, List<DvhBand> bands) {
		public Result {
			scenarios = List.copyOf(scenarios);
			values = List.copyOf(values);
			targetSpreads = List.copyOf(targetSpreads);
			constraintSpreads = List.copyOf(constraintSpreads);
			bands = List.copyOf(bands);
		}

		/** The spread of this metric of this structure (target metrics first), if it was computed. */
		public Optional<MetricSpread> spread(String structure, String metric) {
			return java.util.stream.Stream.concat(targetSpreads.stream(), constraintSpreads.stream())
					.filter(s -> s.structure().equals(structure) && s.metric().equals(metric)).findFirst();
		}

		public Optional<DvhBand> band(String structure) {
			return bands.stream().filter(b -> b.structure().equals(structure)).findFirst();
		}
	}

	private PlanRobustness() {
	}

	/**
	 * Evaluates {@code run} under the scenarios.
	 *
	 * @param pipeline    used in {@link Mode#RECOMPUTE} only
	 * @param constraints the constraints whose values are tracked (the run's constraint set)
	 * @throws InvalidInputException when the run has neither PTV nor GTV, or cannot be recomputed
	 * @throws org.latticebench.core.CancelledException when the monitor is cancelled
	 */
	public static Result evaluate(PlanPipeline pipeline, StudySnapshot study, PlanRun run, WorkflowSettings settings,
			List<Constraint> constraints, List<ShiftScenario> scenarios, Mode mode, ProgressMonitor monitor) {
		List<StructureSnapshot> structures = structures(study, run);
		Map<String, Double> rx = new LinkedHashMap<>();
		run.design().prescriptions().forEach(p -> rx.put(p.structureName(), p.totalDoseGy()));
		Function<ShiftScenario, FloatVolume> doseOf = s -> switch (mode) {
		case STATIC -> StaticShift.shiftedDose(run.doseGy(), s.shiftMm());
		case RECOMPUTE -> recompute(pipeline, study, run, s, settings, monitor);
		};
		return evaluate(run.planName(), run.doseGy(), structures, rx, constraints, targetMetrics(run, structures), doseOf,
				scenarios, mode, monitor);
	}

	/**
	 * The core of {@link #evaluate(PlanPipeline, StudySnapshot, PlanRun, WorkflowSettings, List, List, Mode, ProgressMonitor)}
	 * on plain inputs.
	 *
	 * @param nominalDoseGy the planned dose (the nominal scenario)
	 * @param structures    structures with masks on which DVHs and constraints are evaluated
	 * @param doseOf        the dose of a (non-nominal) scenario
	 */
	public static Result evaluate(String planName, FloatVolume nominalDoseGy, List<StructureSnapshot> structures,
			Map<String, Double> prescriptionsGy, List<Constraint> constraints,
			Function<FloatVolume, List<StaticRobustness.Metric>> targetMetrics, Function<ShiftScenario, FloatVolume> doseOf,
			List<ShiftScenario> scenarios, Mode mode, ProgressMonitor monitor) {
		List<ShiftScenario> all = new ArrayList<>();
		all.add(ShiftScenario.nominal());
		all.addAll(scenarios);
		monitor.begin("Robustness of " + planName + " (" + mode.id() + ")", all.size());
		List<ScenarioValue> targetValues = new ArrayList<>();
		List<ScenarioValue> constraintValues = new ArrayList<>();
		Map<String, List<Dvh>> dvhs = new LinkedHashMap<>();
		for (ShiftScenario s : all) {
			monitor.checkCanceled();
			monitor.subTask(planName + ": " + s.name());
			FloatVolume dose = s.shiftMm().norm() == 0 ? nominalDoseGy : doseOf.apply(s);
			for (StaticRobustness.Metric m : targetMetrics.apply(dose)) {
				targetValues.add(new ScenarioValue(planName, s, m.structure(), m.metric(), m.higherIsWorse(), m.value()));
			}
			PlanEvaluation evaluation = PlanEvaluation.compute(planName, dose, structures, prescriptionsGy,
					DvhSettings.DEFAULT, ProgressMonitor.NULL);
			for (ConstraintResult c : ConstraintEvaluator.evaluate(evaluation, constraints, StructureAliases.none())) {
				if (c.value().isPresent() && c.structure().isPresent()) {
					constraintValues.add(new ScenarioValue(planName, s, c.structure().get(), c.constraint().metric(),
							higherIsWorse(c.constraint().comparator()), c.value().getAsDouble()));
				}
			}
			for (MetricInput in : evaluation.structures()) {
				dvhs.computeIfAbsent(in.structureName(), k -> new ArrayList<>()).add(in.dvh());
			}
			monitor.worked(1);
		}
		List<ScenarioValue> values = new ArrayList<>(targetValues);
		values.addAll(constraintValues);
		Set<String> withMetric = new LinkedHashSet<>();
		values.forEach(v -> withMetric.add(v.structure()));
		List<DvhBand> bands = new ArrayList<>();
		for (StructureSnapshot st : structures) {
			List<Dvh> d = dvhs.get(st.name());
			if (d != null && d.size() == all.size() && withMetric.contains(st.name())) {
				bands.add(DvhBand.of(st.name(), d.get(0), d.subList(1, d.size()), BAND_POINTS));
			}
		}
		monitor.done();
		return new Result(planName, mode, scenarios, values, StaticRobustness.summarise(targetValues),
				StaticRobustness.summarise(constraintValues), bands);
	}

	/** Upper limits (organ doses): a larger value is worse. */
	static boolean higherIsWorse(ConstraintComparator c) {
		return c == ConstraintComparator.LESS_THAN || c == ConstraintComparator.AT_MOST;
	}

	private static FloatVolume recompute(PlanPipeline pipeline, StudySnapshot study, PlanRun run, ShiftScenario s,
			WorkflowSettings settings, ProgressMonitor monitor) {
		try {
			return pipeline.recompute(study, run, s.shiftMm(), settings, new CancelOnly(monitor));
		} catch (UnsupportedOperationException e) {
			throw new InvalidInputException("robustness (recompute)", run.planName(), e.getMessage());
		}
	}

	/** The design's structures, then the study's that the design does not replace; those with masks. */
	public static List<StructureSnapshot> structures(StudySnapshot study, PlanRun run) {
		List<StructureSnapshot> out = new ArrayList<>(run.design().structures());
		Set<String> names = new LinkedHashSet<>();
		out.forEach(s -> names.add(s.name()));
		study.structures().stream().filter(s -> names.add(s.name())).forEach(out::add);
		return out.stream().filter(s -> s.mask().isPresent()).toList();
	}

	/**
	 * {@link StaticRobustness#targetMetrics} on the run's GTV, spheres (lattice plans) and PTV. An
	 * imported GTV keeps only its box of the CT; it is moved onto the spheres' grid (exactly, the
	 * grids being aligned) so that the valley can be taken voxel by voxel.
	 *
	 * @throws InvalidInputException when the plan has neither a PTV nor a GTV
	 */
	public static Function<FloatVolume, List<StaticRobustness.Metric>> targetMetrics(PlanRun run,
			List<StructureSnapshot> structures) {
		Map<String, Mask> masks = new LinkedHashMap<>();
		structures.forEach(s -> masks.put(s.name(), s.mask().get()));
		Mask gtv = masks.get("GTV");
		Mask ptv = masks.getOrDefault(TargetRole.PTV.structureName(), gtv);
		if (ptv == null) {
			throw new InvalidInputException("robustness", run.planName(), "the plan has neither a PTV nor a GTV to evaluate");
		}
		int spheres = run.design().lattice().map(l -> l.keptCount()).orElse(0);
		Optional<Mask> peak = spheres > 0 && gtv != null
				? Optional.ofNullable(masks.get(TargetRole.SPHERES.structureName()))
				: Optional.empty();
		if (peak.isPresent() && !gtv.grid().sameGeometry(peak.get().grid())) {
			gtv = MaskResampler.resample(gtv, peak.get().grid());
		}
		return StaticRobustness.targetMetrics(gtv == null ? ptv : gtv, peak, spheres, ptv);
	}

	/** Passes cancellation through but keeps a recompute's own progress out of the scenario count. */
	private record CancelOnly(ProgressMonitor outer) implements ProgressMonitor {
		@Override
		public void begin(String task, long totalWork) {
		}

		@Override
		public void worked(long work) {
		}

		@Override
		public boolean isCanceled() {
			return outer.isCanceled();
		}

		@Override
		public void subTask(String name) {
		}

		@Override
		public void done() {
		}
	}
}
