package org.latticebench.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dose.DoseEngine;
import org.latticebench.dose.DoseRequest;
import org.latticebench.dose.DoseResult;
import org.latticebench.dose.FluenceMap;
import org.latticebench.evaluation.ConstraintEvaluator;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.latticebench.evaluation.ConstraintSetRegistry;
import org.latticebench.evaluation.ConstraintStatus;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.MetricRegistry;
import org.latticebench.evaluation.PlanComparison;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.evaluation.PlanMetric;
import org.latticebench.evaluation.StructureAliases;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.planning.TargetRole;
import org.osgi.framework.ServiceRegistration;

/**
 * The three example plug-ins installed next to the runtime: found as services, used by the
 * comparison and the constraint check, listed by {@code info}; a duplicate id is an error naming
 * both bundles; without them the runtime works as before.
 */
class ExamplePluginsTest {

	private static final String METRIC_ID = "Vpeak95";
	private static final String CONSTRAINT_SET_ID = "example-liver-sbrt-5fx";
	private static final String ENGINE_ID = "uniform-teaching";
	/** Structures the checks below look at: the spheres and the organs of the example CSV. */
	private static final Set<String> EVALUATED = Set.of("PTV_peak", "SpinalCord", "GreatVessels", "Aorta", "IVC",
			"Stomach", "Duodenum", "Colon", "Liver");

	private static StudySnapshot study;
	private static PlanDesign design;
	private static double peakRxGy;

	@BeforeAll
	static void planTheLatticeOnThePhantom() throws Exception {
		Runtime.startExamples();
		// 4 mm keeps the phantom small (88 x 62 x 62 voxels); the checks below do not depend on it
		study = LiverPhantom.build(PhantomParameters.defaults().withSpacingMm(4), ProgressMonitor.NULL);
		PlanGenerator lattice = Runtime.service(PlanGenerator.class, "(id=" + RegimenLibrary.LATTICE + ")");
		var regimen = RegimenLibrary.builtIn().require("lattice-sfrt");
		design = lattice.generate(study, regimen, lattice.defaultSettings(), ProgressMonitor.NULL);
		peakRxGy = design.prescriptions().stream().filter(p -> p.role() == TargetRole.SPHERES).findFirst().orElseThrow()
				.totalDoseGy();
	}

	@BeforeEach
	@AfterEach
	void examplesInstalled() throws Exception {
		Runtime.startExamples();
	}

	/** The example engine's dose with every beam's open field at {@code doseGy / beams}: D = doseGy. */
	private static FloatVolume uniformDose(double doseGy) {
		DoseEngine engine = Runtime.service(DoseEngine.class, "(id=" + ENGINE_ID + ")");
		int beams = design.beams().size();
		List<FluenceMap> fluences = design.beams().stream()
				.map(b -> FluenceMap.openField(100, 100, 10, (float) (doseGy / beams))).toList();
		// no body mask: every voxel gets the dose, so no structure sees a dose edge
		DoseRequest request = DoseRequest.of(study.ctHu(), study.ctHu().grid(), design.beams(), fluences).withThreads(1);
		DoseResult result = engine.calculate(request, ProgressMonitor.NULL);
		assertEquals(ENGINE_ID, result.engineId());
		return result.doseGy();
	}

	private static PlanEvaluation evaluate(String planName, FloatVolume dose) {
		// the study's organs and the generator's targets (PTV_peak); a generated structure wins a name clash
		Map<String, StructureSnapshot> byName = new java.util.LinkedHashMap<>();
		study.structures().forEach(s -> byName.put(s.name(), s));
		design.structures().forEach(s -> byName.put(s.name(), s));
		List<StructureSnapshot> structures = byName.values().stream().filter(s -> EVALUATED.contains(s.name())).toList();
		return PlanEvaluation.compute(planName, dose, structures, Map.of("PTV_peak", peakRxGy), DvhSettings.DEFAULT,
				ProgressMonitor.NULL);
	}

	@Test
	void exampleEngineDosesThePhantomUniformly() {
		FloatVolume dose = uniformDose(peakRxGy);
		assertEquals(66.7, peakRxGy, 1e-9, "peak Rx of lattice-sfrt, DOMAIN.md [001]");
		// closed form of the teaching engine: sum over beams of (Rx / beams) = Rx in every voxel
		double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
		for (float d : dose.values()) {
			min = Math.min(min, d);
			max = Math.max(max, d);
		}
		assertEquals(min, max, 0, "one dose everywhere");
		assertEquals(66.7, max, 1e-4, "float rounding only");
		assertEquals(study.ctHu().grid(), dose.grid());
	}

	@Test
	void exampleMetricAppearsInTheComparisonTable() {
		PlanEvaluation atPeak = evaluate("uniform-peak", uniformDose(peakRxGy));
		PlanEvaluation at31 = evaluate("uniform-31Gy", uniformDose(31));
		MetricRegistry metrics = Runtime.service(MetricRegistry.class, null);
		PlanComparison.Table table = PlanComparison.compare(List.of(atPeak, at31), 0,
				List.of(new PlanComparison.Request("PTV_peak", METRIC_ID), new PlanComparison.Request("PTV_peak", "Dmean")),
				metrics);
		PlanComparison.Row coverage = table.rows().get(0);
		assertEquals(METRIC_ID, coverage.metricId());
		assertEquals("%", coverage.unit());
		// closed form: 66.7 Gy >= 0.95 x 66.7 everywhere -> 100 %; 31 Gy < 63.365 Gy everywhere -> 0 %
		assertEquals(100.0, coverage.values().get(0).getAsDouble(), 1e-9);
		assertEquals(0.0, coverage.values().get(1).getAsDouble(), 1e-9);
		assertEquals(-100.0, coverage.deltasToReference().get(1).getAsDouble(), 1e-9);
		// a built-in metric in the same table: uniform doses have exactly that mean (float rounding only)
		assertEquals(66.7, table.rows().get(1).values().get(0).getAsDouble(), 1e-4);
		assertEquals(31.0, table.rows().get(1).values().get(1).getAsDouble(), 1e-4);
	}

	@Test
	void exampleConstraintSetIsEvaluatedFromItsCsv() {
		ConstraintSetProvider set = Runtime.service(ConstraintSetRegistry.class, null).find(CONSTRAINT_SET_ID)
				.orElseThrow(() -> new AssertionError("constraint set " + CONSTRAINT_SET_ID + " not registered"));
		List<ConstraintResult> results = ConstraintEvaluator.evaluate(evaluate("uniform-31Gy", uniformDose(31)),
				set.constraints(), StructureAliases.none());
		Map<String, String> byRow = results.stream().collect(Collectors.toMap(
				r -> r.structure().orElse("?") + " " + r.constraint().metric(),
				r -> r.status() + " " + Math.round(r.value().orElse(Double.NaN) * 1000) / 1000.0, (a, b) -> a + " | " + b));
		// closed forms for 31 Gy in every voxel against the CSV rows ([001] Table 1, [003]):
		assertEquals(Map.of( //
				"SpinalCord Dmax", "FAIL 31.0", // 31 > 30
				"GreatVessels Dmax", "PASS 31.0", "Aorta Dmax", "PASS 31.0", "IVC Dmax", "PASS 31.0", // <= 53
				"Stomach Dmax", "PASS 31.0", "Duodenum Dmax", "PASS 31.0", // <= 32
				"Colon Dmax", "PASS 31.0", // <= 38
				"Liver Vbelow21Gy_cc", "FAIL 0.0", // no liver below 21 Gy, not > 700 cc
				"Liver Dmean", "FAIL 31.0"), // 31 > 24
				byRow);
		assertEquals(9, results.size());
		assertEquals(3, results.stream().filter(r -> r.status() == ConstraintStatus.FAIL).count());
	}

	@Test
	void infoListsTheExamplesWithIdNameAndDescription() throws Exception {
		Runtime.CommandOutput info = Runtime.run("info");
		assertEquals(0, info.exitCode(), info.err());
		String out = info.out();
		assertTrue(out.contains("    Vpeak95  V(peak) coverage  [org.latticebench.examples.metric]\n"
				+ "        Percentage of the structure volume receiving at least 95 % of its prescription"), out);
		assertTrue(out.contains("    example-liver-sbrt-5fx  Example institution liver SBRT, 5 fx (CSV)  [org.latticebench.examples.constraints]"), out);
		assertTrue(out.contains("    uniform-teaching  Uniform prescription dose (teaching)  [org.latticebench.examples.engine]"), out);
		assertTrue(out.contains("  Dose engines (2):"), "pencil beam and the example: " + out);
		assertFalse(out.contains("PencilBeamEngine") || out.contains("MetricRegistry") || out.contains("CommandLine"),
				"implementation-detail groups are hidden: " + out);
	}

	@Test
	void aSecondMetricWithTheSameIdIsAnErrorNamingBothBundles() throws Exception {
		Dictionary<String, Object> props = new Hashtable<>();
		props.put("id", METRIC_ID);
		props.put("name", "Impostor");
		ServiceRegistration<PlanMetric> impostor = Runtime.context().registerService(PlanMetric.class, new Impostor(), props);
		try {
			MetricRegistry registry = Runtime.service(MetricRegistry.class, null);
			List<String> conflicts = registry.conflicts();
			assertEquals(1, conflicts.size(), "conflicts: " + conflicts);
			String message = conflicts.get(0);
			assertTrue(message.startsWith("plan metric id 'Vpeak95' is provided twice: by "), message);
			assertTrue(message.contains("org.latticebench.examples.metric.PeakCoverageMetric")
					&& message.contains("in bundle org.latticebench.examples.metric "), "names the first provider: " + message);
			assertTrue(message.contains(Impostor.class.getName() + " in bundle org.latticebench.sdk.tests "),
					"names the second provider: " + message);
			assertEquals("org.latticebench.examples.metric.PeakCoverageMetric",
					registry.find(METRIC_ID).orElseThrow().getClass().getName(), "the first provider keeps the id");

			Runtime.CommandOutput info = Runtime.run("info");
			assertEquals(1, info.exitCode(), "info fails while two metrics share an id");
			assertTrue(info.err().contains("latticebench info: error: Metrics: id 'Vpeak95' is provided 2 times: by ")
					&& info.err().contains("in bundle org.latticebench.examples.metric ")
					&& info.err().contains("in bundle org.latticebench.sdk.tests "), info.err());
		} finally {
			impostor.unregister();
		}
		assertEquals(List.of(), Runtime.service(MetricRegistry.class, null).conflicts(), "gone with the impostor");
		assertEquals(0, Runtime.run("info").exitCode());
	}

	@Test
	void withoutTheExamplesTheRuntimeStillWorks() throws Exception {
		Runtime.stopExamples();
		MetricRegistry metrics = Runtime.service(MetricRegistry.class, null);
		assertTrue(metrics.find(METRIC_ID).isEmpty(), "the example metric left with its bundle");
		assertTrue(Runtime.service(ConstraintSetRegistry.class, null).find(CONSTRAINT_SET_ID).isEmpty());
		assertTrue(Runtime.findNow(DoseEngine.class, "(id=" + ENGINE_ID + ")").isEmpty());
		// the built-in engine, metrics and constraint sets are all still there
		assertEquals("Pencil beam 6 MV", Runtime.service(DoseEngine.class, "(id=pencil-beam-6mv)").name());
		float[] values = new float[study.ctHu().grid().voxelCount()];
		java.util.Arrays.fill(values, 31f);
		PlanEvaluation plan = evaluate("uniform-31Gy", new FloatVolume(study.ctHu().grid(), values));
		PlanComparison.Table table = PlanComparison.compare(List.of(plan), 0,
				List.of(new PlanComparison.Request("PTV_peak", "Dmean")), metrics);
		assertEquals(31.0, table.rows().get(0).values().get(0).getAsDouble(), 1e-4, "uniform 31 Gy has that mean");
		InvalidInputException gone = assertThrows(InvalidInputException.class, () -> PlanComparison.compare(List.of(plan), 0,
				List.of(new PlanComparison.Request("PTV_peak", METRIC_ID)), metrics));
		assertTrue(gone.getMessage().contains(METRIC_ID), "a clear error naming the missing metric: " + gone.getMessage());
		Runtime.CommandOutput info = Runtime.run("info");
		assertEquals(0, info.exitCode(), info.err());
		assertFalse(info.out().contains("org.latticebench.examples"), info.out());
		assertTrue(info.out().contains("tg101-5fx") && info.out().contains("pencil-beam-6mv"), info.out());
	}

	/** A metric that (wrongly) claims the example's id. */
	static final class Impostor implements PlanMetric {
		@Override
		public String id() {
			return METRIC_ID;
		}

		@Override
		public String unit() {
			return "%";
		}

		@Override
		public String definition() {
			return "not the example";
		}

		@Override
		public double evaluate(MetricInput input) {
			return 0;
		}
	}
}
