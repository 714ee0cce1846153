package org.latticebench.cli.internal.slurm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Which finished elements to submit again: those that SLURM ended for reasons outside the task
 * ({@link TaskStatus#RETRYABLE}: TIMEOUT, NODE_FAIL, PREEMPTED, OUT_OF_MEMORY), at most
 * {@code retries} times each, and never one whose completion marker exists. A task that failed
 * on its own (FAILED, a non-zero exit) would fail the same way again and is not retried.
 *
 * @param retries resubmissions allowed per task
 */
record RetryPolicy(int retries) {

	/**
	 * @param finished    the final status of each element of the round that just ended
	 * @param submissions how often each index has been submitted so far (1 after the first round)
	 * @param complete    whether a task's completion marker exists
	 * @return the indices to submit again, ascending
	 */
	List<Integer> resubmit(Collection<TaskStatus> finished, Map<Integer, Integer> submissions, IntPredicate complete) {
		List<Integer> again = new ArrayList<>();
		for (TaskStatus s : finished) {
			int done = submissions.getOrDefault(s.index(), 1);
			if (TaskStatus.RETRYABLE.contains(s.state()) && done <= retries && !complete.test(s.index())) {
				again.add(s.index());
			}
		}
		again.sort(null);
		return again;
	}
}
