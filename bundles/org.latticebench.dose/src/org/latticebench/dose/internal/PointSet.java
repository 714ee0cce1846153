package org.latticebench.dose.internal;

import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;

/**
 * Points at (possibly fractional, possibly outside) index positions of a grid: the dose voxels
 * of a matrix's rows, or the nodes of a coarse lattice.
 */
public final class PointSet {

	private final Grid3 grid;
	private final int count;
	private final int[] gridIndex;
	private final CoarseLattice lattice;

	private PointSet(Grid3 grid, int count, int[] gridIndex, CoarseLattice lattice) {
		this.grid = grid;
		this.count = count;
		this.gridIndex = gridIndex;
		this.lattice = lattice;
	}

	/** Voxel centres with the given flat grid indices. */
	public static PointSet voxels(Grid3 grid, int[] gridIndex) {
		return new PointSet(grid, gridIndex.length, gridIndex, null);
	}

	/** The active nodes of a coarse lattice. */
	public static PointSet nodes(CoarseLattice lattice) {
		return new PointSet(lattice.grid(), lattice.nodeCount(), null, lattice);
	}

	public int count() {
		return count;
	}

	/** Writes the index-space position {i, j, k} of point n. */
	public void index(int n, double[] ijk) {
		if (gridIndex != null) {
			int g = gridIndex[n];
			int nx = grid.nx(), ny = grid.ny();
			ijk[0] = g % nx;
			ijk[1] = (g / nx) % ny;
			ijk[2] = g / (nx * ny);
		} else {
			lattice.nodeIndex(n, ijk);
		}
	}

	public Vec3 position(int n, double[] scratch) {
		index(n, scratch);
		return grid.toPatientMm(scratch[0], scratch[1], scratch[2]);
	}
}
