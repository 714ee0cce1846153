package org.latticebench.dose.internal;

import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;

/**
 * The storage of a dose-influence matrix: per beam, a CSC block for the narrow kernel (rows =
 * body voxels) and a CSC block for the broad kernels (rows = coarse-lattice nodes), plus the
 * per-beam depth-dose factor of every row. Products use a fixed split of the columns into
 * blocks (independent of the thread count) with per-block partial sums added in block order,
 * so they are deterministic.
 */
public final class MatrixData {

	private static final int TARGET_BLOCKS = 8;

	final Grid3 grid;
	final int[] rowVoxel, rowOf;
	final CoarseLattice lattice;
	final int[] beamColStart;
	final int[] colX, colY;
	final int[][] narrowPtr, narrowRow, broadPtr, broadNode;
	final float[][] narrowVal, broadVal;
	final float[][] rowFactor;

	MatrixData(PreparedRequest prep, int[] beamColStart, int[] colX, int[] colY, int[][] narrowPtr, int[][] narrowRow,
			float[][] narrowVal, int[][] broadPtr, int[][] broadNode, float[][] broadVal, float[][] rowFactor) {
		this.grid = prep.request().doseGrid();
		this.rowVoxel = prep.rowVoxel();
		this.rowOf = prep.rowOf();
		this.lattice = prep.lattice();
		this.beamColStart = beamColStart;
		this.colX = colX;
		this.colY = colY;
		this.narrowPtr = narrowPtr;
		this.narrowRow = narrowRow;
		this.narrowVal = narrowVal;
		this.broadPtr = broadPtr;
		this.broadNode = broadNode;
		this.broadVal = broadVal;
		this.rowFactor = rowFactor;
	}

	public Grid3 grid() {
		return grid;
	}

	public int rows() {
		return rowVoxel.length;
	}

	public int columns() {
		return colX.length;
	}

	public int beams() {
		return beamColStart.length - 1;
	}

	public int rowVoxel(int row) {
		return rowVoxel[row];
	}

	public int beamOfColumn(int col) {
		int b = 0;
		while (beamColStart[b + 1] <= col) {
			b++;
		}
		return b;
	}

	public int beamletX(int col) {
		return colX[col];
	}

	public int beamletY(int col) {
		return colY[col];
	}

	public long narrowNonZeros() {
		long n = 0;
		for (int[] p : narrowPtr) {
			n += p[p.length - 1];
		}
		return n;
	}

	public long broadNonZeros() {
		long n = 0;
		for (int[] p : broadPtr) {
			n += p[p.length - 1];
		}
		return n;
	}

	public long bytes() {
		long b = 8 * (narrowNonZeros() + broadNonZeros()) + 4L * rowVoxel.length * (1 + beams()) + 4L * rowOf.length
				+ 12L * colX.length + 8L * lattice.nodeCount();
		return b;
	}

	/** Column blocks: {beam, first local column, end local column}, a function of the shape only. */
	private int[][] blocks() {
		int nb = beams();
		int sub = Math.max(1, (TARGET_BLOCKS + nb - 1) / nb);
		java.util.List<int[]> list = new java.util.ArrayList<>();
		for (int b = 0; b < nb; b++) {
			int n = beamColStart[b + 1] - beamColStart[b];
			for (int s = 0; s < sub; s++) {
				int from = (int) ((long) n * s / sub), to = (int) ((long) n * (s + 1) / sub);
				if (to > from) {
					list.add(new int[] { b, from, to });
				}
			}
		}
		return list.toArray(new int[0][]);
	}

	/** Dose at every row for the given beamlet weights. */
	public float[] multiply(float[] weights, int threads) {
		if (weights.length != columns()) {
			throw new IllegalArgumentException("expected " + columns() + " beamlet weights, got " + weights.length);
		}
		int[][] blocks = blocks();
		int nRows = rows(), nNodes = lattice.nodeCount(), nb = beams();
		float[][] narrowPartial = new float[blocks.length][];
		float[][] broadPartial = new float[blocks.length][];
		float[][] nodeSum = new float[nb][nNodes];
		float[] out = new float[nRows];
		try (Parallel par = new Parallel(threads, ProgressMonitor.NULL)) {
			par.forRange(blocks.length, 1, (from, to) -> {
				for (int k = from; k < to; k++) {
					int b = blocks[k][0];
					float[] np = new float[nRows], bp = new float[nNodes];
					int[] ptr = narrowPtr[b], row = narrowRow[b], bptr = broadPtr[b], node = broadNode[b];
					float[] val = narrowVal[b], bval = broadVal[b];
					for (int c = blocks[k][1]; c < blocks[k][2]; c++) {
						float w = weights[beamColStart[b] + c];
						if (w == 0) {
							continue;
						}
						for (int e = ptr[c]; e < ptr[c + 1]; e++) {
							np[row[e]] += val[e] * w;
						}
						for (int e = bptr[c]; e < bptr[c + 1]; e++) {
							bp[node[e]] += bval[e] * w;
						}
					}
					narrowPartial[k] = np;
					broadPartial[k] = bp;
				}
			});
			for (int k = 0; k < blocks.length; k++) {
				float[] target = nodeSum[blocks[k][0]];
				float[] bp = broadPartial[k];
				for (int n = 0; n < nNodes; n++) {
					target[n] += bp[n];
				}
			}
			par.forRange(nRows, 8192, (from, to) -> {
				for (int r = from; r < to; r++) {
					float s = 0;
					for (float[] np : narrowPartial) {
						s += np[r];
					}
					for (int b = 0; b < nb; b++) {
						float a = rowFactor[b][r];
						if (a != 0) {
							s += (float) (a * lattice.interpolate(rowVoxel[r], nodeSum[b]));
						}
					}
					out[r] = s;
				}
			});
		}
		return out;
	}

	/** Gradient with respect to the beamlet weights of Σ_rows g[row]·dose[row]. */
	public float[] multiplyTransposed(float[] rowValues, int threads) {
		if (rowValues.length != rows()) {
			throw new IllegalArgumentException("expected " + rows() + " row values, got " + rowValues.length);
		}
		int nb = beams(), nNodes = lattice.nodeCount();
		float[][] nodeGather = new float[nb][nNodes];
		float[] out = new float[columns()];
		try (Parallel par = new Parallel(threads, ProgressMonitor.NULL)) {
			for (int b = 0; b < nb; b++) {
				float[] weighted = new float[rows()];
				float[] a = rowFactor[b];
				for (int r = 0; r < weighted.length; r++) {
					weighted[r] = a[r] * rowValues[r];
				}
				float[] g = nodeGather[b];
				par.forRange(nNodes, 512, (from, to) -> {
					for (int n = from; n < to; n++) {
						g[n] = (float) lattice.gather(n, rowOf, weighted);
					}
				});
			}
			par.forRange(columns(), 64, (from, to) -> {
				for (int col = from; col < to; col++) {
					int b = beamOfColumn(col);
					int c = col - beamColStart[b];
					float s = 0;
					int[] ptr = narrowPtr[b], row = narrowRow[b];
					float[] val = narrowVal[b];
					for (int e = ptr[c]; e < ptr[c + 1]; e++) {
						s += val[e] * rowValues[row[e]];
					}
					int[] bptr = broadPtr[b], node = broadNode[b];
					float[] bval = broadVal[b];
					float[] g = nodeGather[b];
					for (int e = bptr[c]; e < bptr[c + 1]; e++) {
						s += bval[e] * g[node[e]];
					}
					out[col] = s;
				}
			});
		}
		return out;
	}
}
