package org.latticebench.dicom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DecimalStringsTest {

	@ParameterizedTest
	@ValueSource(doubles = { -127.0, 0.5, 2.0, -12.3456789012345678, 1e-5, 104.5, 1.0 / 3, Math.PI * 1e6, -4.2e-9 })
	void everyValueFitsSixteenCharactersAndReadsBackWithinItsPrecision(double v) {
		String s = DecimalStrings.format(v);
		assertTrue(s.length() <= 16, s);
		// PS3.5 6.2 DS characters
		assertTrue(s.matches("[0-9+\\-Ee.]+"), s);
		double back = Double.parseDouble(s);
		// at least 11 significant digits survive even with sign and exponent
		assertEquals(v, back, Math.abs(v) * 1e-11);
	}

	@Test
	void shortDecimalsAreWrittenExactly() {
		// values that came from a DICOM file round-trip bit for bit
		assertEquals("-12.345678901234", DecimalStrings.format(-12.345678901234));
		assertEquals("104.5", DecimalStrings.format(104.5));
		assertEquals("0", DecimalStrings.format(0.0));
		assertEquals("-127", DecimalStrings.format(-127.0));
	}

	@Test
	void ceilingNeverRoundsDown() {
		double v = 60.0 / 65535; // 9.155413138018e-4...
		double up = Double.parseDouble(DecimalStrings.format(v, RoundingMode.CEILING));
		assertTrue(up >= v, up + " < " + v);
		assertEquals(v, up, v * 1e-10);
	}

	@Test
	void nonFiniteValuesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> DecimalStrings.format(Double.NaN));
	}
}
