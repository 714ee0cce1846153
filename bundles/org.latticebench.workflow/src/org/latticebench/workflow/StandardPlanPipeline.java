package org.latticebench.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.dose.BeamletSettings;
import org.latticebench.dose.DoseEngine;
import org.latticebench.dose.DoseInfluenceMatrix;
import org.latticebench.dose.DoseRequest;
import org.latticebench.dose.DoseResult;
import org.latticebench.dose.FluenceMap;
import org.latticebench.dose.FluenceMaps;
import org.latticebench.dose.HuDensityTable;
import org.latticebench.dose.PencilBeamEngine;
import org.latticebench.evaluation.BuiltInConstraintSets;
import org.latticebench.evaluation.ConstraintEvaluator;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.latticebench.evaluation.ConstraintSetRegistry;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.evaluation.SfrtInput;
import org.latticebench.evaluation.SfrtMetrics;
import org.latticebench.evaluation.SfrtReport;
import org.latticebench.evaluation.StructureAliases;
import org.latticebench.optimization.FluenceOptimizer;
import org.latticebench.optimization.InfluenceMatrixOperator;
import org.latticebench.optimization.IterationListener;
import org.latticebench.optimization.Normalization;
import org.latticebench.optimization.ObjectiveFactory;
import org.latticebench.optimization.ObjectiveTerm;
import org.latticebench.optimization.OptimizationResult;
import org.latticebench.optimization.OptimizerSettings;
import org.latticebench.optimization.StructureVoxels;
import org.latticebench.optimization.solver.LbfgsSettings;
import org.latticebench.planning.LatticeReport;
import org.latticebench.planning.LatticeSettings;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.planning.PlanGenerators;
import org.latticebench.planning.Prescription;
import org.latticebench.planning.TargetRole;
import org.latticebench.workflow.internal.DoseGrids;
import org.latticebench.workflow.internal.DoseStats;
import org.latticebench.workflow.internal.FallOffs;
import org.latticebench.workflow.internal.ObjectiveTemplates;

/**
 * The standard path from a regimen to an evaluated plan: the request's {@link PlanGenerator} →
 * an isotropic dose grid over the body → the pencil-beam dose-influence matrix of beamlets
 * covering the targets → the design's objectives plus the per-regimen templates → bounded L-BFGS
 * fluence optimisation, normalised (mean sphere dose = peak dose for lattice plans, D95 = Rx of
 * the highest prescription otherwise) → the final dose computed directly from the optimised
 * fluence, normalised by the same rule → DVHs, the constraint set, SFRT metrics and the sphere
 * dose fall-off.
 * <p>
 * <b>Dose engines.</b> {@link WorkflowSettings#engineId()} picks the {@link DoseEngine} that
 * computes the final dose; an id no engine has is an {@link InvalidInputException} listing the
 * known ids, raised before anything is computed. The {@link DoseEngine} SPI has no
 * dose-influence matrix (a Monte Carlo code rarely offers one), so the optimisation always runs on
 * the built-in pencil-beam matrix ({@link PencilBeamEngine#buildMatrix}); the chosen engine then
 * computes the final dose from the optimised fluence, and that dose is normalised by the same rule
 * as above, so an engine's absolute calibration does not change the prescription it meets. With
 * the default engine this is exactly the built-in path. The provenance records both:
 * {@code engine} (the final dose, also {@link PlanRun#engineId()}) and
 * {@code engine.influenceMatrix}. An engine that cannot compute the plan's beams
 * ({@link DoseEngine#isApplicable} false) is refused before the matrix is built.
 * <p>
 * The no-argument constructor uses the built-in generators, engine, objective types and
 * constraint sets; the others take the registered services, so plug-ins take part. Runs are
 * deterministic for the same inputs whatever the thread count, and cancellable between and
 * within stages.
 *
 * @since 0.1
 */
public final class StandardPlanPipeline implements PlanPipeline {

	/** Beamlets cover the targets grown by this margin on the isocentre plane, mm. */
	public static final double BEAMLET_MARGIN_MM = 5.0;
	/** Chosen by fraction count when the settings name none: the planning bundle's AUTO rule. */
	static final int IMRT_FRACTIONS = 15;

	private final Map<String, PlanGenerator> generators;
	private final Map<String, DoseEngine> engines;
	/** Builds the dose-influence matrix the fluence is optimised with, whatever engine computes the final dose. */
	private final PencilBeamEngine matrixEngine;
	private final ObjectiveFactory objectiveFactory;
	private final ConstraintSetRegistry constraintSets;

	/** The built-in generators, engine, objective types and constraint sets (no OSGi needed). */
	public StandardPlanPipeline() {
		this(PlanGenerators.builtIn(), new PencilBeamEngine(), ObjectiveFactory.builtIn(), BuiltInConstraintSets.registry());
	}

	/**
	 * A pipeline whose only engine is the pencil-beam engine.
	 *
	 * @throws IllegalStateException when two generators share an id (naming both)
	 */
	public StandardPlanPipeline(Collection<? extends PlanGenerator> generators, PencilBeamEngine engine,
			ObjectiveFactory objectiveFactory, ConstraintSetRegistry constraintSets) {
		this(generators, List.of(engine), engine, objectiveFactory, constraintSets);
	}

	/**
	 * @param engines      the engines {@link WorkflowSettings#engineId()} chooses from; the matrix
	 *                     engine is added when none of them has its id
	 * @param matrixEngine builds the dose-influence matrix the fluence is optimised with
	 * @throws IllegalStateException when two generators or two engines share an id (naming both)
	 * @since 0.1
	 */
	public StandardPlanPipeline(Collection<? extends PlanGenerator> generators, Collection<? extends DoseEngine> engines,
			PencilBeamEngine matrixEngine, ObjectiveFactory objectiveFactory, ConstraintSetRegistry constraintSets) {
		this.generators = uniqueIds("plan generators", generators, PlanGenerator::id);
		Map<String, DoseEngine> engineById = uniqueIds("dose engines", engines, DoseEngine::id);
		engineById.putIfAbsent(matrixEngine.id(), matrixEngine);
		this.engines = engineById;
		this.matrixEngine = matrixEngine;
		this.objectiveFactory = objectiveFactory;
		this.constraintSets = constraintSets;
	}

	private static <T> Map<String, T> uniqueIds(String kind, Collection<? extends T> services,
			java.util.function.Function<T, String> id) {
		Map<String, T> byId = new TreeMap<>();
		for (T s : services) {
			T previous = byId.putIfAbsent(id.apply(s), s);
			if (previous != null) {
				throw new IllegalStateException("two " + kind + " have the id '" + id.apply(s) + "': "
						+ previous.getClass().getName() + " and " + s.getClass().getName());
			}
		}
		return byId;
	}

	/**
	 * The ids of the engines {@link WorkflowSettings#engineId()} may name, sorted.
	 *
	 * @since 0.1
	 */
	public List<String> engineIds() {
		return List.copyOf(engines.keySet());
	}

	/**
	 * The engine with this id.
	 *
	 * @throws InvalidInputException (attribute {@code engineId}) listing the known ids, when no engine has it
	 * @since 0.1
	 */
	public DoseEngine engine(String id) {
		DoseEngine e = engines.get(id);
		if (e == null) {
			throw new InvalidInputException("workflow settings", "engineId",
					"no dose engine '" + id + "'; known: " + String.join(", ", engines.keySet()));
		}
		return e;
	}

	/** The generator with this id; an error listing the known ids otherwise. */
	public PlanGenerator generator(String id) {
		PlanGenerator g = generators.get(id);
		if (g == null) {
			throw new InvalidInputException("plan request", "generator",
					"no plan generator '" + id + "'; known: " + String.join(", ", generators.keySet()));
		}
		return g;
	}

	@Override
	public PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, ProgressMonitor monitor) {
		return run(study, request, settings, IterationListener.NONE, monitor);
	}

	@Override
	public PlanDesign generate(StudySnapshot study, PlanRequest request, WorkflowSettings settings,
			ProgressMonitor monitor) {
		PlanGenerator g = generator(request.effectiveGeneratorId());
		Record generatorSettings = g.settingsFrom(seeded(g, request, settings));
		monitor.checkCanceled();
		return g.generate(study, request.regimen(), generatorSettings, monitor);
	}

	/** The request's settings form, with the workflow seed where the generator has a {@code seed} the request leaves alone. */
	private static Map<String, String> seeded(PlanGenerator g, PlanRequest request, WorkflowSettings settings) {
		Map<String, String> form = new LinkedHashMap<>(request.generatorSettings());
		boolean hasSeed = org.latticebench.planning.SettingsForm.toMap(g.defaultSettings()).containsKey("seed");
		if (hasSeed && !form.containsKey("seed")) {
			form.put("seed", Long.toString(settings.seed()));
		}
		return form;
	}

	@Override
	public PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, IterationListener listener,
			ProgressMonitor monitor) {
		long t0 = System.nanoTime();
		DoseEngine finalEngine = engine(settings.engineId());
		String setId = constraintSetId(request, settings);
		ConstraintSetProvider set = constraintSet(setId);
		PlanDesign generated = generate(study, request, settings, monitor);
		List<ObjectiveSpec> specs = ObjectiveTemplates.objectives(generated);
		PlanDesign design = new PlanDesign(generated.regimenId(), generated.generatorId(), generated.settings(),
				generated.structures(), generated.prescriptions(), specs, generated.beams(), generated.lattice(),
				generated.notes());
		if (design.beams().isEmpty() || design.prescriptions().isEmpty()) {
			throw new InvalidInputException("plan " + request.planName(), "design",
					"the generator made no beams or no prescription; nothing to optimise");
		}
		Map<String, Mask> masks = masksByName(study, design);
		monitor.checkCanceled();

		long t1 = System.nanoTime();
		Grid3 doseGrid = DoseGrids.overBody(study, settings.doseGridSpacingMm());
		Mask body = DoseGrids.bodyOnGrid(study, doseGrid);
		Mask targets = DoseGrids.union(design.prescriptions().stream().map(p -> require(masks, p.structureName(), "beamlets"))
				.toList(), study.ctHu().grid());
		List<FluenceMap> templates = new ArrayList<>();
		for (var beam : design.beams()) {
			templates.add(FluenceMaps.coveringTarget(beam, targets, settings.beamletSizeMm(), BEAMLET_MARGIN_MM));
		}
		DoseRequest doseRequest = new DoseRequest(study.ctHu(), doseGrid, design.beams(), templates, Optional.of(body),
				HuDensityTable.generic(), settings.threads());
		if (!finalEngine.isApplicable(doseRequest)) {
			throw new InvalidInputException("workflow settings", "engineId", "dose engine '" + finalEngine.id()
					+ "' cannot compute the beams of plan " + request.planName() + ": " + design.beams().stream()
							.map(b -> b.name() + " " + b.nominalEnergyMv() + " MV").toList());
		}
		Map<String, Mask> onDoseGrid = new LinkedHashMap<>();
		Mask optimisedRows = optimisedRows(design, masks, doseGrid, body, onDoseGrid);
		DoseInfluenceMatrix matrix = matrixEngine.buildMatrix(doseRequest.withBody(optimisedRows),
				BeamletSettings.defaults(), monitor);
		monitor.checkCanceled();

		long t2 = System.nanoTime();
		InfluenceMatrixOperator operator = new InfluenceMatrixOperator(matrix);
		Map<String, StructureVoxels> voxels = new LinkedHashMap<>();
		List<ObjectiveSpec> usable = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (ObjectiveSpec s : design.objectives()) {
			StructureVoxels v = voxels.computeIfAbsent(s.structureName(), n -> operator.voxelsOf(
					onDoseGrid.computeIfAbsent(n, k -> DoseGrids.onGrid(require(masks, k, "an objective"), doseGrid))));
			if (v.size() == 0) {
				skipped.add(s.structureName());
			} else {
				usable.add(s);
			}
		}
		List<ObjectiveTerm> terms = objectiveFactory.terms(usable, voxels, operator.voxelCount());
		Normalization normalization = normalization(design, masks, doseGrid, onDoseGrid, operator);
		OptimizerSettings optimizerSettings = new OptimizerSettings(
				new LbfgsSettings(settings.maxIterations(), 10, 1e-7, 1e-9, 40), Double.POSITIVE_INFINITY, normalization);
		OptimizationResult optimization = new FluenceOptimizer().optimize(operator, terms, Optional.empty(),
				optimizerSettings, listener, monitor);
		monitor.checkCanceled();

		long t3 = System.nanoTime();
		List<FluenceMap> fluences = matrix.fluencesOf(optimization.weights(), templates);
		FloatVolume direct = finalDose(finalEngine, doseRequest.withFluences(fluences), monitor);
		double finalFactor = finalNormalization(design, direct, onDoseGrid, masks, doseGrid);
		FloatVolume dose = scaled(direct, finalFactor);
		monitor.checkCanceled();

		long t4 = System.nanoTime();
		Evaluated e = evaluationStage(study, request.planName(), design, masks, dose, set, monitor);
		long t5 = System.nanoTime();

		StageTimes times = new StageTimes(Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2),
				Duration.ofNanos(t4 - t3), Duration.ofNanos(t5 - t4));
		Map<String, String> provenance = provenance(request, settings, design, setId, normalization, optimization,
				finalFactor, matrix, skipped, finalEngine);
		MatrixStats stats = new MatrixStats(matrix.rows(), matrix.columns(), matrix.nonZeros(), matrix.bytes());
		return new PlanRun(request, design, dose, finalEngine.id(), optimization, e.evaluation(), setId, e.constraints(),
				e.sfrt(), times, provenance, stats, e.fallOff(),
				Optional.of(new PlanRun.Delivery(fluences, doseGrid, finalFactor)));
	}

	@Override
	public FloatVolume recompute(StudySnapshot study, PlanRun run, Vec3 shiftMm, WorkflowSettings settings,
			ProgressMonitor monitor) {
		PlanRun.Delivery d = run.delivery().orElseThrow(() -> new UnsupportedOperationException(
				"plan " + run.planName() + " kept no optimised fluence; it cannot be recomputed"));
		if (!shiftMm.isFinite()) {
			throw new InvalidInputException("robustness", "shift", "non-finite shift " + shiftMm);
		}
		List<BeamSpec> moved = new ArrayList<>();
		for (BeamSpec b : run.design().beams()) {
			moved.add(new BeamSpec(b.name(), b.gantryDeg(), b.collimatorDeg(), b.couchDeg(),
					b.isocentreMm().minus(shiftMm), b.nominalEnergyMv(), b.sadMm()));
		}
		DoseRequest request = new DoseRequest(study.ctHu(), d.doseGrid(), moved, d.fluences(),
				Optional.of(DoseGrids.bodyOnGrid(study, d.doseGrid())), HuDensityTable.generic(), settings.threads());
		// the engine that computed the run's final dose, with the same normalisation factor
		return scaled(finalDose(engine(run.engineId()), request, monitor), d.doseFactor());
	}

	/** The chosen engine's dose of the optimised fluence; a dose on another grid than asked for is the engine's error. */
	private static FloatVolume finalDose(DoseEngine engine, DoseRequest request, ProgressMonitor monitor) {
		DoseResult result = engine.calculate(request, monitor);
		FloatVolume dose = result.doseGy();
		if (!dose.grid().sameGeometry(request.doseGrid())) {
			throw new InvalidInputException("dose engine " + engine.id(), "dose grid",
					"returned a dose on " + dose.grid() + " instead of the requested " + request.doseGrid());
		}
		return dose;
	}

	@Override
	public PlanRun evaluate(StudySnapshot study, PlanRequest request, PlanDesign design, FloatVolume doseGy,
			String engineId, WorkflowSettings settings, ProgressMonitor monitor) {
		long t0 = System.nanoTime();
		String setId = constraintSetId(request, settings);
		ConstraintSetProvider set = constraintSet(setId);
		Map<String, Mask> masks = masksByName(study, design);
		// the same evaluation stage as run(), on the saved dose instead of a fresh one
		Evaluated e = evaluationStage(study, request.planName(), design, masks, doseGy, set, monitor);
		Duration evaluationTime = Duration.ofNanos(System.nanoTime() - t0);
		StageTimes times = new StageTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, evaluationTime);
		Map<String, String> provenance = new LinkedHashMap<>();
		provenance.put("regimen", request.regimen().id());
		provenance.put("engine", engineId);
		provenance.put("generator", design.generatorId());
		design.settingsForm().forEach((k, v) -> provenance.put("generator." + k, v));
		provenance.put("workflow.constraintSet", setId);
		provenance.put("restored", "evaluated from the saved dose; not optimised again");
		OptimizationResult none = new OptimizationResult(new float[0], new double[0], 0, 0, 0,
				org.latticebench.optimization.solver.TerminationReason.MAX_ITERATIONS, 1, Double.NaN, Double.NaN);
		return new PlanRun(request, design, doseGy, engineId, none, e.evaluation(), setId, e.constraints(), e.sfrt(), times,
				provenance, MatrixStats.NONE, e.fallOff());
	}

	/** What the evaluation stage gives: DVHs, constraint results, SFRT metrics and sphere fall-off. */
	private record Evaluated(PlanEvaluation evaluation, List<ConstraintResult> constraints, Optional<SfrtReport> sfrt,
			Optional<SphereFallOff> fallOff) {
	}

	/** The evaluation stage of {@link #run} and {@link #evaluate}: one code path for fresh and saved doses. */
	private Evaluated evaluationStage(StudySnapshot study, String planName, PlanDesign design, Map<String, Mask> masks,
			FloatVolume doseGy, ConstraintSetProvider set, ProgressMonitor monitor) {
		Map<String, Double> rx = new LinkedHashMap<>();
		design.prescriptions().forEach(p -> rx.put(p.structureName(), p.totalDoseGy()));
		PlanEvaluation evaluation = PlanEvaluation.compute(planName, doseGy, evaluatedStructures(study, design), rx,
				DvhSettings.DEFAULT, monitor);
		List<ConstraintResult> constraints = ConstraintEvaluator.evaluate(evaluation, set.constraints(),
				StructureAliases.none());
		Optional<SfrtReport> sfrt = sfrt(design, masks, doseGy, monitor);
		Optional<SphereFallOff> fallOff = design.lattice().filter(l -> l.keptCount() > 0)
				.flatMap(l -> FallOffs.compute(doseGy, l, sphereRadiusMm(design), evaluation));
		return new Evaluated(evaluation, constraints, sfrt, fallOff);
	}

	/** The constraint set with this id; an error listing the known ids, before any work, otherwise. */
	private ConstraintSetProvider constraintSet(String setId) {
		return constraintSets.find(setId).orElseThrow(() -> new InvalidInputException("workflow settings",
				"constraintSetId", "no constraint set '" + setId + "'; known: "
						+ constraintSets.all().stream().map(ConstraintSetProvider::id).toList()));
	}

	/** Every structure by name: the design's generated ones first, then the study's, on the study grid. */
	private static Map<String, Mask> masksByName(StudySnapshot study, PlanDesign design) {
		Map<String, Mask> masks = new LinkedHashMap<>();
		for (StructureSnapshot s : design.structures()) {
			s.mask().ifPresent(m -> masks.put(s.name(), m));
		}
		for (StructureSnapshot s : study.structures()) {
			s.mask().ifPresent(m -> masks.putIfAbsent(s.name(), m));
		}
		return masks;
	}

	private static Mask require(Map<String, Mask> masks, String name, String neededFor) {
		Mask m = masks.get(name);
		if (m == null) {
			throw new InvalidInputException("plan design", name, "no structure with a mask named '" + name
					+ "', needed for " + neededFor + "; structures: " + String.join(", ", masks.keySet()));
		}
		return m;
	}

	private static List<StructureSnapshot> evaluatedStructures(StudySnapshot study, PlanDesign design) {
		List<StructureSnapshot> out = new ArrayList<>(design.structures());
		Set<String> names = new LinkedHashSet<>();
		design.structures().forEach(s -> names.add(s.name()));
		study.structures().stream().filter(s -> names.add(s.name())).forEach(out::add);
		return out;
	}

	/**
	 * The rows the influence matrix needs: the body voxels of the dose grid that lie in a structure
	 * with an objective or in the normalisation structure. The objective, its gradient and the
	 * normalisation read no other voxel, so leaving the rest out of the matrix changes no result
	 * of the optimisation and makes each D·w and Dᵀ·g read only the entries it uses (issue 7: the
	 * phantom's objectives cover about a third of the body). The final dose is still computed
	 * over the whole body.
	 */
	private static Mask optimisedRows(PlanDesign design, Map<String, Mask> masks, Grid3 doseGrid, Mask body,
			Map<String, Mask> onDoseGrid) {
		java.util.Set<String> names = new java.util.LinkedHashSet<>();
		design.objectives().forEach(o -> names.add(o.structureName()));
		names.add(normalizationRx(design).structureName());
		float[] rows = new float[doseGrid.voxelCount()];
		float[] inBody = body.fraction();
		for (String n : names) {
			float[] f = onDoseGrid.computeIfAbsent(n, k -> DoseGrids.onGrid(require(masks, k, "an objective"), doseGrid))
					.fraction();
			for (int i = 0; i < rows.length; i++) {
				if (f[i] > 0 && inBody[i] > 0) {
					rows[i] = inBody[i];
				}
			}
		}
		return new Mask(doseGrid, rows);
	}

	/** Mean sphere dose = peak Rx when the design has spheres; else D95 = Rx of the highest prescription. */
	private static Normalization normalization(PlanDesign design, Map<String, Mask> masks, Grid3 doseGrid,
			Map<String, Mask> onDoseGrid, InfluenceMatrixOperator operator) {
		Prescription p = normalizationRx(design);
		Mask m = onDoseGrid.computeIfAbsent(p.structureName(),
				k -> DoseGrids.onGrid(require(masks, k, "the normalisation"), doseGrid));
		StructureVoxels v = operator.voxelsOf(m);
		if (v.size() == 0) {
			throw new InvalidInputException("plan design", p.structureName(),
					"the normalisation structure has no voxel inside the body on the dose grid");
		}
		return p.role() == TargetRole.SPHERES ? new Normalization.MeanDose(p.structureName(), v, p.totalDoseGy())
				: new Normalization.DoseAtVolume(p.structureName(), v, 95, p.totalDoseGy());
	}

	private static Prescription normalizationRx(PlanDesign design) {
		Optional<Prescription> peak = design.prescriptions().stream().filter(p -> p.role() == TargetRole.SPHERES)
				.findFirst();
		return peak.orElseGet(() -> design.prescriptions().stream()
				.max((a, b) -> Double.compare(a.totalDoseGy(), b.totalDoseGy())).orElseThrow());
	}

	/** The factor that makes the directly computed final dose meet the normalisation exactly. */
	private static double finalNormalization(PlanDesign design, FloatVolume dose, Map<String, Mask> onDoseGrid,
			Map<String, Mask> masks, Grid3 doseGrid) {
		Prescription p = normalizationRx(design);
		Mask m = onDoseGrid.computeIfAbsent(p.structureName(), k -> DoseGrids.onGrid(masks.get(k), doseGrid));
		double measured = p.role() == TargetRole.SPHERES ? DoseStats.meanGy(dose, m) : DoseStats.doseAtVolumeGy(dose, m, 95);
		if (!(measured > 0)) {
			throw new InvalidInputException("final dose", p.structureName(),
					"receives no dose, so the plan cannot be normalised to " + p.totalDoseGy() + " Gy");
		}
		return p.totalDoseGy() / measured;
	}

	private static FloatVolume scaled(FloatVolume dose, double factor) {
		float[] v = dose.values().clone();
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) (v[i] * factor);
		}
		return new FloatVolume(dose.grid(), v);
	}

	/** The settings' set, else the AUTO rule: [003] for 15 fractions, TG-101 (5 fx) otherwise. */
	static String constraintSetId(PlanRequest request, WorkflowSettings settings) {
		return settings.constraintSetId().orElse(request.regimen().fractions() == IMRT_FRACTIONS
				? BuiltInConstraintSets.IMRT_45_15
				: BuiltInConstraintSets.TG101_5FX);
	}

	private static Optional<SfrtReport> sfrt(PlanDesign design, Map<String, Mask> masks, FloatVolume dose,
			ProgressMonitor monitor) {
		Optional<LatticeReport> lattice = design.lattice().filter(l -> l.keptCount() > 0);
		String gtvName = design.settings() instanceof LatticeSettings ls ? ls.targets().gtvName() : "GTV";
		Mask peak = masks.get(TargetRole.SPHERES.structureName());
		Mask gtv = masks.get(gtvName);
		if (lattice.isEmpty() || peak == null || gtv == null) {
			return Optional.empty();
		}
		SfrtInput in = SfrtInput.of(dose, gtv, peak, lattice.get().keptCount());
		if (masks.containsKey(TargetRole.PTV.structureName())) {
			in = in.withPtv(masks.get(TargetRole.PTV.structureName()));
		}
		if (masks.containsKey("valley")) {
			in = in.withValley(masks.get("valley"));
		}
		return Optional.of(SfrtMetrics.compute(in, monitor));
	}

	private static double sphereRadiusMm(PlanDesign design) {
		return design.settings() instanceof LatticeSettings ls ? ls.sphereRadiusMm() : 7.5;
	}

	private Map<String, String> provenance(PlanRequest request, WorkflowSettings settings, PlanDesign design, String setId,
			Normalization normalization, OptimizationResult optimization, double finalFactor, DoseInfluenceMatrix matrix,
			List<String> skipped, DoseEngine finalEngine) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("regimen", request.regimen().id());
		p.put("engine", finalEngine.id());
		p.put("engine.name", finalEngine.name());
		p.put("engine.influenceMatrix", matrixEngine.id());
		p.put("generator", design.generatorId());
		design.settingsForm().forEach((k, v) -> p.put("generator." + k, v));
		p.put("workflow.doseGridSpacingMm", fmt(settings.doseGridSpacingMm()));
		p.put("workflow.threads", Integer.toString(settings.threads()));
		p.put("workflow.maxIterations", Integer.toString(settings.maxIterations()));
		p.put("workflow.constraintSet", setId);
		p.put("workflow.beamletSizeMm", fmt(settings.beamletSizeMm()));
		p.put("seed", Long.toString(settings.seed()));
		p.put("beamlets", Integer.toString(matrix.columns()));
		p.put("objectives", Integer.toString(design.objectives().size()));
		p.put("normalization", describe(normalization));
		p.put("normalization.optimizedFactor", fmt(optimization.normalizationFactor()));
		p.put("normalization.finalDoseFactor", fmt(finalFactor));
		if (!skipped.isEmpty()) {
			p.put("objectives.skipped", "no voxel inside the body on the dose grid: " + String.join(", ", skipped));
		}
		return p;
	}

	private static String describe(Normalization n) {
		return switch (n) {
		case Normalization.None none -> "none";
		case Normalization.MeanDose m -> "mean " + m.structureName() + " = " + fmt(m.doseGy()) + " Gy";
		case Normalization.DoseAtVolume d -> d.structureName() + " D" + fmt(d.volumePct()) + " = " + fmt(d.doseGy())
				+ " Gy";
		};
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.6g", v);
	}
}
