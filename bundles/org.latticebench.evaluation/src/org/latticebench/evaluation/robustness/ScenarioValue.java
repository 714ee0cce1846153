package org.latticebench.evaluation.robustness;

/**
 * One row of {@code robustness.csv}: a metric of a structure under one scenario; {@code higherIsWorse}
 * tells which way the worst case lies (see {@link MetricSpread}).
 *
 * @since 0.1
 */
public record ScenarioValue(String plan, ShiftScenario scenario, String structure, String metric, boolean higherIsWorse,
		double value) {
}
