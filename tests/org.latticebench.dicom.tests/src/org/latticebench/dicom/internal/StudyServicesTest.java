package org.latticebench.dicom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.model.Structure;
import org.latticebench.model.Study;
import org.latticebench.model.io.StudyExporter;
import org.latticebench.model.io.StudyImporter;
import org.latticebench.model.snapshot.Snapshots;
import org.latticebench.testing.SharedData;
import org.osgi.framework.FrameworkUtil;

/** The DICOM-RT StudyImporter/StudyExporter services: model in, model out. */
class StudyServicesTest {

	@TempDir
	Path tmp;

	@Test
	void bothServicesAreRegisteredWithTheirIds() throws Exception {
		var bc = FrameworkUtil.getBundle(DicomStudyImporter.class).getBundleContext();
		var importers = bc.getServiceReferences(StudyImporter.class, "(id=dicom-rt)");
		var exporters = bc.getServiceReferences(StudyExporter.class, "(id=dicom-rt)");
		assertEquals(1, importers.size(), "one DICOM-RT importer service");
		assertEquals(1, exporters.size(), "one DICOM-RT exporter service");
	}

	@Test
	void syntheticSphereImportsWithMasksAndADosePlanAndRoundTripsThroughTheExporter() {
		Path dir = SharedData.path("synthetic-sphere");
		DicomStudyImporter importer = new DicomStudyImporter();
		assertTrue(importer.canImport(dir));
		assertFalse(importer.canImport(tmp));
		Study study = importer.importStudy(dir, ProgressMonitor.NULL);
		List<String> names = study.getStructures().stream().map(Structure::getName).toList();
		assertEquals(List.of("Sphere", "Box", "BODY"), names);
		var sphere = Snapshots.toSnapshot(study).structure("Sphere").orElseThrow();
		// expected.json Sphere "slab" volume (contours extruded +-1 mm): 112.972 cc
		assertVolumeEquals(112.97167182308897, sphere.mask().orElseThrow().volumeCc(), 0.005, "Sphere mask");
		assertEquals(1, study.getPlans().size(), "the RTDOSE becomes one plan");

		Path out = tmp.resolve("export");
		List<Path> files = new DicomStudyExporter().export(study, out, ProgressMonitor.NULL);
		// 41 CT slices (data README) + RTSTRUCT + RTDOSE 16 and 32 bit + the RTPLAN a dose must reference
		assertTrue(files.size() >= 44, "files written: " + files.size());
		Study again = importer.importStudy(out, ProgressMonitor.NULL);
		var sphereAgain = Snapshots.toSnapshot(again).structure("Sphere").orElseThrow();
		assertVolumeEquals(sphere.mask().get().volumeCc(), sphereAgain.mask().orElseThrow().volumeCc(), 1e-6,
				"Sphere after export and re-import");
	}
}
