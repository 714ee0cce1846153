package org.latticebench.cli.internal.slurm;

import java.time.Duration;
import java.util.Collection;

/**
 * The one-line summary shown while waiting: {@code SLURM job 123: 2 pending, 1 running, 3 done,
 * 0 failed, ETA 4 min}. The ETA extrapolates the rate at which elements have finished since
 * submission, which already accounts for how many run side by side.
 */
final class ProgressLine {

	private ProgressLine() {
	}

	record Counts(int pending, int running, int done, int failed) {

		int total() {
			return pending + running + done + failed;
		}
	}

	static Counts count(Collection<TaskStatus> statuses) {
		int pending = 0;
		int running = 0;
		int done = 0;
		int failed = 0;
		for (TaskStatus s : statuses) {
			if (s.succeeded()) {
				done++;
			} else if (s.finished()) {
				failed++;
			} else if (s.waiting()) {
				pending++;
			} else {
				running++;
			}
		}
		return new Counts(pending, running, done, failed);
	}

	static String format(String jobIds, Counts c, Duration sinceSubmit) {
		return "SLURM job " + jobIds + ": " + c.pending() + " pending, " + c.running() + " running, " + c.done()
				+ " done, " + c.failed() + " failed, ETA " + eta(c, sinceSubmit);
	}

	static String eta(Counts c, Duration sinceSubmit) {
		int finished = c.done() + c.failed();
		int left = c.total() - finished;
		if (left == 0) {
			return "0 s";
		}
		if (finished == 0) {
			return "unknown";
		}
		long seconds = Math.round(sinceSubmit.toMillis() / 1000.0 / finished * left);
		return human(Duration.ofSeconds(seconds));
	}

	static String human(Duration d) {
		long s = d.toSeconds();
		if (s < 60) {
			return s + " s";
		}
		if (s < 3600) {
			return (s / 60) + " min " + (s % 60) + " s";
		}
		return (s / 3600) + " h " + (s % 3600 / 60) + " min";
	}
}
