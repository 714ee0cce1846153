package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.dicom.internal.DicomObject;
import org.latticebench.dicom.internal.DicomTag;
import org.latticebench.dicom.internal.Tags;
import org.latticebench.geometry.ContourRasterizer;
import org.latticebench.geometry.MaskContours;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.testing.Asserts;

/** The phantom (a study with no DICOM behind it) exported and read back with {@link DicomImporter}. */
class PhantomExportTest {

	static final DicomTag RT_REFERENCED_STUDY_SEQUENCE = new DicomTag(0x3006, 0x0012, "RTReferencedStudySequence");
	static final DicomTag RT_REFERENCED_SERIES_SEQUENCE = new DicomTag(0x3006, 0x0014, "RTReferencedSeriesSequence");
	static final DicomTag CONTOUR_IMAGE_SEQUENCE = new DicomTag(0x3006, 0x0016, "ContourImageSequence");

	@TempDir
	static Path tmp;
	static PhantomExportFixture exported;
	static ImportedStudy reimported;

	@BeforeAll
	static void exportAndReimport() {
		exported = PhantomExportFixture.export(tmp.resolve("phantom"));
		reimported = DicomImporter.importFolder(tmp.resolve("phantom"), ProgressMonitor.NULL);
	}

	@Test
	void ctComesBackOnTheSameGridWithinTheRescaleStep() {
		Grid3 original = exported.study().ctHu().grid();
		assertTrue(reimported.study().ctHu().grid().sameGeometry(original), reimported.study().ctHu().grid() + " vs " + original);
		// LiverPhantom.grid: a 350 x 250 x 250 mm field of view at 4 mm is round(87.5) x round(62.5) x round(62.5)
		// = 88 x 63 x 63 voxels
		assertEquals(88, original.nx());
		assertEquals(63, original.nz());
		assertEquals(63, exported.result().ctFiles().size());
		float[] a = exported.study().ctHu().values(), b = reimported.study().ctHu().values();
		for (int n = 0; n < a.length; n++) {
			// HU fit 16 bits, so CtSeriesWriter stores whole HU (slope 1): off by at most half a HU
			if (Math.abs(a[n] - b[n]) > 0.5 + 1e-3) {
				throw new AssertionError("voxel " + n + ": " + a[n] + " HU written, " + b[n] + " HU read");
			}
		}
	}

	@Test
	void structuresKeepNamesRolesAndColours() {
		List<StructureSnapshot> back = reimported.study().structures();
		// every phantom structure, in order (LiverPhantom.STRUCTURE_NAMES)
		assertEquals(LiverPhantom.STRUCTURE_NAMES, back.stream().map(StructureSnapshot::name).toList());
		for (int n = 0; n < back.size(); n++) {
			StructureSnapshot original = exported.study().structures().get(n);
			assertEquals(original.role(), back.get(n).role(), original.name());
			assertEquals(original.colorRgb(), back.get(n).colorRgb(), original.name());
		}
	}

	@Test
	void masksAreWrittenAsTheirHalfFractionContoursExactly() {
		for (int n = 0; n < exported.study().structures().size(); n++) {
			StructureSnapshot original = exported.study().structures().get(n);
			List<PlanarContour> traced = MaskContours.toContours(original.mask().orElseThrow(), 0.5);
			assertContoursEqual(traced, reimported.study().structures().get(n).contours(), 1e-9, original.name());
		}
	}

	@Test
	void contourVolumesMatchTheMaskVolumesWithinFivePercent() {
		Grid3 grid = reimported.study().ctHu().grid();
		int checked = 0;
		for (int n = 0; n < exported.study().structures().size(); n++) {
			StructureSnapshot original = exported.study().structures().get(n);
			double maskCc = original.mask().orElseThrow().volumeCc();
			// Tracing at fraction 0.5 with linear interpolation cuts convex corners, which loses
			// about (4 mm)^2 / 5R of radius for a surface of curvature radius R. Above 80 cc (the
			// phantom's organs and tumour) that stays under 5 %; the thin spinal cord (R ~ 5 mm, 2.5
			// voxels across) loses more and is checked by the exact contour test above.
			if (maskCc < 80) {
				continue;
			}
			double contourCc = ContourRasterizer.toMask(reimported.study().structures().get(n).contours(), grid).volumeCc();
			Asserts.assertVolumeEquals(maskCc, contourCc, 0.05, original.name());
			checked++;
		}
		// all structures but SpinalCord (22 cc at 4 mm, PhantomDescription) are above 80 cc
		assertEquals(LiverPhantom.STRUCTURE_NAMES.size() - 1, checked);
	}

	@Test
	void sixteenBitDoseIsWithinHalfADoseGridScaling() {
		ImportedDose d16 = dose(DoseEncoding.UINT16);
		// the scaling is chosen from the maximum: just above max / 65535 (RtDoseWriter.scalingFor)
		double max = exported.doseGy().max();
		assertEquals(max / 65535, d16.doseGridScaling(), 1e-12 + max / 65535 * 1e-9);
		assertDoseWithin(exported.doseGy(), d16.dose(), d16.doseGridScaling() / 2 + Math.ulp((float) max));
		assertEquals("PHYSICAL", d16.doseType());
		assertEquals("PLAN", d16.summationType());
		assertEquals(ImportedDose.Units.GY, d16.units());
	}

	@Test
	void thirtyTwoBitDoseIsExactToFloatPrecision() {
		ImportedDose d32 = dose(DoseEncoding.UINT32);
		// the 32-bit step is max / 4294967295, far below one float ulp at the maximum
		assertDoseWithin(exported.doseGy(), d32.dose(), Math.ulp(exported.doseGy().max()));
	}

	@Test
	void planCarriesPrescriptionFractionsAndNineBeams() {
		assertEquals(1, reimported.plans().size());
		ImportedPlan plan = reimported.plans().get(0);
		assertEquals("SBRT 50/5", plan.label());
		// PhantomExportFixture: sbrt-50-5, 5 fractions, 9 beams
		assertEquals(PhantomExportFixture.FRACTIONS, plan.numberOfFractions().orElseThrow());
		assertEquals(PhantomExportFixture.BEAMS, plan.fractionGroups().get(0).beams().size());
		assertEquals(1, plan.doseReferences().size());
		ImportedPlan.DoseReference rx = plan.doseReferences().get(0);
		assertEquals(PhantomExportFixture.PRESCRIPTION_GY, rx.targetPrescriptionDoseGy().orElseThrow(), 0);
		// GTV is the second phantom structure: ROI number 2
		assertEquals(2, rx.referencedRoiNumber().orElseThrow());
		assertEquals("TARGET", rx.type());
		assertEquals(PhantomExportFixture.BEAMS, plan.beams().size());
		for (int b = 0; b < plan.beams().size(); b++) {
			ImportedPlan.Beam beam = plan.beams().get(b);
			assertEquals(40.0 * b, beam.gantryAngleDeg(), 0, "gantry of beam " + (b + 1));
			assertEquals(0, beam.collimatorAngleDeg(), 0);
			assertEquals(0, beam.couchAngleDeg(), 0);
			assertEquals("STATIC", beam.beamType());
			assertEquals("PHOTON", beam.radiationType());
			// BeamSpec.of6Mv: 6 MV
			assertEquals(6.0, beam.nominalEnergyMeV().orElseThrow(), 0);
			assertEquals(2, beam.controlPointCount());
			assertTrue(beam.isocentreMm().orElseThrow().minus(exported.plan().beams().get(b).isocentreMm()).norm() < 1e-9);
		}
	}

	@Test
	void objectsReferenceEachOtherAndShareStudyAndFrame() {
		ExportResult r = exported.result();
		assertEquals(r.studyInstanceUid(), reimported.studyInstanceUid());
		assertEquals(r.frameOfReferenceUid(), reimported.frameOfReferenceUid());
		ImportedPlan plan = reimported.plans().get(0);
		assertEquals(r.planUid().orElseThrow(), plan.sopInstanceUid());
		assertEquals(r.structureSetUid(), plan.referencedStructureSetUid().orElseThrow());
		for (ImportedDose d : reimported.doses()) {
			assertEquals(plan.sopInstanceUid(), d.referencedPlanUid().orElseThrow(), d.source().toString());
			assertEquals(r.studyInstanceUid(), d.studyInstanceUid());
		}
		assertEquals(r.studyInstanceUid(), reimported.structureSets().get(0).studyInstanceUid());
		assertEquals(r.studyInstanceUid(), plan.studyInstanceUid());
		for (Path file : r.allFiles()) {
			DicomObject d = DicomObject.read(file, false);
			assertEquals(LiverPhantom.PATIENT_ID, d.requiredString(Tags.PATIENT_ID), file.toString());
			assertTrue(d.requiredString(Tags.SOP_INSTANCE_UID).startsWith(UidGenerator.ROOT + "."));
		}
		assertStructureSetReferencesEveryCtSlice(r.structureSet(), r.ctFiles(), reimported.study().ctHu().grid());
	}

	/** RTSTRUCT -> CT: the series lists every slice, and each contour names the slice it lies on. */
	static void assertStructureSetReferencesEveryCtSlice(Path rtstruct, List<Path> ctFiles, Grid3 ctGrid) {
		List<String> sliceUids = ctFiles.stream().map(f -> DicomObject.read(f, false).requiredString(Tags.SOP_INSTANCE_UID))
				.toList();
		String ctSeries = DicomObject.read(ctFiles.get(0), false).requiredString(Tags.SERIES_INSTANCE_UID);
		DicomObject rs = DicomObject.read(rtstruct, false);
		DicomObject series = rs.sequence(Tags.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE).get(0).sequence(RT_REFERENCED_STUDY_SEQUENCE)
				.get(0).sequence(RT_REFERENCED_SERIES_SEQUENCE).get(0);
		assertEquals(ctSeries, series.requiredString(Tags.SERIES_INSTANCE_UID));
		Set<String> listed = series.sequence(CONTOUR_IMAGE_SEQUENCE).stream()
				.map(i -> i.requiredString(Tags.REFERENCED_SOP_INSTANCE_UID)).collect(Collectors.toSet());
		assertEquals(Set.copyOf(sliceUids), listed);
		int contours = 0;
		for (DicomObject roi : rs.sequence(Tags.ROI_CONTOUR_SEQUENCE)) {
			for (DicomObject c : roi.sequence(Tags.CONTOUR_SEQUENCE)) {
				double[] xyz = c.doubles(Tags.CONTOUR_DATA);
				int k = (int) Math.round(ctGrid.toIndex(new org.latticebench.core.Vec3(xyz[0], xyz[1], xyz[2]))[2]);
				List<DicomObject> images = c.sequence(CONTOUR_IMAGE_SEQUENCE);
				assertEquals(1, images.size());
				assertEquals(sliceUids.get(k), images.get(0).requiredString(Tags.REFERENCED_SOP_INSTANCE_UID));
				contours++;
			}
		}
		assertTrue(contours > 0);
	}

	/**
	 * Same contours, point for point, within {@code toleranceMm}. Traced contours need 1e-9 mm: a
	 * 16-character decimal string keeps at least 13 significant digits of a coordinate below
	 * 1000 mm, i.e. better than 1e-10 mm.
	 */
	static void assertContoursEqual(List<PlanarContour> expected, List<PlanarContour> actual, double toleranceMm, String what) {
		assertEquals(expected.size(), actual.size(), what + ": number of contours");
		for (int c = 0; c < expected.size(); c++) {
			double[] a = expected.get(c).pointsMm(), b = actual.get(c).pointsMm();
			assertEquals(a.length, b.length, what + ": points of contour " + c);
			for (int i = 0; i < a.length; i++) {
				assertEquals(a[i], b[i], toleranceMm, what + ": contour " + c + ", coordinate " + i);
			}
		}
	}

	private static ImportedDose dose(DoseEncoding encoding) {
		String name = exported.file(encoding).getFileName().toString();
		return reimported.doses().stream().filter(d -> d.source().getFileName().toString().equals(name)).findFirst().orElseThrow();
	}

	static void assertDoseWithin(FloatVolume expected, FloatVolume actual, double toleranceGy) {
		assertTrue(actual.grid().sameGeometry(expected.grid()), actual.grid() + " vs " + expected.grid());
		float[] a = expected.values(), b = actual.values();
		double worst = 0;
		for (int n = 0; n < a.length; n++) {
			worst = Math.max(worst, Math.abs(a[n] - b[n]));
		}
		assertTrue(worst <= toleranceGy, "largest dose difference " + worst + " Gy exceeds " + toleranceGy + " Gy");
	}

	@Test
	void exportFolderHoldsOnlyTheExport() throws Exception {
		try (var files = Files.list(tmp)) {
			// no hidden partial folder is left next to the output
			assertEquals(List.of("phantom"), files.map(p -> p.getFileName().toString()).toList());
		}
		// 63 CT slices + RS + RP + two RTDOSE
		assertEquals(63 + 1 + 1 + 2, exported.result().allFiles().size());
	}
}
