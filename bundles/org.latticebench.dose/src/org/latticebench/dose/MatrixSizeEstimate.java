package org.latticebench.dose;

/**
 * The size of a dose-influence matrix, estimated before it is built.
 *
 * @param rows               body voxels
 * @param columns            active beamlets
 * @param narrowNonZeros     entries of the full-resolution narrow kernel
 * @param broadNonZeros      entries of the sampled broad kernels
 * @param bytes              heap needed for the matrix and the transient arrays of its build
 * @since 0.1
 */
public record MatrixSizeEstimate(int rows, int columns, long narrowNonZeros, long broadNonZeros, long bytes) {

	public long nonZeros() {
		return narrowNonZeros + broadNonZeros;
	}
}
