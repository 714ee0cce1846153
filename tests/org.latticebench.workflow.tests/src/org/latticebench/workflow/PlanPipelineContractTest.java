package org.latticebench.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latticebench.core.CancelledException;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.optimization.IterationReport;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.RegimenLibrary;

/**
 * The pipeline's contract on a coarse phantom (5 mm CT, 8 mm dose grid, 10 mm beamlets, few
 * iterations), where speed matters more than plan quality: determinism across thread counts,
 * cancellation in each long stage, errors that name the bad input, and provenance.
 */
class PlanPipelineContractTest {

	private static StudySnapshot study;
	private static final StandardPlanPipeline PIPELINE = new StandardPlanPipeline();

	@BeforeAll
	static void phantom() {
		study = LiverPhantom.build(PhantomParameters.defaults().withSpacingMm(5.0), ProgressMonitor.NULL);
	}

	private static WorkflowSettings coarse(int threads) {
		return new WorkflowSettings(8.0, threads, 15, Optional.empty(), WorkflowSettings.DEFAULT_SEED, 10.0);
	}

	private static PlanRequest sbrt() {
		return PlanRequest.of(RegimenLibrary.builtIn().require("sbrt-50-5"));
	}

	@Test
	void oneAndTwoThreadsGiveTheSameWeightsAndDose() {
		PlanRun one = PIPELINE.run(study, sbrt(), coarse(1), ProgressMonitor.NULL);
		PlanRun two = PIPELINE.run(study, sbrt(), coarse(2), ProgressMonitor.NULL);
		assertTrue(one.optimization().weights().length > 100, "beamlets: " + one.optimization().weights().length);
		assertArrayEquals(one.optimization().weights(), two.optimization().weights());
		assertArrayEquals(one.doseGy().values(), two.doseGy().values());
		assertEquals(one.optimization().objectiveValue(), two.optimization().objectiveValue());
	}

	@Test
	void iterationsAreReportedAndTheRunRecordsItsProvenance() {
		List<IterationReport> reports = new ArrayList<>();
		PlanRun run = PIPELINE.run(study, sbrt(), coarse(2), reports::add, ProgressMonitor.NULL);
		// iteration 0 (the start point) and then one report per accepted step
		assertEquals(run.optimization().iterations() + 1, reports.size());
		assertTrue(reports.get(reports.size() - 1).objectiveValue() < reports.get(0).objectiveValue());
		Map<String, String> p = run.provenance();
		assertEquals("pencil-beam-6mv", p.get("engine"));
		assertEquals("homogeneous", p.get("generator"));
		assertEquals("tg101-5fx", p.get("workflow.constraintSet")); // 5 fractions: the AUTO rule picks TG-101
		assertEquals(Long.toString(WorkflowSettings.DEFAULT_SEED), p.get("seed"));
		assertEquals("9", p.get("generator.beams.beamCount")); // the full settings form is recorded
		assertEquals("8.00000", p.get("workflow.doseGridSpacingMm"));
		assertEquals(run.optimization().weights().length, run.matrix().columns());
		// PTV D95 = Rx normalisation ([004]: 50 Gy), re-applied to the direct final dose: exact on the dose grid
		var ptvOnDoseGrid = org.latticebench.workflow.internal.DoseGrids
				.onGrid(run.design().structure("PTV").orElseThrow().mask().orElseThrow(), run.doseGy().grid());
		assertEquals(50.0, org.latticebench.workflow.internal.DoseStats.doseAtVolumeGy(run.doseGy(), ptvOnDoseGrid, 95), 1e-3);
		// the DVH samples the 8 mm dose at the 5 mm structure voxels, so its D95 differs by up to about 4 % of Rx here
		assertEquals(50.0, run.evaluation().structure("PTV").orElseThrow().dvh().doseAtVolumePercent(95), 2.0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dose-influence matrix", "Optimising fluence", "Dose (" })
	void cancellationInAStageStopsTheRun(String stage) {
		AtomicBoolean cancel = new AtomicBoolean();
		ProgressMonitor monitor = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				if (task.startsWith(stage)) {
					cancel.set(true);
				}
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public boolean isCanceled() {
				return cancel.get();
			}
		};
		assertThrows(CancelledException.class, () -> PIPELINE.run(study, sbrt(), coarse(2), monitor));
		assertTrue(cancel.get(), "the stage '" + stage + "' was reached");
	}

	@Test
	void unknownSettingsKeyIsAnErrorNamingIt() {
		PlanRequest bad = PlanRequest.of(RegimenLibrary.builtIn().require("lattice-sfrt"))
				.withSettings(Map.of("sphereDiamterMm", "10"));
		var e = assertThrows(InvalidInputException.class, () -> PIPELINE.run(study, bad, coarse(2), ProgressMonitor.NULL));
		assertEquals(Optional.of("sphereDiamterMm"), e.attribute());
		assertTrue(e.getMessage().contains("sphereDiameterMm"), "lists the valid keys: " + e.getMessage());
	}

	@Test
	void unknownGeneratorAndConstraintSetAreErrorsNamingThem() {
		PlanRequest other = new PlanRequest("x", RegimenLibrary.builtIn().require("sbrt-50-5"), Optional.of("nope"), Map.of());
		var e = assertThrows(InvalidInputException.class, () -> PIPELINE.run(study, other, coarse(2), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("lattice"), e.getMessage());
		var c = assertThrows(InvalidInputException.class,
				() -> PIPELINE.run(study, sbrt(), coarse(2).withConstraintSet("tg999"), ProgressMonitor.NULL));
		assertTrue(c.getMessage().contains("tg999") && c.getMessage().contains("tg101-5fx"), c.getMessage());
	}

	@Test
	void generateAloneGivesTheLatticeDesignWithItsSeed() {
		var design = PIPELINE.generate(study, PlanRequest.of(RegimenLibrary.builtIn().require("lattice-sfrt")), coarse(2),
				ProgressMonitor.NULL);
		assertEquals("lattice", design.generatorId());
		// the workflow seed is handed to the generator's seed when the request does not set one
		assertEquals(Long.toString(WorkflowSettings.DEFAULT_SEED), design.settingsForm().get("seed"));
		assertTrue(design.lattice().orElseThrow().keptCount() > 0);
	}
}
