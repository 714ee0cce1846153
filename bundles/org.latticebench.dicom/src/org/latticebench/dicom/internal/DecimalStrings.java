package org.latticebench.dicom.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers for DS (decimal string) attributes, whose values may be at most 16 characters
 * (PS3.5 6.2). The shortest decimal that reads back as the same double is used when it fits, so
 * contour points and positions that came from DICOM round-trip exactly; otherwise the value is
 * rounded to as many significant digits as fit.
 */
public final class DecimalStrings {

	static final int MAX_LENGTH = 16;

	private DecimalStrings() {
	}

	public static String format(double v) {
		return format(v, RoundingMode.HALF_EVEN);
	}

	/**
	 * @param rounding how to round when digits must be dropped; {@link RoundingMode#CEILING} for a
	 *                 scaling factor that must not shrink
	 */
	public static String format(double v, RoundingMode rounding) {
		if (!Double.isFinite(v)) {
			throw new IllegalArgumentException("a decimal string cannot hold " + v);
		}
		if (v == 0) {
			return "0";
		}
		BigDecimal shortest = new BigDecimal(Double.toString(v)).stripTrailingZeros();
		String s = plainOrScientific(shortest);
		if (s.length() <= MAX_LENGTH) {
			return s;
		}
		for (int digits = 15; digits >= 1; digits--) {
			BigDecimal r = new BigDecimal(v).round(new MathContext(digits, rounding)).stripTrailingZeros();
			s = plainOrScientific(r);
			if (s.length() <= MAX_LENGTH) {
				return s;
			}
		}
		throw new IllegalArgumentException("cannot fit " + v + " in a 16-character decimal string");
	}

	private static String plainOrScientific(BigDecimal d) {
		String plain = d.toPlainString();
		String sci = d.toString();
		return plain.length() <= sci.length() ? plain : sci;
	}
}
