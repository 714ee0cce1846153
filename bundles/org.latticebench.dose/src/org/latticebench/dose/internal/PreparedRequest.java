package org.latticebench.dose.internal;

import java.util.Arrays;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.dose.DoseRequest;

/**
 * What every calculation of a request shares: the rows (dose voxels inside the body, ascending
 * grid index), the inverse map, the coarse lattice for the broad kernel and the density grid.
 */
public record PreparedRequest(DoseRequest request, int[] rowVoxel, int[] rowOf, CoarseLattice lattice,
		DensityGrid density) {

	public static PreparedRequest of(DoseRequest request, int stride) {
		int[] rows = rows(request);
		Grid3 grid = request.doseGrid();
		int[] rowOf = new int[grid.voxelCount()];
		Arrays.fill(rowOf, -1);
		for (int r = 0; r < rows.length; r++) {
			rowOf[rows[r]] = r;
		}
		CoarseLattice lattice = CoarseLattice.of(grid, stride, rows);
		return new PreparedRequest(request, rows, rowOf, lattice, DensityGrid.of(request.ctHu(), request.huTable()));
	}

	/** Dose voxels inside the body mask (all voxels without one), ascending. */
	public static int[] rows(DoseRequest request) {
		int n = request.doseGrid().voxelCount();
		if (request.body().isEmpty()) {
			int[] all = new int[n];
			for (int i = 0; i < n; i++) {
				all[i] = i;
			}
			return all;
		}
		Mask body = request.body().get();
		float[] fr = body.fraction();
		int count = 0;
		for (float v : fr) {
			if (v > 0) {
				count++;
			}
		}
		int[] rows = new int[count];
		int r = 0;
		for (int i = 0; i < fr.length; i++) {
			if (fr[i] > 0) {
				rows[r++] = i;
			}
		}
		return rows;
	}

	public int rowCount() {
		return rowVoxel.length;
	}

	public PointSet rowPoints() {
		return PointSet.voxels(request.doseGrid(), rowVoxel);
	}

	public PointSet nodePoints() {
		return PointSet.nodes(lattice);
	}
}
