package org.latticebench.workflow;

/**
 * Size of the dose-influence matrix of one {@link PlanRun}.
 *
 * @param rows     dose voxels inside the body
 * @param columns  beamlets optimised
 * @param nonZeros stored entries
 * @param bytes    heap held by the matrix
 * @since 0.1
 */
public record MatrixStats(int rows, int columns, long nonZeros, long bytes) {

	/** For runs that did not build a matrix. */
	public static final MatrixStats NONE = new MatrixStats(0, 0, 0, 0);

	/** Bytes of matrix values and indices read by one D·w plus one Dᵀ·g product (8 bytes per entry each). */
	public long bytesPerIteration() {
		return 2L * nonZeros * (Float.BYTES + Integer.BYTES);
	}
}
