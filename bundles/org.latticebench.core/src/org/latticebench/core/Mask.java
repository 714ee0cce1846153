package org.latticebench.core;

import java.util.Arrays;

/**
 * A structure on a voxel grid as partial-volume fractions: {@code fraction[i]} in [0, 1] is the
 * part of voxel i inside the structure. Volumes in cc count these fractions, which is what makes
 * a 1.8 cc sphere or a "> 700 cc below 21 Gy" constraint come out right.
 *
 * @since 0.1
 */
public record Mask(Grid3 grid, float[] fraction) {

	public Mask {
		if (fraction.length != grid.voxelCount()) {
			throw new IllegalArgumentException(
					"mask has " + fraction.length + " voxels but its grid " + grid + " needs " + grid.voxelCount());
		}
	}

	public static Mask empty(Grid3 grid) {
		return new Mask(grid, new float[grid.voxelCount()]);
	}

	public float get(int i, int j, int k) {
		return fraction[grid.index(i, j, k)];
	}

	/** Sum of fractions times the voxel volume. */
	public double volumeCc() {
		double sum = 0;
		for (float f : fraction) {
			sum += f;
		}
		return sum * grid.voxelVolumeCc();
	}

	public boolean isEmpty() {
		for (float f : fraction) {
			if (f > 0) {
				return false;
			}
		}
		return true;
	}

	/** Number of voxels with a non-zero fraction. */
	public int voxelsInside() {
		int n = 0;
		for (float f : fraction) {
			if (f > 0) {
				n++;
			}
		}
		return n;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Mask m && grid.equals(m.grid) && Arrays.equals(fraction, m.fraction);
	}

	@Override
	public int hashCode() {
		return grid.hashCode() * 31 + Arrays.hashCode(fraction);
	}

	@Override
	public String toString() {
		return "Mask[" + grid + ", " + voxelsInside() + " voxels]";
	}
}
