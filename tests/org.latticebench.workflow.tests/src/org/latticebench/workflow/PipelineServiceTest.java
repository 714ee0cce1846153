package org.latticebench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.RegimenLibrary;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The pipeline as the DS service the CLI and the workbench look up, wired to the registered generators. */
class PipelineServiceTest {

	@Test
	void declarativeServicesPublishThePipelineWithTheRegisteredGenerators() {
		BundleContext bc = FrameworkUtil.getBundle(PlanPipeline.class).getBundleContext();
		assertNotNull(bc, "the workflow bundle must be started");
		ServiceReference<PlanPipeline> ref = bc.getServiceReference(PlanPipeline.class);
		assertNotNull(ref, "felix.scr registers the PlanPipeline component");
		PlanPipeline pipeline = bc.getService(ref);
		try {
			var study = LiverPhantom.build(PhantomParameters.defaults().withSpacingMm(5.0), ProgressMonitor.NULL);
			var design = pipeline.generate(study, PlanRequest.of(RegimenLibrary.builtIn().require("lattice-sfrt")),
					WorkflowSettings.defaults(), ProgressMonitor.NULL);
			// the lattice generator service made it: spheres and the PTV_peak structure
			assertEquals("lattice", design.generatorId());
			assertTrue(design.structure("PTV_peak").isPresent());
		} finally {
			bc.ungetService(ref);
		}
	}
}
