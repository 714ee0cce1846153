package org.latticebench.core;

import java.util.Arrays;

/**
 * Scalar samples (HU, dose in Gy, a fraction) at the voxel centres of a {@link Grid3}.
 * <p>
 * The array is owned by the volume; callers treat it as read-only once the volume is shared
 * with other threads. Use {@link #copy()} for a private mutable copy.
 *
 * @since 0.1
 */
public record FloatVolume(Grid3 grid, float[] values) {

	public FloatVolume {
		if (values.length != grid.voxelCount()) {
			throw new IllegalArgumentException(
					"volume has " + values.length + " samples but its grid " + grid + " needs " + grid.voxelCount());
		}
	}

	public static FloatVolume zeros(Grid3 grid) {
		return new FloatVolume(grid, new float[grid.voxelCount()]);
	}

	public float get(int i, int j, int k) {
		return values[grid.index(i, j, k)];
	}

	public FloatVolume copy() {
		return new FloatVolume(grid, values.clone());
	}

	public float max() {
		float m = Float.NEGATIVE_INFINITY;
		for (float v : values) {
			m = Math.max(m, v);
		}
		return m;
	}

	/**
	 * Trilinear interpolation at a patient position. Outside the grid (beyond the outermost voxel
	 * centres) the value is {@code outside}.
	 */
	public double sampleTrilinear(Vec3 pMm, double outside) {
		double[] ijk = grid.toIndex(pMm);
		return sampleIndex(ijk[0], ijk[1], ijk[2], outside);
	}

	public double sampleIndex(double fi, double fj, double fk, double outside) {
		int nx = grid.nx(), ny = grid.ny(), nz = grid.nz();
		final double eps = 1e-6;
		if (fi < -eps || fj < -eps || fk < -eps || fi > nx - 1 + eps || fj > ny - 1 + eps || fk > nz - 1 + eps) {
			return outside;
		}
		fi = clamp(fi, nx - 1);
		fj = clamp(fj, ny - 1);
		fk = clamp(fk, nz - 1);
		int i0 = Math.min((int) fi, Math.max(nx - 2, 0)), j0 = Math.min((int) fj, Math.max(ny - 2, 0)),
				k0 = Math.min((int) fk, Math.max(nz - 2, 0));
		int i1 = Math.min(i0 + 1, nx - 1), j1 = Math.min(j0 + 1, ny - 1), k1 = Math.min(k0 + 1, nz - 1);
		double tx = fi - i0, ty = fj - j0, tz = fk - k0;
		double c00 = lerp(get(i0, j0, k0), get(i1, j0, k0), tx);
		double c10 = lerp(get(i0, j1, k0), get(i1, j1, k0), tx);
		double c01 = lerp(get(i0, j0, k1), get(i1, j0, k1), tx);
		double c11 = lerp(get(i0, j1, k1), get(i1, j1, k1), tx);
		return lerp(lerp(c00, c10, ty), lerp(c01, c11, ty), tz);
	}

	private static double clamp(double v, int max) {
		return v < 0 ? 0 : Math.min(v, max);
	}

	private static double lerp(double a, double b, double t) {
		return a + (b - a) * t;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FloatVolume f && grid.equals(f.grid) && Arrays.equals(values, f.values);
	}

	@Override
	public int hashCode() {
		return grid.hashCode() * 31 + Arrays.hashCode(values);
	}

	@Override
	public String toString() {
		return "FloatVolume[" + grid + "]";
	}
}
