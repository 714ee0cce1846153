package org.latticebench.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.dose.FluenceMap;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.evaluation.SfrtReport;
import org.latticebench.optimization.OptimizationResult;
import org.latticebench.planning.PlanDesign;

/**
 * One regimen planned, computed and evaluated on one study.
 *
 * @param request         what was asked for
 * @param design          the generated plan: structures (study + generated targets such as
 *                        {@code PTV}, {@code PTV_peak}, {@code sphere_k}, {@code valley}),
 *                        prescriptions, objectives, beams and the lattice report
 * @param doseGy          the final total dose (all fractions) on the dose grid, Gy
 * @param engineId        the dose engine's id
 * @param optimization    the optimiser's result (weights, history, termination)
 * @param evaluation      DVHs of every structure of {@code design} on {@code doseGy}
 * @param constraintSetId the constraint set checked
 * @param constraints     one result per constraint of that set
 * @param sfrt            peak/valley metrics, for plans with lattice spheres
 * @param times           wall time per stage
 * @param provenance      what produced it, as text: engine and generator ids, the full
 *                        generator settings form, workflow settings, seed
 * @param matrix          size of the dose-influence matrix the plan was optimised with
 * @param sphereFallOff   the 80 %→20 % dose fall-off from the sphere edges, for plans with lattice spheres
 * @param delivery        the optimised fluence and final normalisation, so that the dose can be
 *                        recomputed (robustness, recompute mode); empty for pipelines that do not keep it
 * @since 0.1
 */
public record PlanRun(PlanRequest request, PlanDesign design, FloatVolume doseGy, String engineId,
		OptimizationResult optimization, PlanEvaluation evaluation, String constraintSetId,
		List<ConstraintResult> constraints, Optional<SfrtReport> sfrt, StageTimes times,
		Map<String, String> provenance, MatrixStats matrix, Optional<SphereFallOff> sphereFallOff, Optional<Delivery> delivery) {

	/**
	 * What the final dose was computed from: one fluence map per beam of the design (optimised
	 * beamlet weights), the dose grid and the factor the directly computed dose was scaled by.
	 */
	public record Delivery(List<FluenceMap> fluences, Grid3 doseGrid,
			double doseFactor) {
		public Delivery {
			fluences = List.copyOf(fluences);
		}
	}

	public PlanRun {
		delivery = delivery == null ? Optional.empty() : delivery;
		constraints = List.copyOf(constraints);
		provenance = Map.copyOf(provenance);
		matrix = matrix == null ? MatrixStats.NONE : matrix;
		sphereFallOff = sphereFallOff == null ? Optional.empty() : sphereFallOff;
	}

	/** A run without the delivery (the form before robustness recompute). */
	public PlanRun(PlanRequest request, PlanDesign design, FloatVolume doseGy, String engineId,
			OptimizationResult optimization, PlanEvaluation evaluation, String constraintSetId,
			List<ConstraintResult> constraints, Optional<SfrtReport> sfrt, StageTimes times,
			Map<String, String> provenance, MatrixStats matrix, Optional<SphereFallOff> sphereFallOff) {
		this(request, design, doseGy, engineId, optimization, evaluation, constraintSetId, constraints, sfrt, times,
				provenance, matrix, sphereFallOff, Optional.empty());
	}

	/** A run without matrix figures or fall-off (the form of the first API version). */
	public PlanRun(PlanRequest request, PlanDesign design, FloatVolume doseGy, String engineId,
			OptimizationResult optimization, PlanEvaluation evaluation, String constraintSetId,
			List<ConstraintResult> constraints, Optional<SfrtReport> sfrt, StageTimes times,
			Map<String, String> provenance) {
		this(request, design, doseGy, engineId, optimization, evaluation, constraintSetId, constraints, sfrt, times,
				provenance, MatrixStats.NONE, Optional.empty(), Optional.empty());
	}

	public String planName() {
		return request.planName();
	}

	public int fractions() {
		return request.regimen().fractions();
	}
}
