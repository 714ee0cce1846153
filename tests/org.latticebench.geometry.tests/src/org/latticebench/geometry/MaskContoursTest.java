package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;

class MaskContoursTest {

	@Test
	void sphereMaskToContoursAndBackKeepsItsVolumeWithinThreePercentOnATwoMillimetreGrid() {
		Grid3 g = Fixtures.centredGrid(2.0, 40);
		Mask sphere = Shapes.sphere(g, new Vec3(0.3, -0.6, 0.9), 20, 8);
		Mask back = ContourRasterizer.toMask(MaskContours.toContours(sphere, 0.5), g);
		// closed form: 4/3 pi 20^3 = 33.51 cc
		assertVolumeEquals(Fixtures.sphereVolumeCc(20), back.volumeCc(), 0.03, "sphere round trip vs closed form");
		assertVolumeEquals(sphere.volumeCc(), back.volumeCc(), 0.03, "sphere round trip vs its mask");
	}

	@Test
	void contoursLieOnVoxelCentrePlanes() {
		Grid3 g = Grid3.axisAligned(new Vec3(-20, -20, -7.5), new Vec3(1, 1, 2.5), 41, 41, 7);
		Mask sphere = Shapes.sphere(g, Vec3.ZERO, 6, 4);
		List<PlanarContour> contours = MaskContours.toContours(sphere, 0.5);
		assertTrue(!contours.isEmpty());
		for (PlanarContour c : contours) {
			double z = c.point(0).z();
			double k = (z - g.originMm().z()) / g.spacingMm().z();
			assertEquals(Math.rint(k), k, 1e-9, "contour z " + z + " is a voxel-centre plane");
			for (int n = 0; n < c.pointCount(); n++) {
				assertEquals(z, c.point(n).z(), 0.0);
			}
		}
	}

	@Test
	void outerBoundaryRunsCounterClockwiseAndHoleClockwiseWithInterpolatedCorners() {
		Grid3 g = Fixtures.centredGrid(2.0, 20); // voxel edges on even mm
		Mask frame = Booleans.subtract(Shapes.box(g, new Vec3(-10, -10, -6), new Vec3(10, 10, 6)),
				Shapes.box(g, new Vec3(-6, -6, -6), new Vec3(6, 6, 6)));
		List<PlanarContour> middle = MaskContours.toContours(frame, 0.5).stream().filter(c -> c.point(0).z() == 1.0).toList();
		assertEquals(2, middle.size(), "outer boundary and hole");
		double[] areas = middle.stream().mapToDouble(MaskContoursTest::signedAreaMm2).sorted().toArray();
		// closed form: the 0.5 iso-line of a binary mask runs on the voxel edges, and marching squares
		// cuts each corner by a right triangle with 1 mm legs (half a 2 mm voxel): 0.5 mm^2 per corner.
		// hole: -(12 x 12 - 4 x 0.5) = -142 mm^2 (clockwise); outer: 20 x 20 - 4 x 0.5 = 398 mm^2
		assertEquals(-142.0, areas[0], 1e-9);
		assertEquals(398.0, areas[1], 1e-9);
		// collinear points along the straight edges are dropped: 4 edges + 4 corner cuts
		assertTrue(middle.stream().allMatch(c -> c.pointCount() == 8), "8 points per contour");
	}

	@Test
	void separateBlobsGiveSeparateContours() {
		Grid3 g = Fixtures.centredGrid(1.0, 40);
		Mask two = Booleans.union(Shapes.sphere(g, new Vec3(-10, 0, 0), 5, 4), Shapes.sphere(g, new Vec3(10, 0, 0), 5, 4));
		long onCentralPlane = MaskContours.toContours(two, 0.5).stream().filter(c -> c.point(0).z() == 0.5).count();
		assertEquals(2, onCentralPlane);
	}

	@Test
	void emptyMaskHasNoContoursAndThresholdMustBeAFraction() {
		Grid3 g = Fixtures.centredGrid(2.0, 10);
		assertEquals(List.of(), MaskContours.toContours(Mask.empty(g), 0.5));
		assertThrows(IllegalArgumentException.class, () -> MaskContours.toContours(Mask.empty(g), 0));
		assertThrows(IllegalArgumentException.class, () -> MaskContours.toContours(Mask.empty(g), 1.5));
	}

	private static double signedAreaMm2(PlanarContour c) {
		double[] xy = new double[2 * c.pointCount()];
		for (int n = 0; n < c.pointCount(); n++) {
			xy[2 * n] = c.point(n).x();
			xy[2 * n + 1] = c.point(n).y();
		}
		return Polygons.signedArea(xy);
	}
}
