package org.latticebench.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Grid3Test {

	private final Grid3 grid = Grid3.axisAligned(new Vec3(-10, 20, 5), new Vec3(2, 2.5, 3), 10, 8, 6);

	@Test
	void voxelCentresMapToPatientCoordinatesAndBack() {
		// closed form: origin + index * spacing along each axis
		Vec3 p = grid.toPatientMm(3, 4, 5);
		assertEquals(-10 + 3 * 2.0, p.x(), 1e-12);
		assertEquals(20 + 4 * 2.5, p.y(), 1e-12);
		assertEquals(5 + 5 * 3.0, p.z(), 1e-12);
		assertArrayEquals(new double[] { 3, 4, 5 }, grid.toIndex(p), 1e-12);
	}

	@Test
	void flatIndexRunsFastestAlongI() {
		// closed form: i + nx * (j + ny * k) = 1 + 10 * (2 + 8 * 3)
		assertEquals(261, grid.index(1, 2, 3));
		assertEquals(480, grid.voxelCount());
	}

	@Test
	void voxelVolumeIsInCubicCentimetres() {
		// 2 * 2.5 * 3 mm^3 = 15 mm^3 = 0.015 cc
		assertEquals(0.015, grid.voxelVolumeCc(), 1e-15);
	}

	@Test
	void obliqueGridRoundTripsThroughItsDirectionCosines() {
		double c = Math.cos(Math.toRadians(30)), s = Math.sin(Math.toRadians(30));
		Grid3 oblique = new Grid3(new Vec3(1, 2, 3), new Vec3(1, 1, 2), 4, 4, 4, new Vec3(c, s, 0), new Vec3(-s, c, 0),
				new Vec3(0, 0, 1));
		Vec3 p = oblique.toPatientMm(2, 1, 3);
		// closed form: origin + 2*1*(c,s,0) + 1*1*(-s,c,0) + 3*2*(0,0,1)
		assertEquals(1 + 2 * c - s, p.x(), 1e-12);
		assertEquals(2 + 2 * s + c, p.y(), 1e-12);
		assertEquals(3 + 6, p.z(), 1e-12);
		assertArrayEquals(new double[] { 2, 1, 3 }, oblique.toIndex(p), 1e-12);
		assertTrue(!oblique.isAxisAligned());
	}

	@Test
	void invalidGeometryIsRefusedWithTheOffendingValue() {
		var e = assertThrows(IllegalArgumentException.class,
				() -> Grid3.axisAligned(Vec3.ZERO, new Vec3(1, 0, 1), 2, 2, 2));
		assertTrue(e.getMessage().contains("spacing"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> Grid3.axisAligned(new Vec3(Double.NaN, 0, 0), new Vec3(1, 1, 1), 2, 2, 2));
		assertThrows(IllegalArgumentException.class, () -> Grid3.axisAligned(Vec3.ZERO, new Vec3(1, 1, 1), 70000, 70000, 1));
	}

	@Test
	void trilinearSamplingReproducesALinearFieldExactly() {
		float[] v = new float[grid.voxelCount()];
		for (int k = 0; k < grid.nz(); k++) {
			for (int j = 0; j < grid.ny(); j++) {
				for (int i = 0; i < grid.nx(); i++) {
					Vec3 p = grid.toPatientMm(i, j, k);
					v[grid.index(i, j, k)] = (float) (50 + 0.5 * p.x() - 0.25 * p.y() + 0.1 * p.z());
				}
			}
		}
		FloatVolume vol = new FloatVolume(grid, v);
		Vec3 q = new Vec3(-3.3, 27.1, 12.7);
		// closed form: trilinear interpolation is exact for a linear field
		assertEquals(50 + 0.5 * -3.3 - 0.25 * 27.1 + 0.1 * 12.7, vol.sampleTrilinear(q, -1), 1e-4);
		assertEquals(-1, vol.sampleTrilinear(new Vec3(-100, 0, 0), -1));
	}
}
