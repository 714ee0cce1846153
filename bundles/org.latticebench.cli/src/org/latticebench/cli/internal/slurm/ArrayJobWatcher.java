package org.latticebench.cli.internal.slurm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Submits the array job for the tasks still to run and, unless told not to wait, follows it to
 * the end: polls SLURM, shows the progress line, resubmits elements that ended in a retryable
 * state, and on Ctrl-C asks whether to {@code scancel}.
 */
final class ArrayJobWatcher {

	/** How the wait ended. */
	enum Ending {
		/** every element finished (successfully or not) */
		FINISHED,
		/** interrupted and the job was cancelled */
		CANCELLED,
		/** interrupted and the job left running, or {@code --no-wait} */
		DETACHED
	}

	/**
	 * @param statuses    the last status of each submitted index
	 * @param submissions how often each index was submitted in this run
	 * @param jobIds      the array jobs submitted in this run, in order
	 */
	record Outcome(Ending ending, Map<Integer, TaskStatus> statuses, Map<Integer, Integer> submissions,
			List<String> jobIds) {
	}

	/** Polls in a row without any word of a job before its unfinished elements count as lost. */
	static final int POLLS_BEFORE_LOST = 3;

	private final SlurmClient client;
	private final Path script;
	private final SlurmOptions options;
	private final JobLedger ledger;
	private final IntPredicate complete;
	private final PrintStream progress;
	private final boolean terminal;
	private final InterruptWatch interrupts;
	private final Function<String, Optional<String>> ask;
	private final Clock clock;

	/**
	 * @param complete whether a task's completion marker exists (resume and retry never rerun those)
	 * @param terminal whether {@code progress} is a terminal: then the line is redrawn in place
	 * @param ask      shows a question and returns the answer, empty when nobody can answer
	 */
	ArrayJobWatcher(SlurmClient client, Path script, SlurmOptions options, JobLedger ledger, IntPredicate complete,
			PrintStream progress, boolean terminal, InterruptWatch interrupts, Function<String, Optional<String>> ask,
			Clock clock) {
		this.client = client;
		this.script = script;
		this.options = options;
		this.ledger = ledger;
		this.complete = complete;
		this.progress = progress;
		this.terminal = terminal;
		this.interrupts = interrupts;
		this.ask = ask;
		this.clock = clock;
	}

	/** Submits {@code indices} as one array job, records it in the ledger and returns its id. */
	String submit(List<Integer> indices) throws IOException, InterruptedException {
		String array = ArraySpec.format(indices, options.maxParallel());
		String jobId = client.submit(script, array);
		ledger.append(new JobLedger.Entry(jobId, array, clock.instant()));
		return jobId;
	}

	Outcome run(List<Integer> indices) throws IOException, InterruptedException {
		Map<Integer, Integer> submissions = new HashMap<>();
		Map<Integer, String> jobOf = new TreeMap<>();
		Map<Integer, TaskStatus> statuses = new TreeMap<>();
		List<String> jobIds = new ArrayList<>();

		String first = submit(indices);
		jobIds.add(first);
		for (int i : indices) {
			submissions.merge(i, 1, Integer::sum);
			jobOf.put(i, first);
			statuses.put(i, new TaskStatus(i, first + "_" + i, "PENDING", "", Optional.empty()));
		}
		progress.println("Submitted SLURM array job " + first + " (" + indices.size() + " tasks, --array="
				+ ArraySpec.format(indices, options.maxParallel()) + "): " + script);
		if (!options.waitForJob()) {
			return new Outcome(Ending.DETACHED, statuses, submissions, jobIds);
		}

		Instant start = clock.instant();
		Map<String, Integer> silentPolls = new HashMap<>();
		String lastLine = "";
		ProgressLine.Counts lastCounts = null;
		while (true) {
			interrupts.sleep(options.pollInterval());
			if (interrupts.fired()) {
				endLine(lastLine);
				return interrupted(statuses, submissions, jobIds, jobOf);
			}
			poll(jobOf, statuses, silentPolls);
			Set<String> active = activeJobs(jobOf, statuses);
			ProgressLine.Counts counts = ProgressLine.count(statuses.values());
			String line = ProgressLine.format(String.join(",", active.isEmpty() ? jobIds : active), counts,
					Duration.between(start, clock.instant()));
			if (terminal) {
				progress.print("\r" + line + "\u001b[K");
				progress.flush();
			} else if (!counts.equals(lastCounts)) {
				// in a log, a line per change of the counts, not per poll
				progress.println(line);
			}
			lastLine = line;
			lastCounts = counts;
			if (statuses.values().stream().allMatch(TaskStatus::finished)) {
				List<Integer> again = new RetryPolicy(options.retries()).resubmit(statuses.values(), submissions, complete);
				if (again.isEmpty()) {
					endLine(lastLine);
					return new Outcome(Ending.FINISHED, statuses, submissions, jobIds);
				}
				String retry = submit(again);
				jobIds.add(retry);
				endLine(lastLine);
				lastLine = "";
				lastCounts = null;
				for (int i : again) {
					progress.println("Task " + i + " ended " + statuses.get(i).state() + " in job "
							+ statuses.get(i).jobId() + "; resubmitted as " + retry + "_" + i + " (attempt "
							+ (submissions.get(i) + 1) + " of " + (options.retries() + 1) + ")");
					submissions.merge(i, 1, Integer::sum);
					jobOf.put(i, retry);
					statuses.put(i, new TaskStatus(i, retry + "_" + i, "PENDING", "", Optional.empty()));
				}
			}
		}
	}

	private void poll(Map<Integer, String> jobOf, Map<Integer, TaskStatus> statuses, Map<String, Integer> silentPolls)
			throws IOException, InterruptedException {
		for (String job : activeJobs(jobOf, statuses)) {
			List<TaskStatus> reported = client.status(job);
			if (reported.isEmpty()) {
				int silent = silentPolls.merge(job, 1, Integer::sum);
				if (silent >= POLLS_BEFORE_LOST) {
					// neither sacct nor the controller knows the job any more: its unfinished elements are lost
					jobOf.forEach((i, j) -> {
						if (j.equals(job) && !statuses.get(i).finished()) {
							statuses.put(i, new TaskStatus(i, job + "_" + i, TaskStatus.UNKNOWN, "", Optional.empty()));
						}
					});
				}
				continue;
			}
			silentPolls.remove(job);
			for (TaskStatus s : reported) {
				if (job.equals(jobOf.get(s.index()))) {
					statuses.put(s.index(), s);
				}
			}
		}
	}

	private Set<String> activeJobs(Map<Integer, String> jobOf, Map<Integer, TaskStatus> statuses) {
		Set<String> active = new LinkedHashSet<>();
		jobOf.forEach((i, job) -> {
			if (!statuses.get(i).finished()) {
				active.add(job);
			}
		});
		return active;
	}

	private Outcome interrupted(Map<Integer, TaskStatus> statuses, Map<Integer, Integer> submissions,
			List<String> jobIds, Map<Integer, String> jobOf) throws IOException, InterruptedException {
		Set<String> active = activeJobs(jobOf, statuses);
		long unfinished = statuses.values().stream().filter(s -> !s.finished()).count();
		boolean cancel = options.cancelOnInterrupt();
		if (!cancel && !active.isEmpty()) {
			Optional<String> answer = ask.apply("Interrupted. Cancel SLURM job " + String.join(",", active) + " ("
					+ unfinished + " tasks not finished) with scancel? [y/N] ");
			if (answer.isEmpty()) {
				progress.println("(no terminal to ask; use --cancel-on-interrupt to scancel on Ctrl-C)");
			}
			cancel = answer.map(a -> a.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")).orElse(false);
		}
		if (!cancel || active.isEmpty()) {
			progress.println("SLURM job " + String.join(",", jobIds) + " keeps running; gather its results later with "
					+ "`latticebench --headless batch collect <dir>`.");
			return new Outcome(Ending.DETACHED, statuses, submissions, jobIds);
		}
		for (String job : active) {
			client.cancel(job);
			progress.println("Cancelled SLURM job " + job + " (scancel).");
		}
		// let the controller record the cancellation, so failures.csv shows CANCELLED
		Map<String, Integer> silent = new HashMap<>();
		for (int tries = 0; tries < 10 && !statuses.values().stream().allMatch(TaskStatus::finished); tries++) {
			Thread.sleep(1000);
			poll(jobOf, statuses, silent);
		}
		return new Outcome(Ending.CANCELLED, statuses, submissions, jobIds);
	}

	private void endLine(String lastLine) {
		if (terminal && !lastLine.isEmpty()) {
			progress.println();
		}
	}
}
