package org.latticebench.optimization.internal;

/** Dose-volume statistics over one structure's voxels, with partial-volume weights. */
public final class DoseStatistics {

	private DoseStatistics() {
	}

	/** The doses of the given rows, in row order. */
	public static double[] gather(double[] doseGy, int[] rows) {
		double[] d = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			d[i] = doseGy[rows[i]];
		}
		return d;
	}

	/** Volume-weighted mean. */
	public static double mean(double[] structureDoseGy, float[] weights) {
		double sum = 0, vol = 0;
		for (int i = 0; i < structureDoseGy.length; i++) {
			sum += weights[i] * structureDoseGy[i];
			vol += weights[i];
		}
		return vol > 0 ? sum / vol : 0;
	}

	/**
	 * D_x: the largest dose d such that at least {@code volumePct} % of the structure's (weighted)
	 * volume receives d or more. 0 % gives the maximum, 100 % the minimum.
	 */
	public static double doseAtVolume(double[] structureDoseGy, float[] weights, double volumePct) {
		int n = structureDoseGy.length;
		if (n == 0) {
			return 0;
		}
		int[] order = sortedAscending(structureDoseGy);
		double total = 0;
		for (float w : weights) {
			total += w;
		}
		double target = volumePct / 100.0 * total;
		// tolerate the rounding of the float weights' sum, so that 100 % reaches the coldest voxel
		double slack = 1e-9 * total;
		double cumulative = 0;
		for (int k = n - 1; k >= 0; k--) {
			int i = order[k];
			cumulative += weights[i];
			if (cumulative >= target - slack) {
				return structureDoseGy[i];
			}
		}
		return structureDoseGy[order[0]];
	}

	/** The indices of {@code values} in ascending order of value; ties keep index order (stable). */
	public static int[] sortedAscending(double[] values) {
		int n = values.length;
		int[] a = new int[n];
		for (int i = 0; i < n; i++) {
			a[i] = i;
		}
		int[] b = new int[n];
		// bottom-up merge sort on indices: stable, hence deterministic for equal doses
		for (int width = 1; width < n; width *= 2) {
			for (int lo = 0; lo < n; lo += 2 * width) {
				int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
				int i = lo, j = mid, k = lo;
				while (i < mid && j < hi) {
					b[k++] = values[a[j]] < values[a[i]] ? a[j++] : a[i++];
				}
				while (i < mid) {
					b[k++] = a[i++];
				}
				while (j < hi) {
					b[k++] = a[j++];
				}
			}
			int[] t = a;
			a = b;
			b = t;
		}
		return a;
	}
}
