package org.latticebench.geometry;

import org.latticebench.core.Mask;

/**
 * Rings (shells) around a structure, e.g. an optimisation ring 5-20 mm around a PTV.
 *
 * @since 0.1
 */
public final class Rings {

	private Rings() {
	}

	/**
	 * {@code expand(m, outerMm) - expand(m, innerMm)}, isotropic, with 0 &lt;= innerMm &lt; outerMm.
	 */
	public static Mask ring(Mask m, double innerMm, double outerMm) {
		if (!(innerMm >= 0 && outerMm > innerMm) || Double.isInfinite(outerMm)) {
			throw new IllegalArgumentException(
					"a ring needs 0 <= inner < outer (finite, mm), got inner " + innerMm + " mm, outer " + outerMm + " mm");
		}
		return Booleans.subtract(Margins.expand(m, Margin.isotropic(outerMm)), Margins.expand(m, Margin.isotropic(innerMm)));
	}
}
