package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

/**
 * Structure masks on the box of the CT around the structure ({@link ContourRasterizer#toCroppedMask}):
 * the memory they hold, and that they carry exactly the fractions of the whole-grid mask.
 */
class CroppedMaskTest {

	/** The load case of issue 14: 512 x 512 x 300 voxels of 1 x 1 x 2 mm, origin 0. */
	private static final Grid3 LARGE_CT = Grid3.axisAligned(new Vec3(0, 0, 0), new Vec3(1, 1, 2), 512, 512, 300);

	@Test
	void aSmallSphereInA512x512x300CtHoldsOnlyItsBox() {
		// sphere R = 10 mm at (200, 150, 300) mm: 64-point circles on the CT's slice centres z = 300 +- 2m, m = 0..4
		Mask m = ContourRasterizer.toCroppedMask(sphere(new Vec3(200, 150, 300), 10, 4, 64), LARGE_CT, ProgressMonitor.NULL);

		// Closed form of the box. Cell i covers x in [i - 0.5, i + 0.5] mm. The widest circle (z = 300) has vertices at
		// x = 190 and 210 (angles pi and 0), inside cells 190 and 210: 21 cells with area, plus a border cell each side = 23.
		// y likewise: vertices at 140 and 160, cells 140..160, 21 + 2 = 23. Slices: each 2 mm slab is centred on a slice
		// centre and covers exactly that slice, so k = 146..154 (9 slices), plus a border slice each side = 11.
		int boxVoxels = 23 * 23 * 11;
		assertEquals(boxVoxels, m.fraction().length, "the mask holds its box only, " + m.grid());
		assertEquals(23, m.grid().nx());
		assertEquals(11, m.grid().nz());
		// its origin is CT voxel (189, 139, 145), the first border voxel
		assertArrayEquals(new int[] { 189, 139, 145 }, m.grid().alignedOffsetIn(LARGE_CT).orElseThrow());
		// 5819 floats (23 kB) instead of the 78.6 M floats (315 MB) of the whole grid
		assertTrue(m.fraction().length * 10_000L < LARGE_CT.voxelCount(), "under 1e-4 of the grid");
	}

	@Test
	void croppedFractionsAreTheWholeGridFractionsBitForBit() {
		Grid3 ct = Grid3.axisAligned(new Vec3(-40.3, -35.1, -20), new Vec3(0.977, 0.977, 2), 90, 80, 24);
		List<PlanarContour> shape = new ArrayList<>(sphere(new Vec3(1.7, -3.2, 1), 17.5, 8, 97));
		shape.addAll(sphere(new Vec3(4.1, -2.9, 1), 6.2, 3, 41)); // a hole inside (XOR on each plane)
		Mask whole = ContourRasterizer.toMask(shape, ct);
		Mask cropped = ContourRasterizer.toCroppedMask(shape, ct, ProgressMonitor.NULL);

		assertTrue(cropped.fraction().length < whole.fraction().length / 4, cropped.grid().toString());
		assertEquals(whole, cropped.embedIn(ct), "embedded back in the CT it is the whole-grid mask");
		// the volume sums the same fractions in the same order, so it is identical, not just close
		assertEquals(whole.volumeCc(), cropped.volumeCc(), 0.0);
		assertEquals(whole.voxelsInside(), cropped.voxelsInside());
		// and the box is the positive voxels plus one voxel, as Mask.cropped() makes it from the whole mask
		assertEquals(whole.cropped(), cropped);
	}

	@Test
	void aStructureCutByTheCtBorderKeepsTheVoxelsInsideTheCt() {
		Grid3 ct = Grid3.axisAligned(new Vec3(0, 0, 0), new Vec3(2, 2, 2), 40, 30, 20);
		// centred on the CT's first voxel corner in x and y and on its last slice in z: three quarters of it lie outside
		List<PlanarContour> corner = sphere(new Vec3(-1, -1, 38), 9, 4, 72);
		Mask whole = ContourRasterizer.toMask(corner, ct);
		Mask cropped = ContourRasterizer.toCroppedMask(corner, ct, ProgressMonitor.NULL);

		// no border beyond the CT: the box starts at voxel 0 in x and y and ends on the last slice
		int[] offset = cropped.grid().alignedOffsetIn(ct).orElseThrow();
		assertEquals(0, offset[0]);
		assertEquals(0, offset[1]);
		assertEquals(ct.nz(), offset[2] + cropped.grid().nz(), "the box ends on the CT's last slice");
		assertEquals(whole, cropped.embedIn(ct));
		assertEquals(whole.volumeCc(), cropped.volumeCc(), 0.0);
		assertTrue(cropped.volumeCc() > 0);
	}

	@Test
	void noContoursOrContoursOutsideTheCtGiveAOneVoxelEmptyMask() {
		Grid3 ct = Grid3.axisAligned(new Vec3(0, 0, 0), new Vec3(2, 2, 2), 40, 30, 20);
		Mask none = ContourRasterizer.toCroppedMask(List.of(), ct, ProgressMonitor.NULL);
		Mask outside = ContourRasterizer.toCroppedMask(sphere(new Vec3(500, 500, 20), 5, 2, 32), ct, ProgressMonitor.NULL);

		for (Mask m : List.of(none, outside)) {
			assertEquals(1, m.fraction().length);
			assertEquals(0.0, m.volumeCc(), 0.0);
			assertTrue(m.isEmpty());
			assertEquals(Mask.empty(ct), m.embedIn(ct));
		}
	}

	@Test
	void resamplingACroppedMaskOntoItsCtIsExact() {
		Grid3 ct = Grid3.axisAligned(new Vec3(-40, -35, -20), new Vec3(1.5, 1.5, 2.5), 60, 50, 18);
		List<PlanarContour> shape = sphere(new Vec3(0.3, 1.1, 0), 12, 4, 60);
		Mask cropped = ContourRasterizer.toCroppedMask(shape, ct, ProgressMonitor.NULL);

		assertEquals(ContourRasterizer.toMask(shape, ct), MaskResampler.resample(cropped, ct));
	}

	/** Circles of a sphere on the planes z = centre + m * 2 mm, |m| <= planes (those of radius above 1 mm). */
	static List<PlanarContour> sphere(Vec3 c, double radiusMm, int planes, int points) {
		List<PlanarContour> out = new ArrayList<>();
		for (int m = -planes; m <= planes; m++) {
			double z = c.z() + 2 * m;
			double r2 = radiusMm * radiusMm - (z - c.z()) * (z - c.z());
			if (r2 <= 1) {
				continue;
			}
			double r = Math.sqrt(r2);
			double[] pts = new double[3 * points];
			for (int p = 0; p < points; p++) {
				double a = 2 * Math.PI * p / points;
				pts[3 * p] = c.x() + r * Math.cos(a);
				pts[3 * p + 1] = c.y() + r * Math.sin(a);
				pts[3 * p + 2] = z;
			}
			out.add(new PlanarContour(pts));
		}
		return out;
	}
}
