package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

class ShapesTest {

	@Test
	void latticeSphereOf15mmDiameterHasItsVolumeOnATwoMillimetreGrid() {
		Grid3 g = Fixtures.centredGrid(2.0, 20);
		Mask m = Shapes.sphere(g, new Vec3(0.3, -0.4, 0.2), 7.5, 8);
		// closed form: 4/3 pi 7.5^3 = 1.767 cc (DOMAIN.md: lattice spheres 1.5 cm in diameter)
		assertVolumeEquals(Fixtures.sphereVolumeCc(7.5), m.volumeCc(), 0.005, "r = 7.5 mm, 8^3 supersampling");
	}

	@Test
	void ellipsoidHasItsClosedFormVolume() {
		Grid3 g = Grid3.axisAligned(new Vec3(-40, -30, -30), new Vec3(1.5, 1.5, 2.5), 54, 41, 25);
		Mask m = Shapes.ellipsoid(g, new Vec3(1, 2, -3), new Vec3(30, 20, 15), 6);
		// closed form: 4/3 pi a b c = 4/3 pi 30 * 20 * 15 = 37.70 cc
		assertVolumeEquals(4.0 / 3.0 * Math.PI * 30 * 20 * 15 / 1000, m.volumeCc(), 0.005, "ellipsoid");
	}

	@Test
	void boxGetsExactOverlapFractions() {
		Grid3 g = Grid3.axisAligned(Vec3.ZERO, new Vec3(1, 1, 1), 6, 6, 6); // voxel i spans [i - 0.5, i + 0.5]
		Mask m = Shapes.box(g, new Vec3(0.75, 1, 1.5), new Vec3(3.5, 4, 3.5));
		// closed form: x overlap of voxel 1 is [0.75, 1.5] = 0.75, y overlap of voxel 1 is [1, 1.5] = 0.5,
		// z voxel 2 is full: 0.75 * 0.5 * 1
		assertEquals(0.375f, m.get(1, 1, 2), 1e-7f);
		assertEquals(1f, m.get(2, 2, 2));
		// closed form: 2.75 x 3 x 2 mm = 16.5 mm^3
		assertVolumeEquals(0.0165, m.volumeCc(), 1e-6, "box volume");
	}
}
