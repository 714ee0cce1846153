package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;
import org.latticebench.dicom.RtStructReader;
import org.latticebench.testing.ContourSlabReference;
import org.latticebench.testing.SharedData;

/**
 * "Lt Lung" of the real breast RTSTRUCT (../shared/data/dicompyler-breast/rtss.dcm) has planes with
 * several contours: holes cut out of the lung outline. Issue 3 asks that they be subtracted. The
 * reference is {@link ContourSlabReference}: even-odd scanlines over all of a plane's edges (no
 * nesting analysis, no code shared with the rasteriser), 0.01 mm rows, 3 mm slabs.
 */
class LtLungHolesTest {

	private static List<PlanarContour> lung;
	private static Grid3 doseGrid;
	private static ContourSlabReference reference;

	@BeforeAll
	static void load() throws IOException {
		lung = RtStructReader.read(SharedData.path("dicompyler-breast/rtss.dcm")).roi("Lt Lung").orElseThrow().contours();
		doseGrid = gridOfParamsFile(Files.readString(SharedData.path("dicompyler-breast/rtdose_analytic_gaussian_params.txt")));
		reference = ContourSlabReference.of(lung, 3.0);
	}

	/** "grid cols,rows,frames = 195,130,98 ; origin = (-234.490, -424.450, -122.440) ; spacing 2.5,2.5,3". */
	static Grid3 gridOfParamsFile(String params) {
		Matcher m = Pattern.compile("cols,rows,frames = (\\d+),(\\d+),(\\d+) ; origin = \\(([-0-9.]+), ([-0-9.]+), ([-0-9.]+)\\)"
				+ " ; spacing ([0-9.]+),([0-9.]+),([0-9.]+)").matcher(params);
		assertTrue(m.find(), "params file states the grid: " + params);
		double[] v = new double[9];
		for (int g = 0; g < 9; g++) {
			v[g] = Double.parseDouble(m.group(g + 1));
		}
		return Grid3.axisAligned(new Vec3(v[3], v[4], v[5]), new Vec3(v[6], v[7], v[8]), (int) v[0], (int) v[1], (int) v[2]);
	}

	@Test
	void holesAreSubtractedOnTheDoseGrid() {
		double evenOddCc = reference.evenOddVolumeCc(0.01);
		double naiveCc = reference.naiveAreaSumVolumeCc();
		Mask mask = ContourRasterizer.toMask(lung, doseGrid);
		System.out.printf("Lt Lung: rasterised %.3f cc, even-odd reference %.3f cc, naive area sum %.3f cc (%+.2f cc)%n",
				mask.volumeCc(), evenOddCc, naiveCc, naiveCc - evenOddCc);
		// the holes are real: adding every contour's area over-counts by more than 10 cc (reference integrator
		// on rtss.dcm; the printed figure is the exact difference)
		assertTrue(naiveCc - evenOddCc > 10, "Lt Lung holes (naive - even-odd) = " + (naiveCc - evenOddCc) + " cc");
		// exact polygon-cell clipping in plane, slabs that fill whole 3 mm voxels: only float32 fractions and
		// the reference's 0.01 mm midpoint rows differ, far below 0.01 %
		assertVolumeEquals(evenOddCc, mask.volumeCc(), 1e-4, "Lt Lung with holes (even-odd reference)");
	}

	@Test
	void holesAreSubtractedOnAFinerGridWhosePlanesMissTheContourPlanes() {
		// 1.1 x 0.9 x 1 mm voxels whose z centres sit 0.3 mm off the contour planes, so every 3 mm slab covers
		// two whole voxels and two partial ones, and no cell edge lines up with the 2.5 mm dose grid
		double[] box = xyBoundingBox(lung);
		List<ContourSlabReference.Plane> planes = reference.planes();
		double zLo = planes.get(0).zLoMm(), zHi = planes.get(planes.size() - 1).zHiMm();
		Vec3 origin = new Vec3(box[0] - 3.17, box[1] - 2.93, zLo - 0.2);
		Grid3 fine = Grid3.axisAligned(origin, new Vec3(1.1, 0.9, 1.0), (int) ((box[2] - box[0]) / 1.1) + 7,
				(int) ((box[3] - box[1]) / 0.9) + 8, (int) (zHi - zLo) + 2);
		Mask mask = ContourRasterizer.toMask(lung, fine);
		assertVolumeEquals(reference.evenOddVolumeCc(0.01), mask.volumeCc(), 1e-4, "Lt Lung, 1.1 x 0.9 x 1 mm offset grid");
	}

	@Test
	void noSpuriousPartialVoxelsOutsideTheContours() {
		Mask mask = ContourRasterizer.toMask(lung, doseGrid);
		int residues = 0, outsideBox = 0;
		float smallest = 1;
		double[] box = xyBoundingBox(lung);
		for (int k = 0; k < doseGrid.nz(); k++) {
			for (int j = 0; j < doseGrid.ny(); j++) {
				for (int i = 0; i < doseGrid.nx(); i++) {
					float f = mask.get(i, j, k);
					if (f == 0) {
						continue;
					}
					if (f < 1e-9f) {
						residues++;
					}
					smallest = Math.min(smallest, f);
					Vec3 c = doseGrid.toPatientMm(i, j, k);
					// a voxel whose cell lies wholly outside the contours' xy box cannot be partly inside
					if (c.x() + 1.25 < box[0] || c.x() - 1.25 > box[2] || c.y() + 1.25 < box[1] || c.y() - 1.25 > box[3]) {
						outsideBox++;
					}
				}
			}
		}
		System.out.printf("Lt Lung on the dose grid: smallest non-zero voxel fraction %.3g%n", smallest);
		// Cancelling edge areas leave residues near 1e-14. Real slivers can be small too: rtss.dcm stores points to
		// 0.01 mm and the dose grid's cell faces lie on the same 0.01 mm lattice, so an edge between two points passes
		// a cell corner at no less than 1e-4 mm^2 / edge length (about 5e-5 mm), cutting off about 1e-9 of a cell;
		// the smallest fraction on this file (printed) is 1.85e-9. Residues are therefore counted below 1e-9.
		assertEquals(0, residues, "voxels with a rounding-residue fraction (< 1e-9)");
		assertEquals(0, outsideBox, "voxels with a fraction but wholly outside the contours' xy bounding box");
	}

	private static double[] xyBoundingBox(List<PlanarContour> contours) {
		double[] b = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (PlanarContour c : contours) {
			for (int n = 0; n < c.pointCount(); n++) {
				b[0] = Math.min(b[0], c.pointsMm()[3 * n]);
				b[1] = Math.min(b[1], c.pointsMm()[3 * n + 1]);
				b[2] = Math.max(b[2], c.pointsMm()[3 * n]);
				b[3] = Math.max(b[3], c.pointsMm()[3 * n + 1]);
			}
		}
		return b;
	}
}
