package org.latticebench.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DvhPlotBandTest {

	@Test
	void bandIsTheAreaBetweenMaxAndMinOnTheChartScale() {
		DvhPlot.Band band = new DvhPlot.Band("PTV", "<b>plan</b>", 0xff8000, new double[] { 0, 10, 20 },
				new double[] { 100, 0, 0 }, new double[] { 100, 100, 0 });
		String svg = DvhPlot.svg(List.of(), List.of(band), "bands", "Volume (%)", 600, 400);
		// layout of DvhPlot: margins left 60, right 190, top 30, bottom 45, so the plot is 350 x 325 px; the
		// dose axis ends at niceCeiling(10 Gy * 1.02) = 5 x 2.5 Gy = 12.5 Gy (last dose with volume > 0 is
		// 10 Gy, at x = 60 + 350 * 10 / 12.5 = 340) and the volume axis at 100 %; 20 Gy lies beyond the axis
		// and is drawn at its end (x = 410). Upper edge (0,100) (10,100) (20,0), then the lower edge backwards
		assertTrue(svg.contains("fill=\"#ff8000\" fill-opacity=\"0.25\" stroke=\"none\" points=\""
				+ "60.0,30.0 340.0,30.0 410.0,355.0 410.0,355.0 340.0,355.0 60.0,30.0\""), svg);
		assertFalse(svg.contains("<b>"), "names escaped");
	}
}
