package org.latticebench.workflow;

import java.util.Optional;

import org.latticebench.core.InvalidInputException;

/**
 * How a {@link PlanPipeline} computes, apart from the generator settings of the plan itself.
 *
 * @param doseGridSpacingMm   isotropic spacing of the dose grid, mm (the CT grid is resampled
 *                            to it inside the body's bounding box)
 * @param threads             worker threads for the dose engine and the optimiser
 * @param maxIterations       the optimiser's iteration limit
 * @param constraintSetId     the constraint set to check, or empty to choose by the regimen's
 *                            fraction count (the planning bundle's AUTO rule)
 * @param seed                the random seed handed to every seeded step (lattice offset search,
 *                            Monte Carlo placement); recorded in the provenance
 * @param beamletSizeMm       side of the optimised beamlets on the isocentre plane, mm (1–20)
 * @since 0.1
 */
public record WorkflowSettings(double doseGridSpacingMm, int threads, int maxIterations,
		Optional<String> constraintSetId, long seed, double beamletSizeMm) {

	/** The dose grid of a planning system's default: 3 mm. */
	public static final double DEFAULT_DOSE_GRID_MM = 3.0;
	public static final int DEFAULT_MAX_ITERATIONS = 150;
	public static final long DEFAULT_SEED = 20260101L;
	/** The dose engine's default beamlet size for conventional plans, mm (issue 6). */
	public static final double DEFAULT_BEAMLET_SIZE_MM = 5.0;

	public WorkflowSettings {
		if (!(doseGridSpacingMm >= 1.0 && doseGridSpacingMm <= 10.0)) {
			throw new InvalidInputException("workflow settings", "doseGridSpacingMm",
					"dose grid spacing must be within 1–10 mm, got " + doseGridSpacingMm);
		}
		if (threads < 1) {
			throw new InvalidInputException("workflow settings", "threads", "need at least one thread, got " + threads);
		}
		if (maxIterations < 1) {
			throw new InvalidInputException("workflow settings", "maxIterations",
					"need at least one iteration, got " + maxIterations);
		}
		if (!(beamletSizeMm >= 1.0 && beamletSizeMm <= 20.0)) {
			throw new InvalidInputException("workflow settings", "beamletSizeMm",
					"beamlet size must be within 1–20 mm, got " + beamletSizeMm);
		}
		constraintSetId = constraintSetId == null ? Optional.empty() : constraintSetId;
	}

	/** Settings with the default beamlet size ({@value #DEFAULT_BEAMLET_SIZE_MM} mm). */
	public WorkflowSettings(double doseGridSpacingMm, int threads, int maxIterations, Optional<String> constraintSetId,
			long seed) {
		this(doseGridSpacingMm, threads, maxIterations, constraintSetId, seed, DEFAULT_BEAMLET_SIZE_MM);
	}

	public static WorkflowSettings defaults() {
		return new WorkflowSettings(DEFAULT_DOSE_GRID_MM, Runtime.getRuntime().availableProcessors(),
				DEFAULT_MAX_ITERATIONS, Optional.empty(), DEFAULT_SEED);
	}

	public WorkflowSettings withDoseGridSpacingMm(double mm) {
		return new WorkflowSettings(mm, threads, maxIterations, constraintSetId, seed, beamletSizeMm);
	}

	public WorkflowSettings withThreads(int n) {
		return new WorkflowSettings(doseGridSpacingMm, n, maxIterations, constraintSetId, seed, beamletSizeMm);
	}

	public WorkflowSettings withMaxIterations(int n) {
		return new WorkflowSettings(doseGridSpacingMm, threads, n, constraintSetId, seed, beamletSizeMm);
	}

	public WorkflowSettings withConstraintSet(String id) {
		return new WorkflowSettings(doseGridSpacingMm, threads, maxIterations, Optional.ofNullable(id), seed, beamletSizeMm);
	}

	public WorkflowSettings withSeed(long newSeed) {
		return new WorkflowSettings(doseGridSpacingMm, threads, maxIterations, constraintSetId, newSeed, beamletSizeMm);
	}

	public WorkflowSettings withBeamletSizeMm(double mm) {
		return new WorkflowSettings(doseGridSpacingMm, threads, maxIterations, constraintSetId, seed, mm);
	}
}
