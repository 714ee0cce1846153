package org.latticebench.evaluation.robustness;

import java.util.List;

/**
 * One metric of one structure across the scenarios: nominal value, worst case and range.
 *
 * @param structure    the structure name
 * @param metric       the metric id, e.g. {@code D95%} or {@code PVDR_mean_spheres_over_mean_valley}
 * @param higherIsWorse true for organ doses and valley doses (worst = largest), false for target
 *                      coverage, peak doses and PVDR (worst = smallest)
 * @param nominal      the value without shift
 * @param worst        the worst value over all scenarios including the nominal one
 * @param min          the smallest value over all scenarios
 * @param max          the largest value over all scenarios
 * @since 0.1
 */
public record MetricSpread(String structure, String metric, boolean higherIsWorse, double nominal, double worst,
		double min, double max) {

	/** max - min. */
	public double range() {
		return max - min;
	}

	/** Nominal first, then the scenario values. */
	public static MetricSpread of(String structure, String metric, boolean higherIsWorse, double nominal,
			List<Double> scenarioValues) {
		double lo = nominal, hi = nominal;
		for (double v : scenarioValues) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		return new MetricSpread(structure, metric, higherIsWorse, nominal, higherIsWorse ? hi : lo, lo, hi);
	}
}
