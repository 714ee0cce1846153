package org.latticebench.evaluation;

/**
 * A scalar plan-quality metric of one structure's dose, registered as a DS service with the
 * component properties {@code id} (equal to {@link #id()}) and {@code name}. Two services with
 * one id are refused by the {@link MetricRegistry}.
 *
 * @since 0.1
 */
public interface PlanMetric {

	/** Stable identifier, e.g. {@code D95%} or {@code CI_Paddick}; unique among registered metrics. */
	String id();

	/** Unit of the value: {@code Gy}, {@code %}, {@code cc} or {@code 1} for dimensionless ratios. */
	String unit();

	/** One sentence a physicist can check, e.g. "minimum dose to the hottest 95 % of the volume". */
	String definition();

	/**
	 * @throws MetricNotEvaluableException when the input lacks what the metric needs (e.g. a
	 *                                     prescription for CI)
	 */
	double evaluate(MetricInput input);
}
