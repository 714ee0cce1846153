package org.latticebench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dose.DoseEngine;
import org.latticebench.evaluation.DuplicateServiceIdException;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.planning.Regimen;
import org.latticebench.planning.RegimenLibrary;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/** The pipeline as the DS service the CLI and the workbench look up, wired to the registered generators and engines. */
class PipelineServiceTest {

	private static final BundleContext BC = FrameworkUtil.getBundle(PlanPipeline.class).getBundleContext();

	/** Runs {@code body} with the registered pipeline service. */
	private static <T> T withPipeline(Function<PlanPipeline, T> body) {
		assertNotNull(BC, "the workflow bundle must be started");
		ServiceReference<PlanPipeline> ref = BC.getServiceReference(PlanPipeline.class);
		assertNotNull(ref, "felix.scr registers the PlanPipeline component");
		try {
			return body.apply(BC.getService(ref));
		} finally {
			BC.ungetService(ref);
		}
	}

	private static StudySnapshot phantom() {
		return LiverPhantom.build(PhantomParameters.defaults().withSpacingMm(5.0), ProgressMonitor.NULL);
	}

	private static Dictionary<String, Object> idProperties(String id) {
		Dictionary<String, Object> props = new Hashtable<>();
		props.put("id", id);
		props.put("name", "Impostor");
		return props;
	}

	@Test
	void declarativeServicesPublishThePipelineWithTheRegisteredGenerators() {
		StudySnapshot study = phantom();
		PlanDesign design = withPipeline(p -> p.generate(study,
				PlanRequest.of(RegimenLibrary.builtIn().require("lattice-sfrt")), WorkflowSettings.defaults(),
				ProgressMonitor.NULL));
		// the lattice generator service made it: spheres and the PTV_peak structure
		assertEquals("lattice", design.generatorId());
		assertTrue(design.structure("PTV_peak").isPresent());
	}

	@Test
	void theServiceKnowsTheRegisteredEnginesAndRefusesAnUnknownOneListingThem() {
		StudySnapshot study = phantom();
		List<String> tasks = new ArrayList<>();
		var e = assertThrows(InvalidInputException.class, () -> withPipeline(p -> p.run(study,
				PlanRequest.of(RegimenLibrary.builtIn().require("sbrt-50-5")), WorkflowSettings.defaults().withEngine("mc"),
				recording(tasks))));
		// the workflow tests' runtime has the built-in engine only (the examples are the SDK tests' business)
		assertEquals("workflow settings: engineId: no dose engine 'mc'; known: pencil-beam-6mv", e.getMessage());
		assertEquals(List.of(), tasks, "refused before any stage began");
	}

	@Test
	void aSecondEngineWithTheBuiltInIdMakesRunsFailNamingBothProviders() {
		StudySnapshot study = phantom();
		ServiceRegistration<DoseEngine> impostor = BC.registerService(DoseEngine.class, new EngineChoiceTest.Impostor(),
				idProperties("pencil-beam-6mv"));
		List<String> tasks = new ArrayList<>();
		try {
			var e = assertThrows(DuplicateServiceIdException.class, () -> withPipeline(p -> p.run(study,
					PlanRequest.of(RegimenLibrary.builtIn().require("sbrt-50-5")), WorkflowSettings.defaults(),
					recording(tasks))));
			String m = e.getMessage();
			assertTrue(m.startsWith("dose engine id 'pencil-beam-6mv' is provided twice: by "), m);
			assertTrue(m.contains("org.latticebench.dose.PencilBeamEngine in bundle org.latticebench.dose "),
					"names the built-in provider: " + m);
			assertTrue(m.contains(EngineChoiceTest.Impostor.class.getName() + " in bundle org.latticebench.workflow "),
					"names the second provider (this fragment's host): " + m);
			assertTrue(m.endsWith("; remove or rename one of them"), m);
			assertEquals(List.of(), tasks, "refused before any stage began");
		} finally {
			impostor.unregister();
		}
		PlanDesign design = withPipeline(p -> p.generate(study, PlanRequest.of(RegimenLibrary.builtIn().require("sbrt-50-5")),
				WorkflowSettings.defaults(), ProgressMonitor.NULL));
		assertEquals("homogeneous", design.generatorId(), "works again once the impostor is gone");
	}

	@Test
	void aSecondGeneratorWithABuiltInIdMakesRunsFailNamingBothProviders() {
		StudySnapshot study = phantom();
		ServiceRegistration<PlanGenerator> impostor = BC.registerService(PlanGenerator.class, new GeneratorImpostor(),
				idProperties("homogeneous"));
		try {
			var e = assertThrows(DuplicateServiceIdException.class, () -> withPipeline(p -> p.generate(study,
					PlanRequest.of(RegimenLibrary.builtIn().require("sbrt-50-5")), WorkflowSettings.defaults(),
					ProgressMonitor.NULL)));
			String m = e.getMessage();
			assertTrue(m.startsWith("plan generator id 'homogeneous' is provided twice: by "), m);
			assertTrue(m.contains("org.latticebench.planning.internal.HomogeneousGenerator")
					&& m.contains("in bundle org.latticebench.planning "), "names the built-in provider: " + m);
			assertTrue(m.contains(GeneratorImpostor.class.getName() + " in bundle org.latticebench.workflow "),
					"names the second provider: " + m);
		} finally {
			impostor.unregister();
		}
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

	/** Claims the homogeneous generator's id. */
	static final class GeneratorImpostor implements PlanGenerator {
		record NoSettings() {
		}

		@Override
		public String id() {
			return "homogeneous";
		}

		@Override
		public String name() {
			return "Impostor";
		}

		@Override
		public Class<? extends Record> settingsType() {
			return NoSettings.class;
		}

		@Override
		public Record defaultSettings() {
			return new NoSettings();
		}

		@Override
		public PlanDesign generate(StudySnapshot study, Regimen regimen, Record settings, ProgressMonitor monitor) {
			throw new AssertionError("never asked: the pipeline refuses it");
		}
	}
}
