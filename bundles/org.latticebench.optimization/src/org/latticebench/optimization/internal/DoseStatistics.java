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
		double total = 0;
		for (float w : weights) {
			total += w;
		}
		double target = volumePct / 100.0 * total;
		// tolerate the rounding of the float weights' sum, so that 100 % reaches the coldest voxel
		double slack = 1e-9 * total;
		return largestDoseWithVolumeAbove(structureDoseGy.clone(), weights.clone(), target - slack);
	}

	/**
	 * The largest dose v with W(d ≥ v) ≥ need (the maximum when need ≤ 0, the minimum when no
	 * dose qualifies): the value a walk down the sorted doses, adding weights, stops at. Found by
	 * a weighted quickselect with three-way partitions, O(n) on average instead of a sort; the
	 * pivot is the median of three fixed positions, so the result is deterministic. Reorders the
	 * arrays it is given.
	 */
	static double largestDoseWithVolumeAbove(double[] dose, float[] weight, double need) {
		int lo = 0, hi = dose.length;
		double min = Double.POSITIVE_INFINITY;
		for (double d : dose) {
			min = Math.min(min, d);
		}
		while (hi > lo) {
			if (need <= 0) {
				double max = Double.NEGATIVE_INFINITY;
				for (int i = lo; i < hi; i++) {
					max = Math.max(max, dose[i]);
				}
				return max;
			}
			double pivot = medianOfThree(dose[lo], dose[(lo + hi) >>> 1], dose[hi - 1]);
			// three-way partition: [lo, gt) > pivot, [gt, i) == pivot, [lt, hi) < pivot
			int gt = lo, i = lo, lt = hi;
			double above = 0, equal = 0;
			while (i < lt) {
				double d = dose[i];
				if (d > pivot) {
					above += weight[i];
					swap(dose, weight, i++, gt++);
				} else if (d < pivot) {
					swap(dose, weight, i, --lt);
				} else {
					equal += weight[i];
					i++;
				}
			}
			if (above >= need) {
				hi = gt;
			} else if (above + equal >= need) {
				return pivot;
			} else {
				need -= above + equal;
				lo = lt;
			}
		}
		return min;
	}

	private static double medianOfThree(double a, double b, double c) {
		return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
	}

	private static void swap(double[] d, float[] w, int i, int j) {
		double td = d[i];
		d[i] = d[j];
		d[j] = td;
		float tw = w[i];
		w[i] = w[j];
		w[j] = tw;
	}
}
