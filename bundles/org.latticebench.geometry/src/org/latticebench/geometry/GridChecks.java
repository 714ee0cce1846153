package org.latticebench.geometry;

import org.latticebench.core.Grid3;

/** Preconditions shared by the geometry operations. */
final class GridChecks {

	private GridChecks() {
	}

	/**
	 * The geometry code works in the grid's index space with x, y, z along i, j, k, so it needs an
	 * identity orientation (axial, head-first-supine style).
	 */
	static void requireAxisAligned(Grid3 grid, String operation) {
		if (!grid.isAxisAligned()) {
			throw new IllegalArgumentException(operation + " needs an axis-aligned grid (row (1,0,0), column (0,1,0), slice (0,0,1)), got rows "
					+ grid.rowDir() + ", columns " + grid.columnDir() + ", slices " + grid.sliceDir() + " on " + grid);
		}
	}

	static void requireSameGeometry(Grid3 a, Grid3 b, String operation) {
		if (!a.sameGeometry(b)) {
			throw new IllegalArgumentException(operation + " needs both masks on the same grid, got " + a + " and " + b
					+ " (resample one with MaskResampler first)");
		}
	}
}
