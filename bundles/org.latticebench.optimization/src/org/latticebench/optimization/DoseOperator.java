package org.latticebench.optimization;

/**
 * The linear map from beamlet weights to voxel dose, {@code dose = D · weights}, that the optimiser
 * works through. The dose engine's dose-influence matrix is adapted to it; tests use small dense ones.
 * <p>
 * Implementations must be deterministic: the same input gives bit-identical output whatever the
 * number of threads they use. They may be called from one thread at a time only.
 *
 * @since 0.1
 */
public interface DoseOperator {

	/** Rows of D: voxels of the dose grid (or of the subset the operator covers). */
	int voxelCount();

	/** Columns of D: beamlets. */
	int beamletCount();

	/**
	 * Dose in Gy per voxel for the given beamlet weights: {@code doseOut = D · weights}.
	 *
	 * @param weights beamlet weights, length {@link #beamletCount()}
	 * @param doseOut overwritten, length {@link #voxelCount()}
	 */
	void multiply(float[] weights, float[] doseOut);

	/**
	 * The transposed product, used to chain a per-voxel gradient to the beamlets:
	 * {@code beamletOut = Dᵀ · voxelValues}.
	 *
	 * @param voxelValues one value per voxel, length {@link #voxelCount()}
	 * @param beamletOut  overwritten, length {@link #beamletCount()}
	 */
	void multiplyTransposed(float[] voxelValues, float[] beamletOut);
}
