package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.model.io.ImportResult;
import org.latticebench.model.io.StudyImporter;
import org.latticebench.model.Structure;
import org.osgi.framework.FrameworkUtil;

/**
 * Repairs made on import reach the caller through the {@link StudyImporter} service, the path the
 * CLI's {@code --study} and the workbench take: before, {@code DicomStudyImporter} dropped them.
 */
class ImportWarningsTest {

	@TempDir
	Path root;

	@Test
	void contourRepairReachesTheCallerOfTheImporterService() throws Exception {
		Path base = HostileDicomCorpus.exportBase(root);
		HostileDicomCorpus.Case twoPoints = HostileDicomCorpus.shortContour(root, base, 2);

		ImportResult result = dicomImporterService().importWithWarnings(twoPoints.folder(), ProgressMonitor.NULL);

		// the RTSTRUCT reader's message for the corpus's 2-point contour (docs/HARDENING.md, "contour of 2 point(s)")
		assertEquals(List.of("RS.dcm: ROI 1 (Box): 1 contour(s) that are not CLOSED_PLANAR polygons of 3 or more points were skipped"),
				result.warnings());
		// the other contours stand: both ROIs of HostileDicomCorpus.baseStudy are there
		assertEquals(List.of("Box", "Ring"), result.study().getStructures().stream().map(Structure::getName).toList());
	}

	@Test
	void consistentStudyHasNoWarnings() throws Exception {
		Path base = HostileDicomCorpus.exportBase(root);

		ImportResult result = dicomImporterService().importWithWarnings(base, ProgressMonitor.NULL);

		assertEquals(List.of(), result.warnings());
		assertEquals(1, result.study().getPlans().size(), "the RTDOSE in Gy became one plan");
	}

	private static StudyImporter dicomImporterService() throws Exception {
		var bc = FrameworkUtil.getBundle(DicomImporter.class).getBundleContext();
		var refs = bc.getServiceReferences(StudyImporter.class, "(id=dicom-rt)");
		assertEquals(1, refs.size(), "one DICOM-RT importer service");
		return bc.getService(refs.iterator().next());
	}
}
