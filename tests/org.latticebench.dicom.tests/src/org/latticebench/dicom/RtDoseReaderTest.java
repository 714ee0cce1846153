package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;
import org.latticebench.testing.Asserts;
import org.latticebench.testing.SharedData;

class RtDoseReaderTest {

	/** "Tumor Bed" centroid, from dicompyler-breast/rtdose_analytic_gaussian_params.txt. */
	private static final Vec3 CENTRE_MM = new Vec3(111.74754870129861, -311.9793993506494, -11.68350649350638);

	@Test
	void analyticGaussianDoseHasTheGeometryOfItsParameterFile() {
		ImportedDose dose = RtDoseReader.read(SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm"));
		Grid3 g = dose.dose().grid();
		// _params.txt: grid cols,rows,frames = 195,130,98; origin (-234.490, -424.450, -122.440); spacing 2.5,2.5,3
		assertEquals(195, g.nx());
		assertEquals(130, g.ny());
		assertEquals(98, g.nz());
		assertEquals(2.5, g.spacingMm().x(), 1e-9);
		assertEquals(2.5, g.spacingMm().y(), 1e-9);
		assertEquals(3.0, g.spacingMm().z(), 1e-9);
		assertEquals(-234.49, g.originMm().x(), 1e-6);
		assertEquals(-424.45, g.originMm().y(), 1e-6);
		assertEquals(-122.44, g.originMm().z(), 1e-6);
		assertTrue(g.isAxisAligned());
		assertEquals(ImportedDose.Units.GY, dose.units());
		assertEquals("PLAN", dose.summationType());
	}

	@Test
	void analyticGaussianDoseMatchesTheClosedFormAtSampledVoxels() {
		FloatVolume dose = RtDoseReader.read(SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm")).dose();
		Grid3 g = dose.grid();
		int[][] voxels = { { 0, 0, 0 }, { 194, 129, 97 }, { 97, 65, 49 }, { 150, 45, 37 }, { 138, 45, 37 }, { 10, 120, 5 },
				{ 140, 40, 30 } };
		for (int[] v : voxels) {
			Vec3 p = g.toPatientMm(v[0], v[1], v[2]);
			double r2 = p.minus(CENTRE_MM).dot(p.minus(CENTRE_MM));
			// params file: D = 0.2 Gy + 14 Gy * exp(-|r - c|^2 / (2 * 35^2)); stored as uint32 x 1e-5 Gy, so
			// 0.5e-5 Gy of rounding plus float32 rounding (< 1e-6 Gy at 14 Gy)
			double expectedGy = 0.2 + 14 * Math.exp(-r2 / (2 * 35.0 * 35.0));
			Asserts.assertDoseEquals(expectedGy, dose.get(v[0], v[1], v[2]), 1e-5, "voxel " + java.util.Arrays.toString(v));
		}
	}

	@Test
	void syntheticLinearDoseEqualsFiftyPlusHalfGrayPerMillimetreAtVoxelCentres() {
		ImportedDose imported = RtDoseReader.read(SharedData.path("synthetic-sphere/RD_synthetic.dcm"));
		FloatVolume dose = imported.dose();
		Grid3 g = dose.grid();
		// expected.json: 110 x 52 x 41 at 2 mm, centres x = -109..109, y = -51..51, z = -40..40
		assertEquals(110, g.nx());
		assertEquals(52, g.ny());
		assertEquals(41, g.nz());
		assertEquals(new Vec3(-109, -51, -40), g.originMm());
		// quantisation: DoseGridScaling (1e-5 Gy) / 2, plus float32 rounding below 1e-5 Gy at 105 Gy
		double toleranceGy = imported.doseGridScaling() / 2 + 1e-5;
		for (int k = 0; k < g.nz(); k += 7) {
			for (int j = 0; j < g.ny(); j += 11) {
				for (int i = 0; i < g.nx(); i += 3) {
					double x = g.toPatientMm(i, j, k).x();
					// expected.json dose_function: D = max(0, 50 + 0.5 * x) Gy
					Asserts.assertDoseEquals(Math.max(0, 50 + 0.5 * x), dose.get(i, j, k), toleranceGy, "x = " + x);
				}
			}
		}
	}

	@Test
	void readsThirtyTwoBitRelativeBeamDoseWithRelativeFrameOffsets() {
		ImportedDose dose = RtDoseReader.read(SharedData.path("pydicom-testfiles/rtdose.dcm"));
		Grid3 g = dose.dose().grid();
		// dcmdump of pydicom-testfiles/rtdose.dcm: DoseUnits RELATIVE, DoseSummationType BEAM, 10 x 10 x 15 frames,
		// PixelSpacing 10\10, GridFrameOffsetVector 0\5\10..., BitsAllocated 32
		assertEquals(ImportedDose.Units.RELATIVE, dose.units());
		assertEquals("BEAM", dose.summationType());
		assertEquals(10, g.nx());
		assertEquals(10, g.ny());
		assertEquals(15, g.nz());
		assertEquals(5.0, g.spacingMm().z(), 1e-9);
		assertEquals(-761.87, g.originMm().z(), 1e-6);
		// first sample (dcmdump): words 0ee8 0013 -> 0x00130EE8 = 1249000, times DoseGridScaling 1e-6
		assertEquals(1.249, dose.dose().get(0, 0, 0), 1e-6);
	}

	@Test
	void readsSingleFrameDoseAndWarnsAboutTheAssumedSliceSpacing() {
		ImportedDose dose = RtDoseReader.read(SharedData.path("eyeplan-rtdose/rtdose.dcm"));
		Grid3 g = dose.dose().grid();
		// dcmdump: Columns 194, Rows 129, NumberOfFrames 1, no SliceThickness
		assertEquals(194, g.nx());
		assertEquals(129, g.ny());
		assertEquals(1, g.nz());
		assertFalse(dose.warnings().isEmpty());
	}
}
