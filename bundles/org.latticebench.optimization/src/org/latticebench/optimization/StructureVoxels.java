package org.latticebench.optimization;

import org.latticebench.core.Mask;

/**
 * The voxels of one structure as rows of a {@link DoseOperator}, each with the fraction of the voxel
 * that lies inside the structure (partial volume). Arrays are owned by the record once passed in:
 * callers must not modify them afterwards.
 *
 * @param rows    strictly increasing operator rows, each >= 0
 * @param weights the partial-volume fraction of each row, in (0, 1]
 * @since 0.1
 */
public record StructureVoxels(int[] rows, float[] weights) {

	public StructureVoxels {
		if (rows == null || weights == null) {
			throw new IllegalArgumentException("structure voxels need rows and weights");
		}
		if (rows.length != weights.length) {
			throw new IllegalArgumentException(
					"structure voxels: " + rows.length + " rows but " + weights.length + " partial-volume weights");
		}
		for (int i = 0; i < rows.length; i++) {
			if (rows[i] < 0 || (i > 0 && rows[i] <= rows[i - 1])) {
				throw new IllegalArgumentException("structure voxels: rows must be >= 0 and strictly increasing, row "
						+ rows[i] + " at position " + i);
			}
			if (!(weights[i] > 0 && weights[i] <= 1)) {
				throw new IllegalArgumentException("structure voxels: partial-volume weight at row " + rows[i]
						+ " must be in (0, 1], got " + weights[i]);
			}
		}
	}

	/**
	 * The voxels of a mask whose operator rows are the flat indices of the mask's grid (the dose grid).
	 */
	public static StructureVoxels fromMask(Mask mask) {
		float[] f = mask.fraction();
		int n = 0;
		for (float x : f) {
			n += x > 0 ? 1 : 0;
		}
		int[] rows = new int[n];
		float[] w = new float[n];
		for (int i = 0, k = 0; i < f.length; i++) {
			if (f[i] > 0) {
				rows[k] = i;
				w[k++] = Math.min(f[i], 1f);
			}
		}
		return new StructureVoxels(rows, w);
	}

	/**
	 * The voxels of a mask for an operator that covers only some grid voxels.
	 *
	 * @param rowOfVoxel the operator row of each grid voxel (flat index), -1 where the operator has none;
	 *                   mask voxels without a row are left out (they can receive no dose in the model)
	 */
	public static StructureVoxels fromMask(Mask mask, int[] rowOfVoxel) {
		float[] f = mask.fraction();
		if (rowOfVoxel.length != f.length) {
			throw new IllegalArgumentException(
					"row map has " + rowOfVoxel.length + " entries for a grid of " + f.length + " voxels");
		}
		long[] pairs = new long[f.length];
		int n = 0;
		for (int i = 0; i < f.length; i++) {
			if (f[i] > 0 && rowOfVoxel[i] >= 0) {
				pairs[n++] = ((long) rowOfVoxel[i] << 32) | i;
			}
		}
		java.util.Arrays.sort(pairs, 0, n);
		int[] rows = new int[n];
		float[] w = new float[n];
		for (int k = 0; k < n; k++) {
			rows[k] = (int) (pairs[k] >>> 32);
			w[k] = Math.min(f[(int) pairs[k]], 1f);
		}
		return new StructureVoxels(rows, w);
	}

	/** Every row with weight 1. */
	public static StructureVoxels whole(int... rows) {
		float[] w = new float[rows.length];
		java.util.Arrays.fill(w, 1f);
		return new StructureVoxels(rows.clone(), w);
	}

	public int size() {
		return rows.length;
	}

	/** The structure's volume in voxel units: the sum of the partial-volume weights. */
	public double volumeVoxels() {
		double v = 0;
		for (float w : weights) {
			v += w;
		}
		return v;
	}

	/** The largest row, or -1 for an empty structure. */
	public int maxRow() {
		return rows.length == 0 ? -1 : rows[rows.length - 1];
	}
}
