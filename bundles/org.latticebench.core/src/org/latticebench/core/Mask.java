package org.latticebench.core;

import java.util.Arrays;

/**
 * A structure on a voxel grid as partial-volume fractions: {@code fraction[i]} in [0, 1] is the
 * part of voxel i inside the structure. Volumes in cc count these fractions, which is what makes
 * a 1.8 cc sphere or a "> 700 cc below 21 Gy" constraint come out right.
 * <p>
 * The grid is the mask's own: a structure imported from contours keeps only the box of the CT
 * grid around it ({@link #cropped()}), so 200 structures on a 512 x 512 x 300 CT need megabytes,
 * not 63 GB. Code that needs the mask on another grid calls {@link #embedIn(Grid3)} (aligned
 * grids, exact) or resamples it; it never assumes the mask lies on the CT grid.
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

	/**
	 * An empty structure on {@code parent}: one voxel (at index 0,0,0) of fraction 0, so that it
	 * costs nothing whatever the size of {@code parent}.
	 *
	 * @since 0.1
	 */
	public static Mask emptyOn(Grid3 parent) {
		return new Mask(parent.subGrid(0, 0, 0, 1, 1, 1), new float[1]);
	}

	/**
	 * {imin, imax, jmin, jmax, kmin, kmax} of the voxels with a positive fraction, or empty when
	 * there are none.
	 *
	 * @since 0.1
	 */
	public java.util.Optional<int[]> positiveBox() {
		int nx = grid.nx(), ny = grid.ny(), nz = grid.nz();
		int[] box = { Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1 };
		int idx = 0;
		for (int k = 0; k < nz; k++) {
			for (int j = 0; j < ny; j++) {
				boolean rowHit = false;
				for (int i = 0; i < nx; i++, idx++) {
					if (fraction[idx] > 0) {
						box[0] = Math.min(box[0], i);
						box[1] = Math.max(box[1], i);
						rowHit = true;
					}
				}
				if (rowHit) {
					box[2] = Math.min(box[2], j);
					box[3] = Math.max(box[3], j);
					box[4] = Math.min(box[4], k);
					box[5] = Math.max(box[5], k);
				}
			}
		}
		return box[1] < 0 ? java.util.Optional.empty() : java.util.Optional.of(box);
	}

	/**
	 * This mask on the box of its grid around the voxels with a positive fraction, plus a border of
	 * one voxel of 0 where the grid has room (so interpolation at the box's faces sees the same zeros
	 * as on the whole grid); {@link #emptyOn(Grid3)} when the mask is empty. Fractions are copied
	 * unchanged, so volumes and DVHs are those of the uncropped mask.
	 *
	 * @since 0.1
	 */
	public Mask cropped() {
		java.util.Optional<int[]> found = positiveBox();
		if (found.isEmpty()) {
			return emptyOn(grid);
		}
		int[] b = found.get();
		int i0 = Math.max(0, b[0] - 1), j0 = Math.max(0, b[2] - 1), k0 = Math.max(0, b[4] - 1);
		int i1 = Math.min(grid.nx() - 1, b[1] + 1), j1 = Math.min(grid.ny() - 1, b[3] + 1), k1 = Math.min(grid.nz() - 1, b[5] + 1);
		Grid3 box = grid.subGrid(i0, j0, k0, i1 - i0 + 1, j1 - j0 + 1, k1 - k0 + 1);
		if (box.voxelCount() == grid.voxelCount()) {
			return this;
		}
		return new Mask(box, copyBox(fraction, grid, box, new int[] { i0, j0, k0 }));
	}

	/**
	 * This mask on {@code target}, a grid aligned with the mask's (same spacing and directions,
	 * origins a whole number of voxels apart: {@link Grid3#alignedOffsetIn(Grid3)}): each target
	 * voxel takes the fraction of the same voxel in the mask, 0 where the mask's grid does not reach.
	 * No interpolation, so a cropped mask embedded back in its CT grid equals the uncropped one.
	 * Returns this mask when the grids have the same geometry.
	 *
	 * @throws IllegalArgumentException when the grids are not aligned
	 * @since 0.1
	 */
	public Mask embedIn(Grid3 target) {
		if (grid.sameGeometry(target)) {
			return this;
		}
		int[] offset = target.alignedOffsetIn(grid).orElseThrow(() -> new IllegalArgumentException(
				"the mask's grid " + grid + " is not aligned with " + target + "; resample it instead"));
		return new Mask(target, copyBox(fraction, grid, target, offset));
	}

	/** Values of {@code to} (whose voxel 0,0,0 is voxel {@code offset} of {@code from}) taken from {@code from}; 0 outside it. */
	private static float[] copyBox(float[] values, Grid3 from, Grid3 to, int[] offset) {
		float[] out = new float[to.voxelCount()];
		int iLo = Math.max(0, -offset[0]), iHi = Math.min(to.nx(), from.nx() - offset[0]);
		if (iHi <= iLo) {
			return out;
		}
		for (int k = 0; k < to.nz(); k++) {
			int fk = k + offset[2];
			if (fk < 0 || fk >= from.nz()) {
				continue;
			}
			for (int j = 0; j < to.ny(); j++) {
				int fj = j + offset[1];
				if (fj < 0 || fj >= from.ny()) {
					continue;
				}
				System.arraycopy(values, from.index(iLo + offset[0], fj, fk), out, to.index(iLo, j, k), iHi - iLo);
			}
		}
		return out;
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
