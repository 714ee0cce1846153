package org.latticebench.cli.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class StatusParsersTest {

	/**
	 * Output of {@code scontrol --oneliner show job <id>} captured on the local test cluster
	 * (tests/slurm/start-local-slurm.sh, SLURM 22.05.8 from Debian 12).
	 */
	private static String captured(String name) throws IOException {
		return Files.readString(Path.of("slurm-canned", "scontrol-" + name + ".txt"));
	}

	private static Map<Integer, TaskStatus> byIndex(List<TaskStatus> list) {
		Map<Integer, TaskStatus> m = new TreeMap<>();
		list.forEach(s -> m.put(s.index(), s));
		return m;
	}

	@Test
	void scontrolFinishedArrayGivesStateExitCodeAndRunTimePerElement() throws IOException {
		// job 5: element 0 exit 0, element 1 `exit 3`, element 2 `sleep 200` under --time=1, element 3 `sleep 5`
		Map<Integer, TaskStatus> s = byIndex(StatusParsers.scontrol(captured("finished"), "5"));
		assertEquals(4, s.size());
		assertEquals("COMPLETED", s.get(0).state());
		assertTrue(s.get(0).succeeded());
		assertEquals("FAILED", s.get(1).state());
		assertEquals("3:0", s.get(1).exitCode());
		assertEquals("TIMEOUT", s.get(2).state());
		assertEquals("0:15", s.get(2).exitCode()); // killed by SIGTERM (15) at the time limit
		assertEquals(Optional.of(Duration.ofSeconds(84)), s.get(2).elapsed()); // RunTime=00:01:24
		assertEquals("5_2", s.get(2).jobId());
		assertTrue(s.values().stream().allMatch(TaskStatus::finished));
	}

	@Test
	void scontrolCollapsedPendingElementsAreExpanded() throws IOException {
		// job 9: --array=0-2%1 submitted while the node was busy: one line, ArrayTaskId=0-2%1, PENDING
		Map<Integer, TaskStatus> s = byIndex(StatusParsers.scontrol(captured("pending"), "9"));
		assertEquals(List.of(0, 1, 2), List.copyOf(s.keySet()));
		assertTrue(s.values().stream().allMatch(TaskStatus::waiting));
	}

	@Test
	void scontrolRunningArrayMixesRunningAndFinished() throws IOException {
		Map<Integer, TaskStatus> s = byIndex(StatusParsers.scontrol(captured("running"), "5"));
		assertTrue(s.get(2).running() && s.get(3).running());
		assertTrue(s.get(0).succeeded());
		assertTrue(s.get(1).finished() && !s.get(1).succeeded());
	}

	@Test
	void scontrolCancelledArrayMarksPendingElementsCancelledToo() throws IOException {
		// job 12: --array=0-3%1 of `sleep 30`, scancel after 2 s: element 0 was running, 1-3 pending
		Map<Integer, TaskStatus> s = byIndex(StatusParsers.scontrol(captured("cancelled"), "12"));
		assertEquals(4, s.size());
		assertTrue(s.values().stream().allMatch(t -> t.state().equals("CANCELLED")));
		assertEquals("0:15", s.get(0).exitCode());
	}

	@Test
	void scontrolLinesOfOtherJobsAreIgnored() throws IOException {
		assertEquals(List.of(), StatusParsers.scontrol(captured("finished"), "6"));
	}

	@Test
	void sacctParsableRowsWithPendingRangeCancelledByAndOtherJobs() {
		// hand-written in the format sacct(1) documents for --noheader --parsable2 --allocations
		// --format=JobID,State,ExitCode,Elapsed (SLURM 22.05); the local test cluster has no
		// accounting database to capture it from
		String text = """
				120_0|COMPLETED|0:0|00:03:12
				120_1|FAILED|1:0|00:00:09
				120_2|TIMEOUT|0:15|00:01:01
				120_3|OUT_OF_MEMORY|0:125|00:02:40
				120_4|CANCELLED by 1000|0:15|00:00:30
				120_5|RUNNING|0:0|00:00:45
				120_[6-9%2]|PENDING|0:0|00:00:00
				121_0|COMPLETED|0:0|00:03:00
				""";
		Map<Integer, TaskStatus> s = byIndex(StatusParsers.sacct(text, "120"));
		assertEquals(10, s.size());
		assertEquals("COMPLETED", s.get(0).state());
		assertEquals(Optional.of(Duration.ofSeconds(192)), s.get(0).elapsed());
		assertEquals("1:0", s.get(1).exitCode());
		assertEquals("TIMEOUT", s.get(2).state());
		assertEquals("OUT_OF_MEMORY", s.get(3).state());
		assertEquals("CANCELLED", s.get(4).state());
		assertTrue(s.get(5).running());
		assertTrue(s.get(9).waiting());
		assertFalse(s.containsKey(10));
	}

	@Test
	void elapsedTimesInEverySlurmForm() {
		assertEquals(Optional.of(Duration.ofSeconds(65)), StatusParsers.parseDuration("01:05"));
		assertEquals(Optional.of(Duration.ofSeconds(3723)), StatusParsers.parseDuration("01:02:03"));
		assertEquals(Optional.of(Duration.ofSeconds(86400 + 3723)), StatusParsers.parseDuration("1-01:02:03"));
		assertEquals(Optional.empty(), StatusParsers.parseDuration("INVALID"));
	}

	@Test
	void maxArraySizeFromScontrolShowConfig() {
		// two lines of `scontrol show config` on the local test cluster (SLURM 22.05.8, default MaxArraySize)
		String config = "MaxArraySize            = 1001\nMinJobAge               = 3600 sec\n";
		assertEquals(Optional.of(1001), SlurmClient.parseMaxArraySize(config));
		assertEquals(Optional.empty(), SlurmClient.parseMaxArraySize("MinJobAge = 300 sec\n"));
	}

	@Test
	void sbatchParsableJobIdWithAndWithoutCluster() throws IOException {
		assertEquals("4242", SlurmClient.parseJobId("4242\n"));
		assertEquals("4242", SlurmClient.parseJobId("4242;cluster1\n"));
	}
}
