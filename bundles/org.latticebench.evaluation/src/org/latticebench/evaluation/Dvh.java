package org.latticebench.evaluation;

import java.util.Arrays;

/**
 * A dose-volume histogram of one structure.
 * <p>
 * Bin {@code b} holds the volume whose dose lies in {@code [b * binWidthGy, (b + 1) * binWidthGy)};
 * negative doses are counted in bin 0. Inside a bin the volume is taken as spread uniformly, so
 * the cumulative DVH is piecewise linear between bin edges and the inverse queries (Dx) are
 * interpolated the same way. Queries below {@link #minGy()} return the whole volume and queries
 * above {@link #maxGy()} none, so bin quantisation never moves the extremes.
 *
 * @param binWidthGy            width of a differential bin, Gy
 * @param differentialCc        volume per bin, cc (owned by the record: treat as read-only)
 * @param totalVolumeCc         sum of the bins: the structure volume with partial-volume weights
 * @param minGy                 lowest dose in the structure (of the linear-within-voxel dose model)
 * @param maxGy                 highest dose in the structure (of the same model)
 * @param meanGy                volume-weighted mean of the samples
 * @param supersamplingPerAxis  dose samples per mask voxel along each axis (1 = voxel centres only;
 *                              3 means 3x3x3 trilinear samples per voxel)
 * @param outsideDoseGridCc     structure volume lying outside the dose grid, counted at 0 Gy
 * @since 0.1
 */
public record Dvh(double binWidthGy, double[] differentialCc, double totalVolumeCc, double minGy, double maxGy,
		double meanGy, int supersamplingPerAxis, double outsideDoseGridCc) {

	public Dvh {
		if (!(binWidthGy > 0)) {
			throw new IllegalArgumentException("DVH bin width must be positive, got " + binWidthGy + " Gy");
		}
		if (!(totalVolumeCc > 0)) {
			throw new IllegalArgumentException("DVH of an empty structure (" + totalVolumeCc + " cc)");
		}
		if (supersamplingPerAxis < 1) {
			throw new IllegalArgumentException("supersampling must be at least 1, got " + supersamplingPerAxis);
		}
	}

	public int binCount() {
		return differentialCc.length;
	}

	/** Differential volume as a percentage of the structure volume, per bin. */
	public double[] differentialPercent() {
		double[] p = new double[differentialCc.length];
		for (int b = 0; b < p.length; b++) {
			p[b] = 100.0 * differentialCc[b] / totalVolumeCc;
		}
		return p;
	}

	/**
	 * Cumulative volume at the bin edges: element {@code b} is the volume receiving at least
	 * {@code b * binWidthGy}; the array has {@code binCount() + 1} elements and ends with 0.
	 */
	public double[] cumulativeCc() {
		double[] c = new double[differentialCc.length + 1];
		for (int b = differentialCc.length - 1; b >= 0; b--) {
			c[b] = c[b + 1] + differentialCc[b];
		}
		return c;
	}

	/** Cumulative volume (cc) at the dose levels {@code 0, stepGy, 2 stepGy, ...} up to and beyond the maximum. */
	public double[] cumulativeCcAt(double stepGy, int levels) {
		double[] v = new double[levels];
		for (int l = 0; l < levels; l++) {
			v[l] = volumeAtLeastCc(l * stepGy);
		}
		return v;
	}

	/** Vx in cc: the volume receiving at least {@code doseGy}. */
	public double volumeAtLeastCc(double doseGy) {
		if (doseGy <= minGy) {
			return totalVolumeCc;
		}
		if (doseGy > maxGy) {
			return 0;
		}
		double pos = doseGy / binWidthGy;
		int b = (int) Math.floor(pos);
		if (b >= differentialCc.length) {
			return 0;
		}
		double above = 0;
		for (int k = differentialCc.length - 1; k > b; k--) {
			above += differentialCc[k];
		}
		return above + differentialCc[b] * (1 - (pos - b));
	}

	/** Vx in percent of the structure volume. */
	public double volumeAtLeastPercent(double doseGy) {
		return 100.0 * volumeAtLeastCc(doseGy) / totalVolumeCc;
	}

	/** The critical-volume quantity: volume receiving less than {@code doseGy}, cc. */
	public double volumeBelowCc(double doseGy) {
		return totalVolumeCc - volumeAtLeastCc(doseGy);
	}

	public double volumeBelowPercent(double doseGy) {
		return 100.0 * volumeBelowCc(doseGy) / totalVolumeCc;
	}

	/** Dx cc: the minimum dose to the hottest {@code volumeCc} of the structure. */
	public double doseAtVolumeCc(double volumeCc) {
		if (volumeCc >= totalVolumeCc) {
			return minGy;
		}
		if (volumeCc <= 0) {
			return maxGy;
		}
		double above = 0;
		for (int b = differentialCc.length - 1; b >= 0; b--) {
			double withBin = above + differentialCc[b];
			if (withBin >= volumeCc && differentialCc[b] > 0) {
				double t = (volumeCc - above) / differentialCc[b];
				double doseGy = (b + 1 - t) * binWidthGy;
				return Math.max(minGy, Math.min(maxGy, doseGy));
			}
			above = withBin;
		}
		return minGy;
	}

	/** Dx %: the minimum dose to the hottest {@code percent} % of the structure. */
	public double doseAtVolumePercent(double percent) {
		return doseAtVolumeCc(percent / 100.0 * totalVolumeCc);
	}

	/**
	 * Generalised EUD (Niemierko 1999, Med Phys 26:1100): {@code (sum v_i D_i^a)^(1/a)} over the
	 * bins, with {@code v_i} the relative volume and {@code D_i} the bin centre (clamped to the
	 * sampled min/max). {@code a = 1} is the mean dose; large positive a tends to Dmax, large
	 * negative a to Dmin.
	 */
	public double gEudGy(double a) {
		if (a == 0 || !Double.isFinite(a)) {
			throw new IllegalArgumentException("gEUD parameter a must be finite and non-zero, got " + a);
		}
		double sum = 0;
		for (int b = 0; b < differentialCc.length; b++) {
			if (differentialCc[b] > 0) {
				double d = Math.max(minGy, Math.min(maxGy, (b + 0.5) * binWidthGy));
				if (d <= 0 && a < 0) {
					return 0;
				}
				sum += differentialCc[b] / totalVolumeCc * Math.pow(Math.max(d, 0), a);
			}
		}
		return Math.pow(sum, 1 / a);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Dvh d && binWidthGy == d.binWidthGy && Arrays.equals(differentialCc, d.differentialCc)
				&& totalVolumeCc == d.totalVolumeCc && minGy == d.minGy && maxGy == d.maxGy && meanGy == d.meanGy
				&& supersamplingPerAxis == d.supersamplingPerAxis && outsideDoseGridCc == d.outsideDoseGridCc;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(differentialCc) * 31 + Double.hashCode(totalVolumeCc);
	}

	@Override
	public String toString() {
		return String.format("Dvh[%.3f cc, min %.3f / mean %.3f / max %.3f Gy, %d bins of %.3f Gy, supersampling %d^3]",
				totalVolumeCc, minGy, meanGy, maxGy, differentialCc.length, binWidthGy, supersamplingPerAxis);
	}
}
