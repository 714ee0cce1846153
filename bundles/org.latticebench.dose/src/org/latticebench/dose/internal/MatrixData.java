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
	private static final int ROW_CHUNKS = 8;

	final Grid3 grid;
	final int[] rowVoxel, rowOf;
	final CoarseLattice lattice;
	final int[] beamColStart;
	final int[] colX, colY;
	final int[][] narrowPtr, narrowRow, broadPtr, broadNode;
	final float[][] narrowVal, broadVal;
	final float[][] rowFactor;
	/** Column blocks ({@link ColumnBlocks}) of about equal stored entries: a function of the matrix only. */
	private final int[][] blocks;
	private final RowStencil stencil;

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
		this.blocks = ColumnBlocks.split(narrowPtr, broadPtr, TARGET_BLOCKS);
		this.stencil = RowStencil.of(lattice, rowVoxel);
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
		return b + stencil.bytes();
	}

	/** Dose at every row for the given beamlet weights. */
	public float[] multiply(float[] weights, int threads) {
		if (weights.length != columns()) {
			throw new IllegalArgumentException("expected " + columns() + " beamlet weights, got " + weights.length);
		}
		RowStencil st = stencil;
		int nRows = rows(), nNodes = lattice.nodeCount(), nb = beams();
		float[][] narrowPartial = new float[blocks.length][];
		float[][] broadPartial = new float[blocks.length][];
		float[] out = new float[nRows];
		try (Parallel par = new Parallel(threads, ProgressMonitor.NULL)) {
			par.forRange(blocks.length, 1, (from, to) -> {
				for (int k = from; k < to; k++) {
					float[] np = new float[nRows], bp = new float[nNodes * nb];
					int[] seg = blocks[k];
					for (int q = 0; q < seg.length; q += 3) {
						int b = seg[q];
						int[] ptr = narrowPtr[b], row = narrowRow[b], bptr = broadPtr[b], node = broadNode[b];
						float[] val = narrowVal[b], bval = broadVal[b];
						for (int c = seg[q + 1]; c < seg[q + 2]; c++) {
							float w = weights[beamColStart[b] + c];
							if (w == 0) {
								continue;
							}
							for (int e = ptr[c]; e < ptr[c + 1]; e++) {
								np[row[e]] += val[e] * w;
							}
							for (int e = bptr[c]; e < bptr[c + 1]; e++) {
								bp[node[e] * nb + b] += bval[e] * w;
							}
						}
					}
					narrowPartial[k] = np;
					broadPartial[k] = bp;
				}
			});
			// broad node sums, interleaved [node * beams + beam], added in block order
			float[] nodeSum = new float[nNodes * nb];
			for (float[] bp : broadPartial) {
				for (int i = 0; i < bp.length; i++) {
					nodeSum[i] += bp[i];
				}
			}
			par.forRange(nRows, 8192, (from, to) -> {
				double[] interpolated = new double[nb];
				for (int r = from; r < to; r++) {
					float s = 0;
					for (float[] np : narrowPartial) {
						s += np[r];
					}
					st.interpolate(r, nodeSum, nb, interpolated);
					for (int b = 0; b < nb; b++) {
						float a = rowFactor[b][r];
						if (a != 0) {
							s += (float) (a * interpolated[b]);
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
		int nb = beams(), nNodes = lattice.nodeCount(), nRows = rows();
		RowStencil st = stencil;
		float[] out = new float[columns()];
		try (Parallel par = new Parallel(threads, ProgressMonitor.NULL)) {
			// the transpose of the interpolation: per fixed row chunk, a private node accumulator
			int chunk = Math.max(8192, (nRows + ROW_CHUNKS - 1) / ROW_CHUNKS);
			int chunks = Parallel.chunks(nRows, chunk);
			double[][] partial = new double[chunks][];
			par.forRange(chunks, 1, (from, to) -> {
				double[] weighted = new double[nb];
				for (int q = from; q < to; q++) {
					double[] acc = new double[nNodes * nb];
					for (int r = q * chunk, end = Math.min(nRows, r + chunk); r < end; r++) {
						float g = rowValues[r];
						if (g == 0) {
							continue;
						}
						for (int b = 0; b < nb; b++) {
							weighted[b] = rowFactor[b][r] * g;
						}
						st.scatter(r, weighted, nb, acc);
					}
					partial[q] = acc;
				}
			});
			float[] nodeGather = new float[nNodes * nb];
			par.forRange(nNodes * nb, 16384, (from, to) -> {
				for (int i = from; i < to; i++) {
					double s = 0;
					for (double[] p : partial) {
						s += p[i];
					}
					nodeGather[i] = (float) s;
				}
			});
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
					for (int e = bptr[c]; e < bptr[c + 1]; e++) {
						s += bval[e] * nodeGather[node[e] * nb + b];
					}
					out[col] = s;
				}
			});
		}
		return out;
	}
}
