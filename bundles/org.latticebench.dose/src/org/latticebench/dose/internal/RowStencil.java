package org.latticebench.dose.internal;

/**
 * The trilinear stencil of every matrix row on a {@link CoarseLattice}, computed once: the 8
 * surrounding nodes (absent corners carry weight 0 and point at node 0) and the row's phase
 * inside its lattice cell, which selects 8 tent weights from a table of stride³ entries. It
 * replaces the per-call index arithmetic of {@link CoarseLattice#interpolate} in the matrix
 * products, and gives their transposes ({@link #scatter}) in one pass over the rows.
 */
final class RowStencil {

	private final int[] corners;
	private final short[] phase;
	private final double[] weights;

	private RowStencil(int[] corners, short[] phase, double[] weights) {
		this.corners = corners;
		this.phase = phase;
		this.weights = weights;
	}

	static RowStencil of(CoarseLattice lattice, int[] rowVoxel) {
		int stride = lattice.stride();
		if ((long) stride * stride * stride > Short.MAX_VALUE) {
			throw new IllegalArgumentException("lattice stride " + stride + " too large for a row stencil");
		}
		double[] table = new double[stride * stride * stride * 8];
		for (int fk = 0; fk < stride; fk++) {
			for (int fj = 0; fj < stride; fj++) {
				for (int fi = 0; fi < stride; fi++) {
					int p = fi + stride * (fj + stride * fk);
					double ti = fi / (double) stride, tj = fj / (double) stride, tk = fk / (double) stride;
					for (int c = 0; c < 8; c++) {
						double wi = (c & 1) == 0 ? 1 - ti : ti, wj = (c & 2) == 0 ? 1 - tj : tj,
								wk = (c & 4) == 0 ? 1 - tk : tk;
						table[p * 8 + c] = wi * wj * wk;
					}
				}
			}
		}
		int[] corners = new int[rowVoxel.length * 8];
		short[] phase = new short[rowVoxel.length];
		int nx = lattice.grid().nx(), ny = lattice.grid().ny();
		for (int r = 0; r < rowVoxel.length; r++) {
			int g = rowVoxel[r];
			int i = g % nx, j = (g / nx) % ny, k = g / (nx * ny);
			int i0 = i / stride, j0 = j / stride, k0 = k / stride;
			int p = (i - i0 * stride) + stride * ((j - j0 * stride) + stride * (k - k0 * stride));
			phase[r] = (short) p;
			for (int c = 0; c < 8; c++) {
				int node = table[p * 8 + c] == 0 ? -1
						: lattice.nodeAt(i0 + (c & 1), j0 + ((c >> 1) & 1), k0 + ((c >> 2) & 1));
				corners[r * 8 + c] = Math.max(0, node);
			}
		}
		return new RowStencil(corners, phase, table);
	}

	/**
	 * out[b] = Σ_corners weight · nodeValues[node · beams + b] for every beam b, summed in corner
	 * order (the order of {@link CoarseLattice#interpolate}).
	 */
	void interpolate(int row, float[] nodeValues, int beams, double[] out) {
		java.util.Arrays.fill(out, 0, beams, 0);
		int w0 = phase[row] * 8, c0 = row * 8;
		for (int c = 0; c < 8; c++) {
			double w = weights[w0 + c];
			if (w == 0) {
				continue;
			}
			int base = corners[c0 + c] * beams;
			for (int b = 0; b < beams; b++) {
				out[b] += w * nodeValues[base + b];
			}
		}
	}

	/** The transpose of {@link #interpolate}: acc[node · beams + b] += weight · values[b]. */
	void scatter(int row, double[] values, int beams, double[] acc) {
		int w0 = phase[row] * 8, c0 = row * 8;
		for (int c = 0; c < 8; c++) {
			double w = weights[w0 + c];
			if (w == 0) {
				continue;
			}
			int base = corners[c0 + c] * beams;
			for (int b = 0; b < beams; b++) {
				acc[base + b] += w * values[b];
			}
		}
	}

	/** Heap held, bytes. */
	long bytes() {
		return 4L * corners.length + 2L * phase.length + 8L * weights.length;
	}
}
