package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

class MaskResamplerTest {

	private final Grid3 ct = Fixtures.centredGrid(2.0, 40);
	private final Vec3 centre = new Vec3(0.3, -0.4, 0.2);
	private final Mask sphere = Shapes.sphere(ct, centre, 15, 8);

	@Test
	void sphereMovedToACoarserShiftedGridKeepsItsVolumeWithinOnePercent() {
		Grid3 dose = Grid3.axisAligned(new Vec3(-41.3, -40.7, -39.1), new Vec3(2.5, 2.5, 3), 34, 34, 28);
		Mask moved = MaskResampler.resample(sphere, dose);
		// closed form: 4/3 pi 15^3 = 14.137 cc
		assertVolumeEquals(Fixtures.sphereVolumeCc(15), moved.volumeCc(), 0.01, "2 mm -> 2.5 x 2.5 x 3 mm");
		Vec3 c = MaskStats.centroidMm(moved);
		assertEquals(0, c.minus(centre).norm(), 0.1, "centroid stays at the sphere centre");
	}

	@Test
	void sphereMovedToAFinerShiftedGridKeepsItsVolumeWithinOnePercent() {
		Grid3 fine = Grid3.axisAligned(new Vec3(-30.2, -30.4, -30.6), new Vec3(0.7, 0.8, 0.9), 90, 80, 70);
		// closed form: 4/3 pi 15^3 = 14.137 cc
		assertVolumeEquals(Fixtures.sphereVolumeCc(15), MaskResampler.resample(sphere, fine).volumeCc(), 0.01,
				"2 mm -> 0.7 x 0.8 x 0.9 mm");
	}

	@Test
	void sameGridGivesTheSameMaskAndOutsideTheSourceIsEmpty() {
		assertEquals(sphere, MaskResampler.resample(sphere, ct));
		Grid3 away = Grid3.axisAligned(new Vec3(200, 200, 200), new Vec3(2, 2, 2), 5, 5, 5);
		assertEquals(0.0, MaskResampler.resample(sphere, away).volumeCc());
	}

	@Test
	void obliqueTargetIsRejected() {
		double c = Math.cos(0.2), s = Math.sin(0.2);
		Grid3 oblique = new Grid3(Vec3.ZERO, new Vec3(2, 2, 2), 10, 10, 10, new Vec3(c, 0, s), new Vec3(0, 1, 0), new Vec3(-s, 0, c));
		assertThrows(IllegalArgumentException.class, () -> MaskResampler.resample(sphere, oblique));
	}
}
