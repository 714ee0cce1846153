package org.latticebench.cli.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.BuiltInConstraintSets;
import org.latticebench.evaluation.ConstraintEvaluator;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.evaluation.StructureAliases;
import org.latticebench.optimization.OptimizationResult;
import org.latticebench.optimization.solver.TerminationReason;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.planning.PlanGenerators;
import org.latticebench.planning.Prescription;
import org.latticebench.planning.TargetRole;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.StageTimes;
import org.latticebench.workflow.WorkflowSettings;

/**
 * A pipeline for fast CLI tests: a uniform dose equal to the regimen's highest total dose over the
 * whole grid (so every structure's Dmin = Dmean = Dmax = that dose, a closed form), real DVHs and
 * real constraint checks. The regimen {@value #FAILING_REGIMEN} fails, for failure handling.
 */
final class FakePipeline implements PlanPipeline {

	static final String FAILING_REGIMEN = "tomo-hypo";
	/** The hostile names of the synthetic study, which every output must escape or quote. */
	static final String SCRIPT_NAME = "<script>alert(1)</script>";
	static final String IMG_NAME = "\"><img src=x onerror=alert(2)>";
	static final String COMMA_NAME = "Liver, left \"segment\"";

	final AtomicInteger runs = new AtomicInteger();

	@Override
	public PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, ProgressMonitor monitor) {
		runs.incrementAndGet();
		if (request.regimen().id().equals(FAILING_REGIMEN)) {
			throw new InvalidInputException("fake pipeline", request.regimen().id(), "fails on purpose");
		}
		PlanGenerator g = PlanGenerators.builtIn().stream().filter(x -> x.id().equals(request.effectiveGeneratorId()))
				.findFirst().orElseThrow();
		Record generatorSettings = g.settingsFrom(request.generatorSettings());
		double doseGy = request.regimen().maxTotalDoseGy();
		Grid3 grid = study.ctHu().grid();
		float[] values = new float[grid.voxelCount()];
		Arrays.fill(values, (float) doseGy);
		FloatVolume dose = new FloatVolume(grid, values);
		Mask gtv = study.structure("GTV").orElseThrow().mask().orElseThrow();
		StructureSnapshot ptv = StructureSnapshot.ofMask("PTV", StructureRole.TARGET, 0xff8000, 10, gtv);
		PlanDesign design = new PlanDesign(request.regimen().id(), g.id(), generatorSettings, List.of(ptv),
				List.of(new Prescription("PTV", TargetRole.PTV, doseGy, request.regimen().fractions())), List.of(),
				List.of(BeamSpec.of6Mv("G000", 0, 0, grid.toPatientMm(grid.nx() / 2.0, grid.ny() / 2.0, grid.nz() / 2.0))),
				Optional.empty(), List.of("fake plan for tests"));
		List<StructureSnapshot> all = new ArrayList<>(study.structures());
		all.add(ptv);
		PlanEvaluation evaluation = PlanEvaluation.compute(request.planName(), dose, all, Map.of("PTV", doseGy),
				DvhSettings.DEFAULT, ProgressMonitor.NULL);
		String setId = BuiltInConstraintSets.TG101_5FX;
		var constraints = ConstraintEvaluator.evaluate(evaluation,
				BuiltInConstraintSets.registry().find(setId).orElseThrow().constraints(), StructureAliases.none());
		OptimizationResult opt = new OptimizationResult(new float[] { 1f }, new double[] { 0 }, 0, 1, 0,
				TerminationReason.MAX_ITERATIONS, 1, 0, 0);
		return new PlanRun(request, design, dose, "fake-uniform", opt, evaluation, setId, constraints, Optional.empty(),
				new StageTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO),
				Map.of("engine", "fake-uniform"));
	}

	/**
	 * A 24 x 24 x 12 study at 4 mm: water body, a GTV ball of radius 16 mm in the middle, and
	 * three organs with hostile names.
	 */
	static StudySnapshot study() {
		Grid3 g = Grid3.axisAligned(new Vec3(-46, -46, -22), new Vec3(4, 4, 4), 24, 24, 12);
		float[] ct = new float[g.voxelCount()];
		float[] gtv = new float[g.voxelCount()];
		float[] left = new float[g.voxelCount()];
		float[] right = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 p = g.toPatientMm(i, j, k);
					int idx = g.index(i, j, k);
					ct[idx] = Math.hypot(p.x(), p.y()) < 44 ? 0 : -1000;
					gtv[idx] = Math.sqrt(p.x() * p.x() + p.y() * p.y() + p.z() * p.z()) <= 16 ? 1 : 0;
					left[idx] = p.x() > 24 && p.x() < 40 && Math.abs(p.y()) < 20 ? 1 : 0;
					right[idx] = p.x() < -24 && p.x() > -40 && Math.abs(p.y()) < 20 ? 1 : 0;
				}
			}
		}
		return new StudySnapshot(IMG_NAME, "ID-1", new FloatVolume(g, ct),
				List.of(StructureSnapshot.ofMask("GTV", StructureRole.TARGET, 0xff0000, 10, new Mask(g, gtv)),
						StructureSnapshot.ofMask(SCRIPT_NAME, StructureRole.OAR, 0x00ff00, 3, new Mask(g, left)),
						StructureSnapshot.ofMask(COMMA_NAME, StructureRole.OAR, 0x0000ff, 2.5, new Mask(g, right))));
	}
}
