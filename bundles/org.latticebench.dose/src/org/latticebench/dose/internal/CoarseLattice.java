package org.latticebench.dose.internal;

import java.util.Arrays;

import org.latticebench.core.Grid3;

/**
 * Every {@code stride}-th voxel of a dose grid in each direction (extended by one node past the
 * last voxel when needed), restricted to the nodes that carry interpolation weight for at least
 * one computed voxel. The broad, smooth parts of the kernel (σ ≥ 25 mm) are evaluated on these
 * nodes and interpolated trilinearly to the voxels: the "sampled tail" that keeps low doses far
 * from a beamlet without storing every voxel.
 */
public final class CoarseLattice {

	private final Grid3 grid;
	private final int stride, ni, nj, nk;
	private final int[] nodes;
	private final int[] nodeOf;

	private CoarseLattice(Grid3 grid, int stride, int ni, int nj, int nk, int[] nodes, int[] nodeOf) {
		this.grid = grid;
		this.stride = stride;
		this.ni = ni;
		this.nj = nj;
		this.nk = nk;
		this.nodes = nodes;
		this.nodeOf = nodeOf;
	}

	/** The lattice for the voxels with the given grid indices (ascending). */
	public static CoarseLattice of(Grid3 grid, int stride, int[] voxels) {
		int ni = (grid.nx() - 1 + stride - 1) / stride + 1;
		int nj = (grid.ny() - 1 + stride - 1) / stride + 1;
		int nk = (grid.nz() - 1 + stride - 1) / stride + 1;
		long total = (long) ni * nj * nk;
		if (total > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("coarse lattice too large");
		}
		boolean[] used = new boolean[(int) total];
		int nx = grid.nx(), ny = grid.ny();
		for (int g : voxels) {
			int i = g % nx, j = (g / nx) % ny, k = g / (nx * ny);
			int i0 = i / stride, j0 = j / stride, k0 = k / stride;
			int i1 = i % stride == 0 ? i0 : i0 + 1, j1 = j % stride == 0 ? j0 : j0 + 1, k1 = k % stride == 0 ? k0 : k0 + 1;
			for (int c = k0; c <= k1; c++) {
				for (int b = j0; b <= j1; b++) {
					for (int a = i0; a <= i1; a++) {
						used[a + ni * (b + nj * c)] = true;
					}
				}
			}
		}
		int count = 0;
		for (boolean u : used) {
			if (u) {
				count++;
			}
		}
		int[] nodes = new int[count];
		int[] nodeOf = new int[(int) total];
		Arrays.fill(nodeOf, -1);
		int n = 0;
		for (int l = 0; l < used.length; l++) {
			if (used[l]) {
				nodeOf[l] = n;
				nodes[n++] = l;
			}
		}
		return new CoarseLattice(grid, stride, ni, nj, nk, nodes, nodeOf);
	}

	/** A stride giving a node spacing of about 12 mm (a quarter of the narrowest broad σ or less). */
	public static int autoStride(Grid3 grid) {
		double minSpacing = Math.min(grid.spacingMm().x(), Math.min(grid.spacingMm().y(), grid.spacingMm().z()));
		return Math.max(1, (int) Math.floor(12.0 / minSpacing + 1e-9));
	}

	public Grid3 grid() {
		return grid;
	}

	public int stride() {
		return stride;
	}

	/** The compact id of the node at lattice coordinates (a, b, c), or -1 when it carries no weight. */
	public int nodeAt(int a, int b, int c) {
		if (a < 0 || b < 0 || c < 0 || a >= ni || b >= nj || c >= nk) {
			return -1;
		}
		return nodeOf[a + ni * (b + nj * c)];
	}

	public int nodeCount() {
		return nodes.length;
	}

	/** Index-space position of node n. */
	public void nodeIndex(int n, double[] ijk) {
		int l = nodes[n];
		ijk[0] = (double) (l % ni) * stride;
		ijk[1] = (double) ((l / ni) % nj) * stride;
		ijk[2] = (double) (l / (ni * nj)) * stride;
	}

	/**
	 * Interpolates node values at a voxel: the trilinear (tent) weights of the up to 8 nodes
	 * around it, summed in a fixed order.
	 */
	public double interpolate(int gridIndex, float[] nodeValues) {
		int nx = grid.nx(), ny = grid.ny();
		int i = gridIndex % nx, j = (gridIndex / nx) % ny, k = gridIndex / (nx * ny);
		int i0 = i / stride, j0 = j / stride, k0 = k / stride;
		double ti = (i - i0 * stride) / (double) stride, tj = (j - j0 * stride) / (double) stride,
				tk = (k - k0 * stride) / (double) stride;
		double sum = 0;
		for (int c = 0; c < 2; c++) {
			double wk = c == 0 ? 1 - tk : tk;
			if (wk == 0) {
				continue;
			}
			for (int b = 0; b < 2; b++) {
				double wj = b == 0 ? 1 - tj : tj;
				if (wj == 0) {
					continue;
				}
				for (int a = 0; a < 2; a++) {
					double wi = a == 0 ? 1 - ti : ti;
					if (wi == 0) {
						continue;
					}
					sum += wi * wj * wk * nodeValues[nodeOf[(i0 + a) + ni * ((j0 + b) + nj * (k0 + c))]];
				}
			}
		}
		return sum;
	}
}
