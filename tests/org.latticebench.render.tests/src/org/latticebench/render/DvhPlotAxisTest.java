package org.latticebench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The DVH plot's axis maximum: five grid steps of a "nice" size, as tight as possible. */
class DvhPlotAxisTest {

	@Test
	void axisMaximumIsFiveNiceStepsJustAboveTheData() {
		// 68 Gy x 1.02 = 69.4 Gy: step 69.4 / 5 = 13.9 -> 15 Gy, axis 75 Gy (not 100 Gy)
		assertEquals(75.0, DvhPlot.niceCeiling(69.4), 1e-9);
		// 50 Gy exactly: step 10 Gy, axis 50 Gy (the data's maximum is not pushed a step higher)
		assertEquals(50.0, DvhPlot.niceCeiling(50.0), 1e-9);
		// 51 Gy: step 10.2 -> 15 Gy, axis 75 Gy
		assertEquals(75.0, DvhPlot.niceCeiling(51.0), 1e-9);
		// 1603 cc (the phantom liver): step 320.6 -> 400 cc, axis 2000 cc
		assertEquals(2000.0, DvhPlot.niceCeiling(1603.0), 1e-9);
		// 0.7 cc: step 0.14 -> 0.15, axis 0.75 cc
		assertEquals(0.75, DvhPlot.niceCeiling(0.7), 1e-9);
	}
}
