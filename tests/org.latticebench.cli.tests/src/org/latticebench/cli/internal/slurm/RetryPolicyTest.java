package org.latticebench.cli.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

	private static TaskStatus status(int index, String state, String exit) {
		return new TaskStatus(index, "77_" + index, state, exit, Optional.empty());
	}

	private final List<TaskStatus> round = List.of(status(0, "COMPLETED", "0:0"), status(1, "FAILED", "1:0"),
			status(2, "TIMEOUT", "0:15"), status(3, "NODE_FAIL", "0:0"), status(4, "PREEMPTED", "0:15"),
			status(5, "OUT_OF_MEMORY", "0:125"), status(6, "CANCELLED by 0", "0:15"));

	@Test
	void onlyFailuresOutsideTheTaskAreRetried() {
		// the list: TIMEOUT, NODE_FAIL, PREEMPTED, OUT_OF_MEMORY; FAILED and CANCELLED are not
		assertEquals(List.of(2, 3, 4, 5), new RetryPolicy(1).resubmit(round, Map.of(), i -> false));
	}

	@Test
	void noRetriesByDefault() {
		assertEquals(List.of(), new RetryPolicy(0).resubmit(round, Map.of(), i -> false));
	}

	@Test
	void eachTaskIsResubmittedAtMostRetriesTimes() {
		// task 2 has been submitted twice (one retry used), task 3 once
		Map<Integer, Integer> submissions = Map.of(2, 2, 3, 1, 4, 3, 5, 1);
		assertEquals(List.of(3, 5), new RetryPolicy(1).resubmit(round, submissions, i -> false));
		assertEquals(List.of(2, 3, 5), new RetryPolicy(2).resubmit(round, submissions, i -> false));
	}

	@Test
	void aTaskWithACompletionMarkerIsNeverRerun() {
		// killed at the time limit after its marker was written: the result is there
		assertEquals(List.of(3, 4, 5), new RetryPolicy(1).resubmit(round, Map.of(), i -> i == 2));
	}
}
