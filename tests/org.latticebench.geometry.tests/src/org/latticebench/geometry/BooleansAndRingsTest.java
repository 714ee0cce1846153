package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

class BooleansAndRingsTest {

	private final Grid3 grid = Fixtures.centredGrid(1.0, 60);
	private final Vec3 centre = new Vec3(0.3, -0.4, 0.2);
	private final Mask inner = Shapes.sphere(grid, centre, 10, 8);
	private final Mask outer = Shapes.sphere(grid, centre, 20, 8);

	@Test
	void concentricSpheresCombineToTheClosedFormVolumes() {
		// closed forms: 4/3 pi r^3 with r = 10 and 20 mm; the inner sphere lies inside the outer
		double v10 = Fixtures.sphereVolumeCc(10), v20 = Fixtures.sphereVolumeCc(20);
		assertVolumeEquals(v20, Booleans.union(inner, outer).volumeCc(), 0.005, "union = outer sphere");
		assertVolumeEquals(v10, Booleans.intersect(inner, outer).volumeCc(), 0.005, "intersection = inner sphere");
		assertVolumeEquals(v20 - v10, Booleans.subtract(outer, inner).volumeCc(), 0.005, "outer - inner shell");
		assertTrue(Booleans.subtract(inner, outer).isEmpty(), "inner - outer is empty");
	}

	@Test
	void overlappingBoxesFollowTheSetAlgebra() {
		Mask a = Shapes.box(grid, new Vec3(-20, -10, -10), new Vec3(0, 10, 10));
		Mask b = Shapes.box(grid, new Vec3(-10, -10, -10), new Vec3(10, 10, 10));
		// closed form: boxes 20 x 20 x 20 mm overlapping by 10 mm in x: |A u B| = 12 cc, |A n B| = 4 cc,
		// |A - B| = 4 cc
		assertVolumeEquals(12, Booleans.union(a, b).volumeCc(), 1e-6, "union");
		assertVolumeEquals(4, Booleans.intersect(a, b).volumeCc(), 1e-6, "intersection");
		assertVolumeEquals(4, Booleans.subtract(a, b).volumeCc(), 1e-6, "subtraction");
	}

	@Test
	void partialFractionsCombineByMaxMinAndClippedDifference() {
		Mask a = Mask.empty(grid), b = Mask.empty(grid);
		a.fraction()[0] = 0.75f;
		b.fraction()[0] = 0.5f;
		assertEquals(0.75f, Booleans.union(a, b).fraction()[0]);
		assertEquals(0.5f, Booleans.intersect(a, b).fraction()[0]);
		assertEquals(0.25f, Booleans.subtract(a, b).fraction()[0]);
		assertEquals(0f, Booleans.subtract(b, a).fraction()[0]);
	}

	@Test
	void masksOnDifferentGridsAreRejectedNamingBothGrids() {
		Grid3 other = Fixtures.centredGrid(2.0, 30);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Booleans.union(inner, Mask.empty(other)));
		assertTrue(e.getMessage().contains(grid.toString()) && e.getMessage().contains(other.toString()), e.getMessage());
	}

	@Test
	void ringBetween5And10mmAroundASphereIsTheShellBetweenTheExpandedSpheres() {
		Mask ring = Rings.ring(inner, 5, 10);
		// closed form: sphere(20) - sphere(15) = 4/3 pi (20^3 - 15^3) = 19.37 cc; voxel-centre margins
		// put curved surfaces a fraction of a voxel inside (Margins javadoc), hence 3 % on a 1 mm grid
		assertVolumeEquals(Fixtures.sphereVolumeCc(20) - Fixtures.sphereVolumeCc(15), ring.volumeCc(), 0.03, "ring 5-10 mm");
		for (int n = 0; n < ring.fraction().length; n++) {
			int i = n % 60, j = (n / 60) % 60, k = n / 3600;
			double r = grid.toPatientMm(i, j, k).minus(centre).norm();
			if (r > 16 && r < 19) {
				assertEquals(1f, ring.fraction()[n], "inside the shell at r = " + r);
			} else if (r < 14 || r > 21) {
				assertEquals(0f, ring.fraction()[n], "outside the shell at r = " + r);
			}
		}
		assertThrows(IllegalArgumentException.class, () -> Rings.ring(inner, 10, 5));
	}
}
