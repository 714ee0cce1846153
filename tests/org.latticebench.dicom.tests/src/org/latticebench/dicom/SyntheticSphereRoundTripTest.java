package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.dicom.internal.DicomObject;
import org.latticebench.dicom.internal.Tags;
import org.latticebench.geometry.ContourRasterizer;
import org.latticebench.testing.Asserts;
import org.latticebench.testing.SharedData;

/** synthetic-sphere: import, export, re-import, and the same structures, volumes, doses and grids. */
class SyntheticSphereRoundTripTest {

	@TempDir
	static Path tmp;
	static ImportedStudy original;
	static ExportResult result;
	static ImportedStudy back;

	@BeforeAll
	static void roundTrip() {
		original = DicomImporter.importFolder(SharedData.path("synthetic-sphere"), ProgressMonitor.NULL);
		result = DicomExporter.export(ExportRequest.ofImported(original), tmp.resolve("out"), ProgressMonitor.NULL);
		back = DicomImporter.importFolder(tmp.resolve("out"), ProgressMonitor.NULL);
	}

	@Test
	void structureNamesAndContoursComeBackUnchanged() {
		// RS_synthetic.dcm: Sphere, Box, BODY
		assertEquals(List.of("Sphere", "Box", "BODY"), back.study().structures().stream().map(StructureSnapshot::name).toList());
		for (int n = 0; n < 3; n++) {
			StructureSnapshot a = original.study().structures().get(n), b = back.study().structures().get(n);
			assertEquals(a.role(), b.role(), a.name());
			assertEquals(a.colorRgb(), b.colorRgb(), a.name());
			// DecimalStrings writes the shortest decimal of each double, so the points read back exactly
			// (-0.0 in the source is written as 0, equal in value)
			PhantomExportTest.assertContoursEqual(a.contours(), b.contours(), 0.0, a.name());
		}
	}

	@Test
	void contourVolumesOnTheCtGridAreTheSame() {
		Grid3 ct = back.study().ctHu().grid();
		for (int n = 0; n < 3; n++) {
			StructureSnapshot a = original.study().structures().get(n), b = back.study().structures().get(n);
			double before = ContourRasterizer.toMask(a.contours(), original.study().ctHu().grid()).volumeCc();
			double after = ContourRasterizer.toMask(b.contours(), ct).volumeCc();
			// identical contours on an identical grid: equal up to floating-point summation order, 1e-9 relative
			Asserts.assertVolumeEquals(before, after, 1e-9, a.name());
		}
		// expected.json Sphere "slab" volume 112.97167182308897 cc; the 360-gon's area is 5e-5 relative
		// below the circle (expected.json description), so 1e-4 relative holds
		double sphereCc = ContourRasterizer.toMask(back.study().structures().get(0).contours(), ct).volumeCc();
		Asserts.assertVolumeEquals(112.97167182308897, sphereCc, 1e-4, "Sphere after the round trip");
	}

	@Test
	void ctIsCopiedWithItsUidsAndGrid() {
		assertTrue(result.ctCopied());
		assertEquals(original.studyInstanceUid(), back.studyInstanceUid());
		assertEquals(original.frameOfReferenceUid(), back.frameOfReferenceUid());
		assertEquals(original.ct().seriesInstanceUid(), back.ct().seriesInstanceUid());
		assertTrue(back.study().ctHu().grid().sameGeometry(original.study().ctHu().grid()));
		assertArrayEquals(original.study().ctHu().values(), back.study().ctHu().values());
		for (int k = 0; k < original.ct().files().size(); k++) {
			assertEquals(DicomObject.read(original.ct().files().get(k), false).requiredString(Tags.SOP_INSTANCE_UID),
					DicomObject.read(back.ct().files().get(k), false).requiredString(Tags.SOP_INSTANCE_UID), "slice " + k);
		}
		PhantomExportTest.assertStructureSetReferencesEveryCtSlice(result.structureSet(), result.ctFiles(),
				back.study().ctHu().grid());
	}

	@Test
	void sixteenBitDoseIsWithinHalfADoseGridScalingOnTheSameGrid() {
		ImportedDose source = original.doses().get(0);
		ImportedDose d16 = dose(DoseEncoding.UINT16);
		// expected.json: D = 50 + 0.5 Gy/mm * x on x = -109..109 mm, so the maximum is 104.5 Gy and
		// the 16-bit step 104.5 / 65535 Gy
		assertEquals(104.5 / 65535, d16.doseGridScaling(), 104.5 / 65535 * 1e-6);
		PhantomExportTest.assertDoseWithin(source.dose(), d16.dose(), d16.doseGridScaling() / 2 + Math.ulp(104.5f));
	}

	@Test
	void thirtyTwoBitDoseIsExactToFloatPrecision() {
		ImportedDose source = original.doses().get(0);
		// the 32-bit step 104.5 / 4294967295 Gy is below one float ulp at the 104.5 Gy maximum
		PhantomExportTest.assertDoseWithin(source.dose(), dose(DoseEncoding.UINT32).dose(), Math.ulp(104.5f));
	}

	@Test
	void dosesReferenceAPlanThatReferencesTheStructureSet() {
		// synthetic-sphere has no RTPLAN: the export writes one without beams for the doses to reference
		assertEquals(1, back.plans().size());
		ImportedPlan plan = back.plans().get(0);
		assertTrue(plan.beams().isEmpty());
		assertEquals(result.structureSetUid(), plan.referencedStructureSetUid().orElseThrow());
		assertEquals(2, back.doses().size());
		for (ImportedDose d : back.doses()) {
			assertEquals(plan.sopInstanceUid(), d.referencedPlanUid().orElseThrow());
		}
		assertTrue(result.warnings().stream().anyMatch(w -> w.contains("plan without beams")), result.warnings().toString());
	}

	private static ImportedDose dose(DoseEncoding encoding) {
		String name = result.doses().stream().filter(d -> d.encoding() == encoding).findFirst().orElseThrow().file().getFileName()
				.toString();
		return back.doses().stream().filter(d -> d.source().getFileName().toString().equals(name)).findFirst().orElseThrow();
	}
}
