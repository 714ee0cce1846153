package org.latticebench.geometry;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

/**
 * Volume, centroid and bounding box of a partial-volume mask, in patient coordinates (LPS, mm).
 *
 * @since 0.1
 */
public final class MaskStats {

	private MaskStats() {
	}

	/** Sum of fractions times the voxel volume. */
	public static double volumeCc(Mask m) {
		return m.volumeCc();
	}

	/**
	 * Fraction-weighted mean of the voxel centres.
	 *
	 * @throws EmptyMaskException when no voxel has a positive fraction
	 */
	public static Vec3 centroidMm(Mask m) {
		Grid3 g = m.grid();
		float[] f = m.fraction();
		double w = 0, si = 0, sj = 0, sk = 0;
		int n = 0;
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++, n++) {
					double v = f[n];
					if (v > 0) {
						w += v;
						si += v * i;
						sj += v * j;
						sk += v * k;
					}
				}
			}
		}
		if (w == 0) {
			throw new EmptyMaskException("centroid");
		}
		return g.toPatientMm(si / w, sj / w, sk / w);
	}

	/**
	 * {min, max} corners of the voxel centres with a positive fraction.
	 *
	 * @throws EmptyMaskException when no voxel has a positive fraction
	 */
	public static Vec3[] boundingBoxMm(Mask m) {
		Grid3 g = m.grid();
		float[] f = m.fraction();
		int[] lo = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE };
		int[] hi = { -1, -1, -1 };
		int n = 0;
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++, n++) {
					if (f[n] > 0) {
						lo[0] = Math.min(lo[0], i);
						hi[0] = Math.max(hi[0], i);
						lo[1] = Math.min(lo[1], j);
						hi[1] = Math.max(hi[1], j);
						lo[2] = Math.min(lo[2], k);
						hi[2] = Math.max(hi[2], k);
					}
				}
			}
		}
		if (hi[0] < 0) {
			throw new EmptyMaskException("bounding box");
		}
		// the corners of the index box, mapped to patient space (any grid orientation)
		double[] min = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY };
		double[] max = { Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (int c = 0; c < 8; c++) {
			Vec3 p = g.toPatientMm((c & 1) == 0 ? lo[0] : hi[0], (c & 2) == 0 ? lo[1] : hi[1], (c & 4) == 0 ? lo[2] : hi[2]);
			for (int a = 0; a < 3; a++) {
				min[a] = Math.min(min[a], p.get(a));
				max[a] = Math.max(max[a], p.get(a));
			}
		}
		return new Vec3[] { new Vec3(min[0], min[1], min[2]), new Vec3(max[0], max[1], max[2]) };
	}
}
