package org.latticebench.testing;

import org.opentest4j.AssertionFailedError;

/** Tolerance-aware asserts whose messages carry units. */
public final class Asserts {

	private Asserts() {
	}

	public static void assertDoseEquals(double expectedGy, double actualGy, double toleranceGy, String what) {
		if (!(Math.abs(expectedGy - actualGy) <= toleranceGy)) {
			throw new AssertionFailedError(String.format("%s: expected %.4f Gy ± %.4f Gy, got %.4f Gy", what, expectedGy,
					toleranceGy, actualGy), expectedGy, actualGy);
		}
	}

	public static void assertVolumeEquals(double expectedCc, double actualCc, double relativeTolerance, String what) {
		if (!(Math.abs(expectedCc - actualCc) <= relativeTolerance * Math.abs(expectedCc))) {
			throw new AssertionFailedError(String.format("%s: expected %.4f cc ± %.2f %%, got %.4f cc (%.3f %% off)", what,
					expectedCc, relativeTolerance * 100, actualCc, 100 * (actualCc - expectedCc) / expectedCc), expectedCc,
					actualCc);
		}
	}
}
