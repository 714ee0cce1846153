package org.latticebench.optimization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

class StructureVoxelsTest {

	private static final Grid3 GRID = Grid3.axisAligned(new Vec3(0, 0, 0), new Vec3(1, 1, 1), 4, 1, 1);

	@Test
	void maskVoxelsBecomeRowsWithTheirPartialVolumes() {
		StructureVoxels v = StructureVoxels.fromMask(new Mask(GRID, new float[] { 0, 0.25f, 1, 0.5f }));
		assertArrayEquals(new int[] { 1, 2, 3 }, v.rows());
		assertArrayEquals(new float[] { 0.25f, 1, 0.5f }, v.weights());
		// closed form: 0.25 + 1 + 0.5
		assertEquals(1.75, v.volumeVoxels(), 1e-12);
	}

	@Test
	void aRowMapReordersAndDropsUncoveredVoxels() {
		// the operator covers grid voxels 3, 1, 2 as rows 0, 1, 2; voxel 0 has no row
		StructureVoxels v = StructureVoxels.fromMask(new Mask(GRID, new float[] { 1, 0.25f, 0, 0.5f }),
				new int[] { -1, 1, 2, 0 });
		assertArrayEquals(new int[] { 0, 1 }, v.rows());
		assertArrayEquals(new float[] { 0.5f, 0.25f }, v.weights());
	}

	@Test
	void unsortedRowsAndBadWeightsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new StructureVoxels(new int[] { 2, 1 }, new float[] { 1, 1 }));
		assertThrows(IllegalArgumentException.class, () -> new StructureVoxels(new int[] { 1 }, new float[] { 0 }));
		assertThrows(IllegalArgumentException.class, () -> new StructureVoxels(new int[] { 1 }, new float[] { 1, 1 }));
	}
}
