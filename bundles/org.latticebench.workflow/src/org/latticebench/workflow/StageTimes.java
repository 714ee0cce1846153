package org.latticebench.workflow;

import java.time.Duration;

/**
 * Wall time of each stage of one {@link PlanRun}.
 *
 * @since 0.1
 */
public record StageTimes(Duration generate, Duration matrix, Duration optimize, Duration finalDose, Duration evaluate) {

	public Duration total() {
		return generate.plus(matrix).plus(optimize).plus(finalDose).plus(evaluate);
	}
}
