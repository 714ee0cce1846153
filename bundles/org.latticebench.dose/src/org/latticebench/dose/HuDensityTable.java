package org.latticebench.dose;

import java.util.Arrays;

/**
 * CT number (HU) to electron density relative to water, piecewise linear between calibration
 * points and constant beyond the first and last point. The user replaces it with the calibration
 * of their own scanner; {@link #generic()} is a documented starting point.
 *
 * @param hu             calibration CT numbers, strictly increasing
 * @param relativeDensity electron density relative to water at each point, non-negative
 * @since 0.1
 */
public record HuDensityTable(String name, double[] hu, double[] relativeDensity) {

	public HuDensityTable {
		if (hu.length < 2 || hu.length != relativeDensity.length) {
			throw new IllegalArgumentException("an HU table needs at least two (HU, density) pairs of equal count");
		}
		for (int i = 0; i < hu.length; i++) {
			if (!Double.isFinite(hu[i]) || !Double.isFinite(relativeDensity[i]) || relativeDensity[i] < 0) {
				throw new IllegalArgumentException("HU table point " + i + " is not finite or has a negative density");
			}
			if (i > 0 && !(hu[i] > hu[i - 1])) {
				throw new IllegalArgumentException("HU table values must increase strictly, point " + i + " does not");
			}
		}
		hu = hu.clone();
		relativeDensity = relativeDensity.clone();
	}

	/**
	 * A generic, vendor-neutral calibration at 120 kVp. The form (piecewise linear through
	 * reference tissues) follows the stoichiometric calibration of Schneider, Pedroni and Lomax
	 * 1996 (Phys Med Biol 41:111-124). Anchors: air and water by the definition of the Hounsfield
	 * unit; relative electron densities of adipose tissue 0.95, skeletal muscle 1.04 and cortical
	 * bone 1.78 from the ICRU Report 44 (1989) reference tissue compositions; their CT numbers
	 * (−100, +40, +1500 HU) are typical 120 kVp values, which is why a user should replace this
	 * table with a measured one. Beyond cortical bone the bone line is extended to 3071 HU.
	 */
	public static HuDensityTable generic() {
		return new HuDensityTable("generic 120 kVp (Schneider 1996 form, ICRU 44 tissues)",
				new double[] { -1000, -100, 0, 40, 1500, 3071 }, new double[] { 0.001, 0.95, 1.0, 1.04, 1.78, 2.58 });
	}

	/** The air–water mixing line, density = 1 + HU/1000 clamped at 0; exact for water/air mixtures. */
	public static HuDensityTable waterAirLine() {
		return new HuDensityTable("water-air line", new double[] { -1000, 3000 }, new double[] { 0, 4 });
	}

	public double relativeDensity(double huValue) {
		if (huValue <= hu[0]) {
			return relativeDensity[0];
		}
		int n = hu.length;
		if (huValue >= hu[n - 1]) {
			return relativeDensity[n - 1];
		}
		int i = Arrays.binarySearch(hu, huValue);
		if (i >= 0) {
			return relativeDensity[i];
		}
		int hi = -i - 1;
		int lo = hi - 1;
		double t = (huValue - hu[lo]) / (hu[hi] - hu[lo]);
		return relativeDensity[lo] + t * (relativeDensity[hi] - relativeDensity[lo]);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof HuDensityTable t && name.equals(t.name) && Arrays.equals(hu, t.hu)
				&& Arrays.equals(relativeDensity, t.relativeDensity);
	}

	@Override
	public int hashCode() {
		return name.hashCode() * 31 + Arrays.hashCode(hu);
	}

	@Override
	public String toString() {
		return "HuDensityTable[" + name + ", " + hu.length + " points]";
	}
}
