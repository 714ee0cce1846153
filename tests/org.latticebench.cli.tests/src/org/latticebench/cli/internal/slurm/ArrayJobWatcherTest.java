package org.latticebench.cli.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wait loop against a scripted SLURM: each {@code scontrol} call returns the next canned
 * answer for its job, in the line format captured on the local cluster (see StatusParsersTest).
 */
@Timeout(60)
class ArrayJobWatcherTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
	private final PrintStream progress = new PrintStream(progressBytes, true, StandardCharsets.UTF_8);
	private final InterruptWatch interrupts = InterruptWatch.none();

	/** A SLURM without accounting (as on the test cluster): sacct refuses, scontrol answers. */
	private final class FakeSlurm implements CommandRunner {
		final List<List<String>> calls = new ArrayList<>();
		final Deque<String> jobIds = new ArrayDeque<>();
		final Map<String, Deque<String>> answers = new HashMap<>();
		Runnable onPoll = () -> {
		};

		FakeSlurm jobs(String... ids) {
			jobIds.addAll(List.of(ids));
			return this;
		}

		FakeSlurm answer(String job, String... scontrolOutputs) {
			answers.computeIfAbsent(job, j -> new ArrayDeque<>()).addAll(List.of(scontrolOutputs));
			return this;
		}

		@Override
		public Result run(List<String> command) {
			calls.add(command);
			return switch (command.get(0)) {
			case "sbatch" -> new Result(0, jobIds.removeFirst() + "\n", "");
			case "sacct" -> new Result(1, "Slurm accounting storage is disabled\n", "");
			case "scontrol" -> {
				onPoll.run();
				Deque<String> queue = answers.get(command.get(command.size() - 1));
				if (queue == null || queue.isEmpty()) {
					yield new Result(1, "", "slurm_load_jobs error: Invalid job id specified\n");
				}
				yield new Result(0, queue.size() > 1 ? queue.removeFirst() : queue.peekFirst(), "");
			}
			case "scancel" -> new Result(0, "", "");
			default -> throw new AssertionError("unexpected command " + command);
			};
		}

		List<String> sbatchArrays() {
			return calls.stream().filter(c -> c.get(0).equals("sbatch")).map(c -> c.get(2)).toList();
		}

		boolean cancelled(String job) {
			return calls.contains(List.of("scancel", job));
		}
	}

	private static String line(String job, String task, String state, String exit) {
		return "JobId=9" + task.hashCode() % 100 + " ArrayJobId=" + job + " ArrayTaskId=" + task
				+ " JobName=latticebench-batch JobState=" + state + " Reason=None ExitCode=" + exit
				+ " RunTime=00:00:05 TimeLimit=00:01:00\n";
	}

	private static SlurmOptions options(int retries, boolean waitForJob, boolean cancelOnInterrupt) {
		return new SlurmOptions(2, Optional.empty(), Optional.of("1"), 0, Optional.empty(), Optional.empty(), List.of(),
				retries, waitForJob, cancelOnInterrupt, Duration.ofMillis(1));
	}

	private ArrayJobWatcher watcher(FakeSlurm slurm, SlurmOptions options, Function<String, Optional<String>> ask) {
		return new ArrayJobWatcher(new SlurmClient(slurm), dir.resolve("slurm/submit.sh"), options, new JobLedger(dir),
				i -> false, progress, false, interrupts, ask,
				Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC));
	}

	private String progressText() {
		return progressBytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void timedOutTaskIsResubmittedOnceThenReportedWithItsState() throws Exception {
		FakeSlurm slurm = new FakeSlurm().jobs("100", "101")
				.answer("100", line("100", "0-2%2", "PENDING", "0:0"),
						line("100", "0", "RUNNING", "0:0") + line("100", "1", "RUNNING", "0:0")
								+ line("100", "2", "PENDING", "0:0"),
						line("100", "0", "COMPLETED", "0:0") + line("100", "1", "TIMEOUT", "0:15")
								+ line("100", "2", "FAILED", "1:0"))
				.answer("101", line("101", "1", "RUNNING", "0:0"), line("101", "1", "TIMEOUT", "0:15"));

		ArrayJobWatcher.Outcome o = watcher(slurm, options(1, true, false), q -> Optional.empty()).run(List.of(0, 1, 2));

		assertEquals(ArrayJobWatcher.Ending.FINISHED, o.ending());
		assertEquals(List.of("--array=0-2%2", "--array=1%2"), slurm.sbatchArrays());
		assertEquals(List.of("100", "101"), o.jobIds());
		assertEquals("TIMEOUT", o.statuses().get(1).state());
		assertEquals("101_1", o.statuses().get(1).jobId());
		assertEquals(2, o.submissions().get(1));
		assertEquals("FAILED", o.statuses().get(2).state()); // not retried: the task itself failed
		assertEquals(1, o.submissions().get(2));
		assertTrue(progressText().contains("Task 1 ended TIMEOUT in job 100_1; resubmitted as 101_1 (attempt 2 of 2)"),
				progressText());
		assertTrue(progressText().contains("SLURM job 100: 1 pending, 2 running, 0 done, 0 failed, ETA unknown"),
				progressText());
		List<JobLedger.Entry> ledger = new JobLedger(dir).read();
		assertEquals(List.of("100", "101"), ledger.stream().map(JobLedger.Entry::jobId).toList());
		assertEquals(List.of(0, 1, 2), ledger.get(0).indices());
		assertEquals(Map.of(0, "100", 1, "101", 2, "100"), new JobLedger(dir).latestJobPerIndex());
	}

	@Test
	void noWaitSubmitsAndReturnsWithoutPolling() throws Exception {
		FakeSlurm slurm = new FakeSlurm().jobs("300");
		ArrayJobWatcher.Outcome o = watcher(slurm, options(0, false, false), q -> Optional.empty()).run(List.of(3, 4, 5));
		assertEquals(ArrayJobWatcher.Ending.DETACHED, o.ending());
		assertEquals(List.of("300"), o.jobIds());
		assertEquals(1, slurm.calls.size());
		assertEquals(List.of("--array=3-5%2"), slurm.sbatchArrays());
	}

	@Test
	void interruptWithCancelOnInterruptScancelsAndReportsCancelled() throws Exception {
		FakeSlurm slurm = new FakeSlurm().jobs("400").answer("400",
				line("400", "0", "RUNNING", "0:0") + line("400", "1", "PENDING", "0:0"),
				line("400", "0", "CANCELLED", "0:15") + line("400", "1", "CANCELLED", "0:0"));
		slurm.onPoll = interrupts::fire;
		ArrayJobWatcher.Outcome o = watcher(slurm, options(0, true, true), q -> {
			throw new AssertionError("--cancel-on-interrupt must not ask");
		}).run(List.of(0, 1));
		assertEquals(ArrayJobWatcher.Ending.CANCELLED, o.ending());
		assertTrue(slurm.cancelled("400"));
		assertEquals("CANCELLED", o.statuses().get(0).state());
		assertEquals("CANCELLED", o.statuses().get(1).state());
	}

	@Test
	void interruptAsksAndANoLeavesTheJobRunning() throws Exception {
		FakeSlurm slurm = new FakeSlurm().jobs("500").answer("500", line("500", "0-1", "PENDING", "0:0"));
		slurm.onPoll = interrupts::fire;
		List<String> questions = new ArrayList<>();
		ArrayJobWatcher.Outcome o = watcher(slurm, options(0, true, false), q -> {
			questions.add(q);
			return Optional.of("n");
		}).run(List.of(0, 1));
		assertEquals(ArrayJobWatcher.Ending.DETACHED, o.ending());
		assertTrue(!slurm.cancelled("500"));
		assertEquals(List.of("Interrupted. Cancel SLURM job 500 (2 tasks not finished) with scancel? [y/N] "), questions);
		assertTrue(progressText().contains("keeps running"), progressText());
	}

	@Test
	void interruptAnsweredYesCancels() throws Exception {
		FakeSlurm slurm = new FakeSlurm().jobs("600").answer("600", line("600", "0", "RUNNING", "0:0"),
				line("600", "0", "CANCELLED", "0:15"));
		slurm.onPoll = interrupts::fire;
		ArrayJobWatcher.Outcome o = watcher(slurm, options(0, true, false), q -> Optional.of("y")).run(List.of(0));
		assertEquals(ArrayJobWatcher.Ending.CANCELLED, o.ending());
		assertTrue(slurm.cancelled("600"));
	}

	@Test
	void aJobSlurmHasForgottenEndsAsUnknownInsteadOfWaitingForever() throws Exception {
		FakeSlurm slurm = new FakeSlurm().jobs("700"); // scontrol never knows job 700
		ArrayJobWatcher.Outcome o = watcher(slurm, options(0, true, false), q -> Optional.empty()).run(List.of(0, 1));
		assertEquals(ArrayJobWatcher.Ending.FINISHED, o.ending());
		assertEquals("UNKNOWN", o.statuses().get(0).state());
		long polls = slurm.calls.stream().filter(c -> c.get(0).equals("scontrol")).count();
		assertEquals(ArrayJobWatcher.POLLS_BEFORE_LOST, polls);
	}

	@Test
	void withAccountingSacctIsTheOnlyQuery() throws Exception {
		List<List<String>> calls = new ArrayList<>();
		CommandRunner withAccounting = command -> {
			calls.add(command);
			return switch (command.get(0)) {
			case "sbatch" -> new CommandRunner.Result(0, "800;cluster\n", "");
			case "sacct" -> new CommandRunner.Result(0, "800_0|COMPLETED|0:0|00:02:00\n800_1|COMPLETED|0:0|00:02:10\n", "");
			default -> throw new AssertionError("unexpected command " + command);
			};
		};
		ArrayJobWatcher w = new ArrayJobWatcher(new SlurmClient(withAccounting), dir.resolve("slurm/submit.sh"),
				options(0, true, false), new JobLedger(dir), i -> false, progress, false, interrupts, q -> Optional.empty(),
				Clock.systemUTC());
		ArrayJobWatcher.Outcome o = w.run(List.of(0, 1));
		assertTrue(o.statuses().values().stream().allMatch(TaskStatus::succeeded));
		assertEquals(List.of("sacct", "-j", "800", "--noheader", "--parsable2", "--allocations",
				"--format=JobID,State,ExitCode,Elapsed"), calls.get(1));
	}
}
