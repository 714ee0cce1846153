package org.latticebench.workflow.internal;

import java.util.Arrays;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;

/** Partial-volume weighted dose statistics of a structure on the dose grid (used for normalisation). */
public final class DoseStats {

	private DoseStats() {
	}

	/** Σ f·d / Σ f over the mask, Gy; NaN for an empty mask. */
	public static double meanGy(FloatVolume dose, Mask mask) {
		float[] d = dose.values(), f = mask.fraction();
		double s = 0, w = 0;
		for (int i = 0; i < f.length; i++) {
			if (f[i] > 0) {
				s += f[i] * d[i];
				w += f[i];
			}
		}
		return w > 0 ? s / w : Double.NaN;
	}

	/**
	 * The dose that {@code volumePct} of the structure receives at least (D_x): voxels sorted by
	 * dose, hottest first, their fractions summed until they reach x % of the volume. NaN when empty.
	 */
	public static double doseAtVolumeGy(FloatVolume dose, Mask mask, double volumePct) {
		float[] d = dose.values(), f = mask.fraction();
		int n = 0;
		for (float x : f) {
			n += x > 0 ? 1 : 0;
		}
		if (n == 0) {
			return Double.NaN;
		}
		long[] keyed = new long[n];
		double total = 0;
		for (int i = 0, k = 0; i < f.length; i++) {
			if (f[i] > 0) {
				// dose bits (non-negative floats sort like ints) in the high word, voxel in the low word
				keyed[k++] = ((long) Float.floatToIntBits(Math.max(0f, d[i])) << 32) | i;
				total += f[i];
			}
		}
		Arrays.sort(keyed);
		double want = total * volumePct / 100, acc = 0;
		for (int k = n - 1; k >= 0; k--) {
			int voxel = (int) keyed[k];
			acc += f[voxel];
			if (acc >= want) {
				return Float.intBitsToFloat((int) (keyed[k] >>> 32));
			}
		}
		return Float.intBitsToFloat((int) (keyed[0] >>> 32));
	}
}
