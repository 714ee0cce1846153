package org.latticebench.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dose.DoseEngine;
import org.latticebench.dose.DoseRequest;
import org.latticebench.dose.DoseResult;
import org.latticebench.dose.PencilBeamEngine;
import org.latticebench.evaluation.BuiltInConstraintSets;
import org.latticebench.optimization.ObjectiveFactory;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.PlanGenerators;
import org.latticebench.planning.RegimenLibrary;

/**
 * {@link WorkflowSettings#engineId()} chooses the engine of the final dose: the optimisation keeps
 * the pencil-beam matrix, the chosen engine's dose is normalised by the plan's rule, an unknown or
 * unsuitable engine is refused before the work it would waste. Coarse set-up as in
 * {@link PlanPipelineContractTest}.
 */
class EngineChoiceTest {

	private static final PencilBeamEngine PENCIL_BEAM = new PencilBeamEngine();
	private static final DoseEngine TWICE = new TwicePencilBeam(PENCIL_BEAM);
	private static final StandardPlanPipeline PIPELINE = new StandardPlanPipeline(PlanGenerators.builtIn(),
			List.of(PENCIL_BEAM, TWICE, new NoBeamsEngine()), PENCIL_BEAM, ObjectiveFactory.builtIn(),
			BuiltInConstraintSets.registry());

	private static StudySnapshot study;

	@BeforeAll
	static void phantom() {
		study = LiverPhantom.build(PhantomParameters.defaults().withSpacingMm(5.0), ProgressMonitor.NULL);
	}

	private static WorkflowSettings coarse() {
		return new WorkflowSettings(8.0, 2, 15, Optional.empty(), WorkflowSettings.DEFAULT_SEED, 10.0);
	}

	private static PlanRequest sbrt() {
		return PlanRequest.of(RegimenLibrary.builtIn().require("sbrt-50-5"));
	}

	@Test
	void settingsDefaultToThePencilBeamAndKeepTheEarlierConstructors() {
		assertEquals("pencil-beam-6mv", WorkflowSettings.defaults().engineId());
		assertEquals("pencil-beam-6mv", coarse().engineId(), "the six-argument form of version 0.1");
		assertEquals("pencil-beam-6mv",
				new WorkflowSettings(3.0, 1, 10, Optional.empty(), 1L).engineId(), "the five-argument form");
		WorkflowSettings chosen = coarse().withEngine("uniform-teaching");
		assertEquals("uniform-teaching", chosen.engineId());
		assertEquals("uniform-teaching", chosen.withSeed(7).withThreads(1).withDoseGridSpacingMm(4).engineId(),
				"the other withers keep the engine");
		var blank = assertThrows(InvalidInputException.class, () -> coarse().withEngine("  "));
		assertEquals(Optional.of("engineId"), blank.attribute());
		assertEquals(List.of("no-beams", "pencil-beam-6mv", "twice-pencil-beam"), PIPELINE.engineIds());
	}

	@Test
	void unknownEngineIsRefusedBeforeAnythingIsComputed() {
		List<String> tasks = new ArrayList<>();
		var e = assertThrows(InvalidInputException.class,
				() -> PIPELINE.run(study, sbrt(), coarse().withEngine("monte-carlo"), recording(tasks)));
		assertEquals(Optional.of("engineId"), e.attribute());
		assertEquals("workflow settings: engineId: no dose engine 'monte-carlo'; known: no-beams, pencil-beam-6mv,"
				+ " twice-pencil-beam", e.getMessage());
		assertEquals(List.of(), tasks, "no stage began");
	}

	@Test
	void engineThatCannotComputeTheBeamsIsRefusedBeforeTheMatrix() {
		List<String> tasks = new ArrayList<>();
		var e = assertThrows(InvalidInputException.class,
				() -> PIPELINE.run(study, sbrt(), coarse().withEngine("no-beams"), recording(tasks)));
		assertEquals(Optional.of("engineId"), e.attribute());
		assertTrue(e.getMessage().contains("dose engine 'no-beams' cannot compute the beams of plan sbrt-50-5"),
				e.getMessage());
		assertTrue(tasks.stream().noneMatch(t -> t.startsWith("Dose-influence matrix")), "tasks: " + tasks);
	}

	@Test
	void pluginEngineComputesTheFinalDoseOfTheFluenceOptimisedWithThePencilBeamMatrix() {
		PlanRun pencil = PIPELINE.run(study, sbrt(), coarse(), ProgressMonitor.NULL);
		PlanRun twice = PIPELINE.run(study, sbrt(), coarse().withEngine("twice-pencil-beam"), ProgressMonitor.NULL);
		assertEquals("twice-pencil-beam", twice.engineId());
		assertEquals("twice-pencil-beam", twice.provenance().get("engine"));
		assertEquals("Pencil beam 6 MV, doubled", twice.provenance().get("engine.name"));
		assertEquals("pencil-beam-6mv", twice.provenance().get("engine.influenceMatrix"));
		assertEquals("pencil-beam-6mv", pencil.provenance().get("engine"));
		assertEquals("pencil-beam-6mv", pencil.provenance().get("engine.influenceMatrix"));
		// the optimisation does not depend on the final-dose engine: same matrix, same weights
		assertArrayEquals(pencil.optimization().weights(), twice.optimization().weights());
		// the final dose is normalised by the plan's rule (PTV D95 = 50 Gy, [004]), so doubling the engine's
		// calibration halves the factor (closed form: (50 / 2 D95) x 2 D = (50 / D95) x D) and leaves the dose
		double pencilFactor = Double.parseDouble(pencil.provenance().get("normalization.finalDoseFactor"));
		double twiceFactor = Double.parseDouble(twice.provenance().get("normalization.finalDoseFactor"));
		assertEquals(pencilFactor / 2, twiceFactor, 1e-5 * pencilFactor, "provenance keeps 6 significant digits");
		float[] a = pencil.doseGy().values(), b = twice.doseGy().values();
		assertEquals(a.length, b.length);
		double worstGy = 0;
		for (int i = 0; i < a.length; i++) {
			worstGy = Math.max(worstGy, Math.abs(a[i] - b[i]));
		}
		assertEquals(0, worstGy, 1e-4, "float rounding of the two scalings only (Gy)");
	}

	@Test
	void twoEnginesWithOneIdAreRefusedNamingBoth() {
		var e = assertThrows(IllegalStateException.class, () -> new StandardPlanPipeline(PlanGenerators.builtIn(),
				List.of(PENCIL_BEAM, new Impostor()), PENCIL_BEAM, ObjectiveFactory.builtIn(), BuiltInConstraintSets.registry()));
		assertEquals("two dose engines have the id 'pencil-beam-6mv': org.latticebench.dose.PencilBeamEngine and "
				+ Impostor.class.getName(), e.getMessage());
	}

	private static ProgressMonitor recording(List<String> tasks) {
		return new ProgressMonitor() {
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
	}

	/** A plug-in engine written against the bare SPI: the pencil-beam dose times two. */
	static final class TwicePencilBeam implements DoseEngine {
		private final PencilBeamEngine inner;

		TwicePencilBeam(PencilBeamEngine inner) {
			this.inner = inner;
		}

		@Override
		public String id() {
			return "twice-pencil-beam";
		}

		@Override
		public String name() {
			return "Pencil beam 6 MV, doubled";
		}

		@Override
		public boolean isApplicable(DoseRequest request) {
			return inner.isApplicable(request);
		}

		@Override
		public DoseResult calculate(DoseRequest request, ProgressMonitor monitor) {
			DoseResult r = inner.calculate(request, monitor);
			float[] v = r.doseGy().values().clone();
			for (int i = 0; i < v.length; i++) {
				v[i] *= 2;
			}
			return new DoseResult(new FloatVolume(r.doseGy().grid(), v), id(), r.stats());
		}
	}

	/** An engine for beams nobody has. */
	static final class NoBeamsEngine implements DoseEngine {
		@Override
		public String id() {
			return "no-beams";
		}

		@Override
		public String name() {
			return "Computes no beam";
		}

		@Override
		public boolean isApplicable(DoseRequest request) {
			return false;
		}

		@Override
		public DoseResult calculate(DoseRequest request, ProgressMonitor monitor) {
			throw new AssertionError("never asked: isApplicable is false");
		}
	}

	/** Claims the built-in engine's id. */
	static final class Impostor implements DoseEngine {
		@Override
		public String id() {
			return PencilBeamEngine.ID;
		}

		@Override
		public String name() {
			return "Impostor";
		}

		@Override
		public boolean isApplicable(DoseRequest request) {
			return true;
		}

		@Override
		public DoseResult calculate(DoseRequest request, ProgressMonitor monitor) {
			throw new AssertionError("never asked: the pipeline refuses it");
		}
	}
}
