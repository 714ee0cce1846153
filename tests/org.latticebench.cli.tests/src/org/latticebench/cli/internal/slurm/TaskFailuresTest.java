package org.latticebench.cli.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskFailuresTest {

	private static final SlurmOptions OPTIONS = new SlurmOptions(2, Optional.empty(), Optional.of("1"), 0,
			Optional.of("2G"), Optional.empty(), List.of(), 0, true, false, Duration.ofSeconds(15));

	private static TaskStatus s(int i, String state, String exit) {
		return new TaskStatus(i, "42_" + i, state, exit, Optional.empty());
	}

	@Test
	void ownErrorFromTheLogElseWhatSlurmDid(@TempDir Path logs) throws IOException {
		// the two lines CommandLine prints for a failed run, as they land in the SLURM log
		Files.writeString(logs.resolve("42_1.out"), "loading study /data/p9\n"
				+ "latticebench batch-task: error: study /data/p9: folder does not exist\n"
				+ "(run with --verbose for the full trace)\n");
		Files.writeString(logs.resolve("42_2.out"),
				"slurmstepd: error: *** JOB 44 ON vm CANCELLED AT 2026-12-06T21:42:07 DUE TO TIME LIMIT ***\n");
		Map<Integer, TaskStatus> statuses = new TreeMap<>(Map.of(0, s(0, "COMPLETED", "0:0"), 1, s(1, "FAILED", "1:0"),
				2, s(2, "TIMEOUT", "0:15"), 3, s(3, "OUT_OF_MEMORY", "0:125"), 4, s(4, "CANCELLED", "0:15"),
				5, s(5, "RUNNING", "0:0")));
		Map<Integer, TaskFailures.Failure> f = TaskFailures.of(statuses, i -> i == 0, logs, OPTIONS);
		assertEquals(List.of(1, 2, 3, 4), List.copyOf(f.keySet())); // 0 complete, 5 still running
		assertEquals(new TaskFailures.Failure(1, "42_1", "FAILED", "1:0", "study /data/p9: folder does not exist"), f.get(1));
		assertEquals("ran past the time limit (--time 1) and was stopped by SLURM", f.get(2).error());
		assertEquals("TIMEOUT", f.get(2).state());
		assertEquals("0:15", f.get(2).exitCode());
		assertEquals("exceeded its memory limit (--mem 2G) and was stopped by SLURM", f.get(3).error());
		assertEquals("cancelled (scancel) before it finished", f.get(4).error());
	}

	@Test
	void completedWithoutMarkerIsAFailureToo(@TempDir Path logs) {
		Map<Integer, TaskFailures.Failure> f = TaskFailures.of(Map.of(0, s(0, "COMPLETED", "0:0")), i -> false, logs,
				OPTIONS);
		assertEquals("ended without writing its completion marker", f.get(0).error());
	}
}
