package org.latticebench.evaluation;

import org.latticebench.core.LatticeBenchException;

/**
 * A metric cannot be computed from the input it was given, e.g. a conformity index without a
 * prescription dose.
 *
 * @since 0.1
 */
public class MetricNotEvaluableException extends LatticeBenchException {

	private static final long serialVersionUID = 1L;

	public MetricNotEvaluableException(String metricId, String structureName, String reason) {
		super(metricId + " of " + structureName + ": " + reason);
	}
}
