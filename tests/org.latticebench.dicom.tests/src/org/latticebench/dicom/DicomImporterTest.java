package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.testing.Asserts;
import org.latticebench.testing.SharedData;

class DicomImporterTest {

	@Test
	void syntheticSphereImportsAsOneStudyWithCtStructuresAndDose() {
		ImportedStudy imported = DicomImporter.importFolder(SharedData.path("synthetic-sphere"), ProgressMonitor.NULL);
		StudySnapshot study = imported.study();
		Grid3 ct = study.ctHu().grid();
		// expected.json: CT 128 x 128 x 41 at 2 mm
		assertEquals(128, ct.nx());
		assertEquals(41, ct.nz());
		// RS_synthetic.dcm: Sphere, Box, BODY
		assertEquals(List.of("Sphere", "Box", "BODY"), study.structures().stream().map(StructureSnapshot::name).toList());
		for (StructureSnapshot s : study.structures()) {
			assertTrue(s.mask().isEmpty(), "masks are made later by the geometry engine");
			assertTrue(!s.contours().isEmpty());
		}
		assertEquals(1, imported.doses().size());
		FloatVolume dose = imported.doses().get(0).dose();
		// expected.json dose_function: D = 50 + 0.5 Gy/mm * x; at the CT origin x = -127 mm lies outside the dose
		// grid, so sample at x = 1 mm (dose voxel i = 55, x = -109 + 2 * 55)
		Asserts.assertDoseEquals(50.5, dose.get(55, 10, 20), 1e-5, "x = 1 mm");
		// the three CSV/JSON files of the folder are reported, not imported
		assertEquals(3, imported.warnings().stream().filter(w -> w.startsWith("ignored")).count());
	}

	@Test
	void mismatchedFrameOfReferenceFailsTheWholeImportNamingTheFile(@TempDir Path tmp) throws IOException {
		DicomEdit.copyAll(CtSeriesReaderTest.sphereSlices(), tmp);
		DicomEdit.copyWith(SharedData.path("synthetic-sphere/RD_synthetic.dcm"), tmp.resolve("RD_other.dcm"),
				list -> DicomEdit.setUid(list, 0x0020, 0x0052, "1.2.3.4.5"));
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> DicomImporter.importFolder(tmp, ProgressMonitor.NULL));
		assertTrue(e.source().orElseThrow().endsWith("RD_other.dcm"), e.getMessage());
		assertEquals("(0020,0052) FrameOfReferenceUID", e.attribute().orElseThrow());
		assertTrue(e.getMessage().contains("1.2.3.4.5"), e.getMessage());
	}

	@Test
	void damagedFileInTheFolderFailsTheImport(@TempDir Path tmp) throws IOException {
		List<Path> slices = CtSeriesReaderTest.sphereSlices();
		DicomEdit.copyAll(slices, tmp);
		byte[] bytes = java.nio.file.Files.readAllBytes(slices.get(3));
		java.nio.file.Files.write(tmp.resolve("CT_004.dcm"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> DicomImporter.importFolder(tmp, ProgressMonitor.NULL));
		assertTrue(e.source().orElseThrow().endsWith("CT_004.dcm"), e.getMessage());
	}

	@Test
	void folderWithoutCtIsRefused(@TempDir Path tmp) throws IOException {
		DicomEdit.copyAll(List.of(SharedData.path("synthetic-sphere/RS_synthetic.dcm")), tmp);
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> DicomImporter.importFolder(tmp, ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("no CT series"), e.getMessage());
	}

	@Test
	void breastFolderImportsStructuresDoseAndPlan() {
		ImportedStudy imported = DicomImporter.importFolder(SharedData.path("dicompyler-breast"), ProgressMonitor.NULL);
		// shared/data/README.md: 10 ROIs, one CT slice (512 x 512, 1.074 mm), its RTPLAN, the analytic RTDOSE
		assertEquals(10, imported.study().structures().size());
		assertEquals(512, imported.study().ctHu().grid().nx());
		assertEquals(1, imported.study().ctHu().grid().nz());
		assertEquals(1, imported.doses().size());
		assertEquals(1, imported.plans().size());
	}
}
