package org.latticebench.cli.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

	private static TaskStatus s(int i, String state, String exit) {
		return new TaskStatus(i, "1_" + i, state, exit, Optional.empty());
	}

	@Test
	void countsAndEtaExtrapolateTheFinishingRate() {
		List<TaskStatus> statuses = List.of(s(0, "COMPLETED", "0:0"), s(1, "COMPLETED", "0:0"), s(2, "TIMEOUT", "0:15"),
				s(3, "RUNNING", "0:0"), s(4, "PENDING", "0:0"), s(5, "PENDING", "0:0"));
		ProgressLine.Counts c = ProgressLine.count(statuses);
		assertEquals(new ProgressLine.Counts(2, 1, 2, 1), c);
		// 3 finished in 600 s → 200 s each; 3 left → 600 s = 10 min 0 s
		assertEquals("SLURM job 1: 2 pending, 1 running, 2 done, 1 failed, ETA 10 min 0 s",
				ProgressLine.format("1", c, Duration.ofSeconds(600)));
	}

	@Test
	void etaIsUnknownUntilSomethingFinishes() {
		assertEquals("unknown", ProgressLine.eta(new ProgressLine.Counts(3, 1, 0, 0), Duration.ofSeconds(90)));
		assertEquals("0 s", ProgressLine.eta(new ProgressLine.Counts(0, 0, 4, 0), Duration.ofSeconds(90)));
		assertEquals("2 h 5 min", ProgressLine.human(Duration.ofSeconds(7500)));
	}
}
