package org.latticebench.optimization;

import java.util.Arrays;

import org.latticebench.core.Mask;
import org.latticebench.dose.DoseInfluenceMatrix;

/**
 * The dose engine's sparse {@link DoseInfluenceMatrix} as a {@link DoseOperator}: operator rows are
 * the matrix rows (dose voxels inside the body, ascending voxel index), columns its beamlets. Both
 * products run on the matrix's threads with a fixed split of the work and a fixed summation
 * order, so results are bit-identical for any thread count.
 *
 * @since 0.1
 */
public final class InfluenceMatrixOperator implements DoseOperator {

	private final DoseInfluenceMatrix matrix;
	private final int[] rowOfVoxel;

	public InfluenceMatrixOperator(DoseInfluenceMatrix matrix) {
		this.matrix = matrix;
		int[] map = new int[matrix.grid().voxelCount()];
		Arrays.fill(map, -1);
		for (int r = 0; r < matrix.rows(); r++) {
			map[matrix.rowVoxelIndex(r)] = r;
		}
		this.rowOfVoxel = map;
	}

	public DoseInfluenceMatrix matrix() {
		return matrix;
	}

	@Override
	public int voxelCount() {
		return matrix.rows();
	}

	@Override
	public int beamletCount() {
		return matrix.columns();
	}

	@Override
	public void multiply(float[] weights, float[] doseOut) {
		requireLength("doseOut", doseOut.length, matrix.rows());
		System.arraycopy(matrix.multiply(weights), 0, doseOut, 0, doseOut.length);
	}

	@Override
	public void multiplyTransposed(float[] voxelValues, float[] beamletOut) {
		requireLength("beamletOut", beamletOut.length, matrix.columns());
		System.arraycopy(matrix.multiplyTransposed(voxelValues), 0, beamletOut, 0, beamletOut.length);
	}

	/** The operator row of each dose-grid voxel (flat index), -1 outside the body. A copy. */
	public int[] rowOfVoxel() {
		return rowOfVoxel.clone();
	}

	/**
	 * A structure's voxels as operator rows. The mask must lie on the matrix's dose grid; voxels
	 * outside the body have no row and are left out.
	 *
	 * @throws IllegalArgumentException when the mask is on another grid
	 */
	public StructureVoxels voxelsOf(Mask maskOnDoseGrid) {
		if (!maskOnDoseGrid.grid().sameGeometry(matrix.grid())) {
			throw new IllegalArgumentException(
					"mask grid " + maskOnDoseGrid.grid() + " is not the dose grid " + matrix.grid() + "; resample it first");
		}
		return StructureVoxels.fromMask(maskOnDoseGrid, rowOfVoxel);
	}

	private static void requireLength(String what, int actual, int expected) {
		if (actual != expected) {
			throw new IllegalArgumentException(what + " has length " + actual + ", expected " + expected);
		}
	}
}
