package org.latticebench.dose.internal;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.dose.HuDensityTable;

/** Relative electron density on the CT grid, converted once per request. */
public record DensityGrid(Grid3 grid, float[] density) {

	public static DensityGrid of(FloatVolume ctHu, HuDensityTable table) {
		// a 1-HU lookup table: the calibration is piecewise linear, so this is exact between breakpoints
		final int lo = -2000, hi = 6000;
		double[] lut = new double[hi - lo + 1];
		for (int i = 0; i < lut.length; i++) {
			lut[i] = table.relativeDensity(lo + i);
		}
		float[] hu = ctHu.values();
		float[] rho = new float[hu.length];
		for (int i = 0; i < hu.length; i++) {
			double h = Math.min(Math.max(hu[i], lo), hi) - lo;
			int j = Math.min((int) h, lut.length - 2);
			rho[i] = (float) (lut[j] + (h - j) * (lut[j + 1] - lut[j]));
		}
		return new DensityGrid(ctHu.grid(), rho);
	}
}
