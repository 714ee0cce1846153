package org.latticebench.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.cli.UsageException;
import org.latticebench.core.BeamSpec;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dose.FluenceMap;
import org.latticebench.dose.FluenceMaps;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.StandardPlanPipeline;
import org.latticebench.workflow.WorkflowSettings;
import org.osgi.framework.Bundle;

/**
 * The example engine as a selectable engine: a plan run through the registered {@link PlanPipeline}
 * with {@code engineId = uniform-teaching} gets that engine's final dose, the provenance names it,
 * and the CLI's {@code --engine} reaches it. The set-up is coarse (5 mm phantom, 8 mm dose grid,
 * 10 mm beamlets, 15 iterations): the checks are closed forms that do not depend on plan quality.
 */
class PluginEngineTest {

	private static final String ENGINE_ID = "uniform-teaching";
	private static final double BEAMLET_MM = 10.0;
	/** sbrt-50-5: PTV 50 Gy, normalised to D95 = Rx (DOMAIN.md, [004]). */
	private static final double RX_GY = 50.0;

	private static StudySnapshot study;

	@BeforeAll
	static void examplesAndPhantom() throws Exception {
		Runtime.startExamples();
		Runtime.bundle("org.latticebench.workflow").start(Bundle.START_ACTIVATION_POLICY);
		study = LiverPhantom.build(PhantomParameters.defaults().withSpacingMm(5.0), ProgressMonitor.NULL);
	}

	private static WorkflowSettings coarse() {
		return new WorkflowSettings(8.0, 2, 15, Optional.empty(), WorkflowSettings.DEFAULT_SEED, BEAMLET_MM);
	}

	private static PlanRequest sbrt() {
		return PlanRequest.of(RegimenLibrary.builtIn().require("sbrt-50-5"));
	}

	@Test
	void aPlanRunWithTheExampleEngineGetsItsUniformFinalDose() {
		PlanPipeline pipeline = Runtime.service(PlanPipeline.class, null);
		PlanRun pencil = pipeline.run(study, sbrt(), coarse(), ProgressMonitor.NULL);
		PlanRun uniform = pipeline.run(study, sbrt(), coarse().withEngine(ENGINE_ID), ProgressMonitor.NULL);

		assertEquals(ENGINE_ID, uniform.engineId());
		assertEquals(ENGINE_ID, uniform.provenance().get("engine"));
		assertEquals("Uniform prescription dose (teaching)", uniform.provenance().get("engine.name"));
		assertEquals("pencil-beam-6mv", uniform.provenance().get("engine.influenceMatrix"));
		// the fluence is optimised with the pencil-beam matrix whatever engine computes the final dose
		float[] weights = uniform.optimization().weights();
		assertArrayEquals(pencil.optimization().weights(), weights);

		// closed form of the example engine (UniformDoseEngine): D = sum over beams of the mean positive beamlet
		// weight. The matrix columns are the beamlets of each beam's template in beam order, and the templates are
		// the PTV's beamlet cover (the plan's only prescription) at the pipeline's margin.
		Mask ptv = uniform.design().structure("PTV").orElseThrow().mask().orElseThrow();
		double uniformGy = 0;
		int column = 0;
		for (BeamSpec beam : uniform.design().beams()) {
			FluenceMap template = FluenceMaps.coveringTarget(beam, ptv, BEAMLET_MM, StandardPlanPipeline.BEAMLET_MARGIN_MM);
			double sum = 0;
			int positive = 0;
			for (float t : template.weights()) {
				if (t > 0) {
					float w = weights[column++];
					if (w > 0) {
						sum += w;
						positive++;
					}
				}
			}
			uniformGy += positive == 0 ? 0 : sum / positive;
		}
		assertEquals(weights.length, column, "one column per template beamlet");
		// the pipeline then normalises the engine's dose to PTV D95 = 50 Gy; D95 of a constant is the constant
		double factor = Double.parseDouble(uniform.provenance().get("normalization.finalDoseFactor"));
		assertEquals(RX_GY / uniformGy, factor, 1e-5 * factor, "provenance keeps 6 significant digits");

		// so every dose-grid voxel the body touches has 50 Gy and every other voxel 0 Gy
		int at50 = 0;
		for (float d : uniform.doseGy().values()) {
			if (Math.abs(d - RX_GY) < 1e-4) {
				at50++;
			} else {
				assertEquals(0f, d, "a voxel is either in the body (50 Gy) or outside (0 Gy)");
			}
		}
		assertTrue(at50 > uniform.doseGy().values().length / 4, "the body fills much of its bounding box: " + at50);
		// the PTV lies well inside the body, so its DVH sees 50 Gy everywhere (float rounding only)
		MetricInput ptvDvh = uniform.evaluation().structure("PTV").orElseThrow();
		assertEquals(RX_GY, ptvDvh.dvh().meanGy(), 1e-3);
		assertEquals(RX_GY, ptvDvh.dvh().maxGy(), 1e-3);
		assertEquals(RX_GY, ptvDvh.dvh().doseAtVolumePercent(99), 1e-3);
	}

	@Test
	void anUnknownEngineIsRefusedListingTheRegisteredOnes() {
		PlanPipeline pipeline = Runtime.service(PlanPipeline.class, null);
		List<String> tasks = new ArrayList<>();
		ProgressMonitor recording = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				tasks.add(task);
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public boolean isCanceled() {
				return false;
			}
		};
		var e = assertThrows(InvalidInputException.class,
				() -> pipeline.run(study, sbrt(), coarse().withEngine("monte-carlo"), recording));
		assertEquals("workflow settings: engineId: no dose engine 'monte-carlo'; known: pencil-beam-6mv, uniform-teaching",
				e.getMessage());
		assertEquals(List.of(), tasks, "refused before any stage began");
	}

	@Test
	void theCliReachesTheExampleEngineWithDashDashEngine() throws Exception {
		Runtime.CommandOutput run = Runtime.run("optimize", "--study", "phantom", "--plan", "sbrt-50-5", "--engine", ENGINE_ID,
				"--dose-grid-mm", "8", "--beamlet-mm", "10", "--max-iterations", "12", "--threads", "2");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("Dose engines: final dose uniform-teaching, influence matrix pencil-beam-6mv"), run.out());
		// uniform 50 Gy over the body (closed form above): the PTV's DVH is flat at the prescription
		assertTrue(run.out().contains("PTV (Rx 50.00 Gy): V95% 100.00 %, D95 50.00 Gy, mean 50.00 Gy, max 50.00 Gy"), run.out());

		var unknown = assertThrows(UsageException.class, () -> Runtime.run("dose", "--study", "phantom", "--plan", "sbrt-50-5",
				"--engine", "monte-carlo", "--out", "/nonexistent/never-written"));
		assertEquals("dose: --engine: unknown dose engine 'monte-carlo'; registered: pencil-beam-6mv, uniform-teaching",
				unknown.getMessage());
	}
}
