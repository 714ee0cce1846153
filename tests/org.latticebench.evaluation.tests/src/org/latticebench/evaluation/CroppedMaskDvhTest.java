package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.dicom.ImportedStructureSet;
import org.latticebench.dicom.RtDoseReader;
import org.latticebench.dicom.RtStructReader;
import org.latticebench.geometry.ContourRasterizer;
import org.latticebench.testing.SharedData;

/**
 * A structure cropped to its box of the grid (what the DICOM importer keeps) gives the volume and
 * the DVH of the whole-grid mask, on every ROI of ../shared/data/dicompyler-breast in its analytic
 * RTDOSE: the same fractions, sampled at the same points. Expected values are the whole-grid
 * results themselves, so the test fails if cropping changes any number.
 */
class CroppedMaskDvhTest {

	@Test
	void croppedAndWholeGridMasksGiveTheSameVolumesAndDvhsOnTheBreastCase() throws IOException {
		ImportedStructureSet structures = RtStructReader.read(SharedData.path("dicompyler-breast/rtss.dcm"));
		FloatVolume doseGy = RtDoseReader.read(SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm")).dose();
		// the dose grid (as BreastDvhValidationTest) and a finer grid with 1 mm voxels over the same box, aligned to neither
		Grid3 dg = doseGy.grid();
		Grid3 fine = Grid3.axisAligned(dg.originMm().minus(new Vec3(0.3, 0.7, 0)), new Vec3(1, 1, 1.5),
				(int) Math.ceil(dg.nx() * dg.spacingMm().x()) + 1, (int) Math.ceil(dg.ny() * dg.spacingMm().y()) + 1,
				(int) Math.ceil(dg.nz() * dg.spacingMm().z() / 1.5) + 1);
		int compared = 0;
		for (Grid3 grid : List.of(dg, fine)) {
			for (ImportedStructureSet.Roi roi : structures.rois()) {
				Mask whole = ContourRasterizer.toMask(roi.contours(), grid);
				Mask cropped = ContourRasterizer.toCroppedMask(roi.contours(), grid, ProgressMonitor.NULL);
				String what = roi.name() + " on " + grid;
				assertEquals(whole.volumeCc(), cropped.volumeCc(), 0.0, what + " volume");
				if (whole.isEmpty()) {
					assertTrue(cropped.isEmpty(), what); // Areola: no contours, 0 cc either way
					assertEquals(1, cropped.fraction().length, what);
					continue;
				}
				assertTrue(cropped.fraction().length < whole.fraction().length, what + " is cropped");
				Dvh a = DvhCalculator.compute(doseGy, whole, DvhSettings.DEFAULT, ProgressMonitor.NULL);
				Dvh b = DvhCalculator.compute(doseGy, cropped, DvhSettings.DEFAULT, ProgressMonitor.NULL);
				assertEquals(a.supersamplingPerAxis(), b.supersamplingPerAxis(), what + " supersampling");
				// The dose is sampled at the same patient points, but the mask-to-dose index map starts from another
				// origin, so its last bits differ (seen: 4e-10 cc in 14843 cc for BODY on the 1 mm grid); 1e-9 relative
				// is a million times below any clinical difference and far above that rounding.
				assertEquals(a.totalVolumeCc(), b.totalVolumeCc(), 1e-9 * a.totalVolumeCc(), what + " DVH volume");
				assertArrayEquals(a.differentialCc(), b.differentialCc(), 1e-9 * a.totalVolumeCc(), what + " bins");
				assertEquals(a.meanGy(), b.meanGy(), 1e-9, what + " mean");
				assertEquals(a.minGy(), b.minGy(), 1e-9, what + " min");
				assertEquals(a.maxGy(), b.maxGy(), 1e-9, what + " max");
				assertEquals(a.doseAtVolumePercent(95), b.doseAtVolumePercent(95), 1e-9, what + " D95");
				compared++;
			}
		}
		// rtss.dcm (dcmdump): 10 ROIs, 9 with contours, on two grids
		assertEquals(18, compared);
	}

	@Test
	void planEvaluationOfCroppedStructuresMatchesWholeGridStructuresAndKeepsAreolaAt0Cc() throws IOException {
		ImportedStructureSet structures = RtStructReader.read(SharedData.path("dicompyler-breast/rtss.dcm"));
		FloatVolume doseGy = RtDoseReader.read(SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm")).dose();
		Grid3 grid = doseGy.grid();
		List<StructureSnapshot> whole = structures.rois().stream()
				.map(r -> r.toSnapshot(3).withMask(ContourRasterizer.toMask(r.contours(), grid))).toList();
		List<StructureSnapshot> cropped = structures.rois().stream()
				.map(r -> r.toSnapshot(3).withMask(ContourRasterizer.toCroppedMask(r.contours(), grid, ProgressMonitor.NULL)))
				.toList();

		PlanEvaluation a = PlanEvaluation.compute("whole", doseGy, whole, Map.of(), DvhSettings.DEFAULT, ProgressMonitor.NULL);
		PlanEvaluation b = PlanEvaluation.compute("cropped", doseGy, cropped, Map.of(), DvhSettings.DEFAULT,
				ProgressMonitor.NULL);

		// shared/data/README.md: "an empty Areola"; the other nine ROIs have contours
		assertEquals(Map.of("Areola", "empty structure (0 cc)"), b.notEvaluated());
		assertEquals(9, b.structures().size());
		for (MetricInput x : a.structures()) {
			MetricInput y = b.structure(x.structureName()).orElseThrow();
			assertEquals(x.dvh().totalVolumeCc(), y.dvh().totalVolumeCc(), 0.0, x.structureName());
			assertEquals(x.dvh().doseAtVolumePercent(2), y.dvh().doseAtVolumePercent(2), 1e-9, x.structureName() + " D2");
		}
	}
}
