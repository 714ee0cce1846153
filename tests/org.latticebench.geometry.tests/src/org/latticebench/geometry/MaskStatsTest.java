package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

class MaskStatsTest {

	private final Grid3 grid = Fixtures.centredGrid(1.0, 40);

	@Test
	void boxHasItsClosedFormVolumeCentroidAndBoundingBox() {
		Mask box = Shapes.box(grid, new Vec3(-10, 0, 5), new Vec3(10, 15, 10));
		// closed form: 20 x 15 x 5 mm = 1.5 cc, centred at (0, 7.5, 7.5); voxel centres from -9.5 to 9.5,
		// 0.5 to 14.5 and 5.5 to 9.5 (1 mm voxels with edges on whole mm)
		assertEquals(1.5, MaskStats.volumeCc(box), 1e-9);
		Vec3 c = MaskStats.centroidMm(box);
		assertEquals(0, c.x(), 1e-9);
		assertEquals(7.5, c.y(), 1e-9);
		assertEquals(7.5, c.z(), 1e-9);
		Vec3[] bb = MaskStats.boundingBoxMm(box);
		assertEquals(new Vec3(-9.5, 0.5, 5.5), bb[0]);
		assertEquals(new Vec3(9.5, 14.5, 9.5), bb[1]);
	}

	@Test
	void centroidIsWeightedByTheFractions() {
		Mask m = Mask.empty(grid);
		m.fraction()[grid.index(10, 10, 10)] = 1f;
		m.fraction()[grid.index(13, 10, 10)] = 0.5f;
		// closed form: x = (1 * x10 + 0.5 * x13) / 1.5 = x10 + 1 mm
		assertEquals(grid.toPatientMm(10, 10, 10).x() + 1, MaskStats.centroidMm(m).x(), 1e-9);
	}

	@Test
	void emptyMaskHasNoCentroidOrBoundingBox() {
		assertThrows(EmptyMaskException.class, () -> MaskStats.centroidMm(Mask.empty(grid)));
		assertThrows(EmptyMaskException.class, () -> MaskStats.boundingBoxMm(Mask.empty(grid)));
		assertEquals(0.0, MaskStats.volumeCc(Mask.empty(grid)));
	}
}
