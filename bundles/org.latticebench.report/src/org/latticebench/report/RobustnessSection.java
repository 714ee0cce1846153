package org.latticebench.report;

import java.util.List;

/**
 * The robustness section of a report: each plan metric's nominal value, worst case and range over
 * rigid set-up shifts, and the DVH bands as SVG.
 *
 * @param mode          {@code static} or {@code recompute}
 * @param shiftMm       the shift length s of the scenarios, mm
 * @param scenarioCount the number of shift scenarios (the nominal one not counted)
 * @param rows          one row per plan, structure and metric
 * @param bandSvg       the DVH band chart (standalone SVG)
 * @since 0.1
 */
public record RobustnessSection(String mode, double shiftMm, int scenarioCount, List<Row> rows, String bandSvg) {

	/** One metric's spread; {@code worst} is the minimum or the maximum depending on the metric's direction. */
	public record Row(String plan, String structure, String metric, double nominal, double worst, double range) {
	}

	public RobustnessSection {
		rows = List.copyOf(rows);
	}
}
