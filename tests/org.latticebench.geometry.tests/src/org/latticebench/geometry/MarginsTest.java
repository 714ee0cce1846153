package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

class MarginsTest {

	/** Outer faces {xMin, xMax, yMin, yMax, zMin, zMax} of the voxels with a positive fraction, mm. */
	private static double[] faces(Mask m) {
		Vec3[] bb = MaskStats.boundingBoxMm(m);
		Vec3 h = m.grid().spacingMm().times(0.5);
		return new double[] { bb[0].x() - h.x(), bb[1].x() + h.x(), bb[0].y() - h.y(), bb[1].y() + h.y(), bb[0].z() - h.z(),
				bb[1].z() + h.z() };
	}

	@Test
	void cubeOf20mmExpandedBy5mmApLrAnd10mmCcIsExactlyA30By30By40mmBoxOnAOneMillimetreGrid() {
		Grid3 g = Fixtures.centredGrid(1.0, 80);
		Mask cube = Shapes.box(g, new Vec3(-10, -10, -10), new Vec3(10, 10, 10));
		// closed form: 20 + 2 x 5 = 30 mm laterally and AP, 20 + 2 x 10 = 40 mm cranio-caudally (issue 3)
		assertArrayEquals(new double[] { -15, 15, -15, 15, -20, 20 }, faces(Margins.expand(cube, Margin.of(5, 5, 10))), 1e-9);
	}

	@Test
	void cubeOffTheVoxelEdgesExpandedAnisotropicallyIsWithinOneVoxelPerSide() {
		// 2.5 mm voxels whose edges miss the cube's faces by 0.7 (x), 1.2 (y) and 0.3 (z) mm
		Grid3 g = Grid3.axisAligned(new Vec3(-39.45, -40.05, -38.45), new Vec3(2.5, 2.5, 2.5), 33, 33, 33);
		Mask cube = Shapes.box(g, new Vec3(-10, -10, -10), new Vec3(10, 10, 10));
		double[] f = faces(Margins.expand(cube, Margin.of(5, 5, 10)));
		double[] expected = { -15, 15, -15, 15, -20, 20 }; // closed form, as above
		for (int n = 0; n < 6; n++) {
			double voxelMm = g.spacingMm().get(n / 2);
			assertEquals(expected[n], f[n], voxelMm, "face " + n + " within one voxel");
		}
	}

	@Test
	void eachSideMovesByItsOwnMarginInLps() {
		Grid3 g = Fixtures.centredGrid(1.0, 80);
		Mask cube = Shapes.box(g, new Vec3(-10, -10, -10), new Vec3(10, 10, 10));
		Mask grown = Margins.expand(cube, new Margin(2, 8, 3, 6, 4, 12));
		// closed form, LPS: right = -x by 2, left = +x by 8, anterior = -y by 3, posterior = +y by 6,
		// inferior = -z by 4, superior = +z by 12
		assertArrayEquals(new double[] { -12, 18, -13, 16, -14, 22 }, faces(grown), 1e-9);
	}

	@Test
	void sphereExpandedAnisotropicallyReachesTheExpectedSemiAxesWithinOneVoxel() {
		for (double s : new double[] { 1, 2 }) {
			Grid3 g = Fixtures.centredGrid(s, (int) (80 / s));
			Vec3 c = new Vec3(0.3, -0.4, 0.2);
			double[] f = faces(Margins.expand(Shapes.sphere(g, c, 10, 8), Margin.of(5, 5, 10)));
			// closed form: the sum of a 10 mm sphere and a (5, 5, 10) mm ellipsoid reaches 15, 15, 20 mm
			double[] semiAxes = { 15, 15, 20 };
			for (int n = 0; n < 6; n++) {
				double expected = c.get(n / 2) + (n % 2 == 0 ? -1 : 1) * semiAxes[n / 2];
				assertEquals(expected, f[n], s, "face " + n + " on " + s + " mm grid");
			}
		}
	}

	@ParameterizedTest(name = "{0} mm grid")
	@ValueSource(doubles = { 1.0, 2.0 })
	void isotropicExpansionAndContractionOfSpheresGiveTheSpheresOfTheSummedRadii(double s) {
		Grid3 g = Fixtures.centredGrid(s, (int) (80 / s));
		Vec3 c = new Vec3(0.3, -0.4, 0.2);
		// closed form: sphere(10) + 5 mm = sphere(15); sphere(15) - 5 mm = sphere(10). Voxel-centre
		// margins place the new surface within half a voxel, so the equivalent radius is checked to s/2.
		assertEquals(15, Fixtures.equivalentRadiusMm(Margins.expand(Shapes.sphere(g, c, 10, 8), Margin.isotropic(5))), s / 2);
		assertEquals(10, Fixtures.equivalentRadiusMm(Margins.contract(Shapes.sphere(g, c, 15, 8), Margin.isotropic(5))), s / 2);
	}

	@Test
	void contractionUndoesExpansionOfConvexShapes() {
		Grid3 g = Fixtures.centredGrid(1.0, 80);
		Mask cube = Shapes.box(g, new Vec3(-10, -10, -10), new Vec3(10, 10, 10));
		Margin m = Margin.of(5, 5, 10);
		// closing a convex set by a convex margin gives the set back: the voxel-aligned cube exactly
		assertEquals(cube, Margins.contract(Margins.expand(cube, m), m));
		Mask sphere = Shapes.sphere(g, new Vec3(0.3, -0.4, 0.2), 10, 8);
		Mask closed = Margins.contract(Margins.expand(sphere, m), m);
		// same closed form for the sphere; only its partial edge fractions become 0 or 1, within 2 %
		assertVolumeEquals(sphere.volumeCc(), closed.volumeCc(), 0.02, "sphere closed by (5, 5, 10) mm");
	}

	@Test
	void contractionErodesFromEachSideByItsOwnMargin() {
		Grid3 g = Fixtures.centredGrid(1.0, 80);
		Mask box = Shapes.box(g, new Vec3(-20, -20, -20), new Vec3(20, 20, 20));
		// closed form: each face moves inwards by its own margin (right = -x side, and so on)
		assertArrayEquals(new double[] { -18, 12, -17, 14, -16, 8 }, faces(Margins.contract(box, new Margin(2, 8, 3, 6, 4, 12))),
				1e-9);
	}

	@Test
	void expansionKeepsTheOriginalPartialFractionsAndZeroMarginOnlyBinarises() {
		Grid3 g = Fixtures.centredGrid(1.0, 20);
		Mask box = Shapes.box(g, new Vec3(-3.25, -3, -3), new Vec3(3, 3, 3)); // the x = -3.5 column is 0.25 full
		Mask same = Margins.expand(box, Margin.isotropic(0));
		assertEquals(box, same, "fractions 0.25 stay, full voxels stay 1");
		assertEquals(0.25f, Margins.expand(box, new Margin(0, 5, 0, 0, 0, 0)).get(6, 10, 10), 1e-6f,
				"growing to the left leaves the right edge's partial column as it was");
	}

	@Test
	void emptyMaskStaysEmptyAndNegativeMarginsAreRejected() {
		Grid3 g = Fixtures.centredGrid(2.0, 10);
		assertEquals(Mask.empty(g), Margins.expand(Mask.empty(g), Margin.isotropic(10)));
		assertThrows(IllegalArgumentException.class, () -> Margin.isotropic(-1));
		assertThrows(IllegalArgumentException.class, () -> Margin.of(1, Double.NaN, 1));
	}
}
