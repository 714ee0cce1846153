package org.latticebench.report;

/**
 * A cumulative DVH of one structure in one plan, sampled at fixed dose steps.
 *
 * @param rgb        the structure's display colour, 0xRRGGBB
 * @param planIndex  the plan's position in the comparison (picks the dash pattern)
 * @param doseGy     sample doses, ascending, Gy
 * @param volumePct  volume receiving at least that dose, % of the structure
 * @param volumeCc   the same in cc
 * @since 0.1
 */
public record DvhCurve(String plan, int planIndex, String structure, int rgb, double[] doseGy, double[] volumePct,
		double[] volumeCc) {

	public DvhCurve {
		if (doseGy.length != volumePct.length || doseGy.length != volumeCc.length) {
			throw new IllegalArgumentException("DVH curve " + structure + " has arrays of different lengths");
		}
	}
}
