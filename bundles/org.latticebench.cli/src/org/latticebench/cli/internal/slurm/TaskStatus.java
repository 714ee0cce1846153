package org.latticebench.cli.internal.slurm;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What SLURM says about one array element.
 *
 * @param index    the array index (= the task's row)
 * @param jobId    the element's id as SLURM prints it, {@code <array job>_<index>}
 * @param state    the SLURM job state, e.g. {@code RUNNING}, {@code COMPLETED}, {@code TIMEOUT}
 *                 (sacct's {@code CANCELLED by 1000} is reduced to {@code CANCELLED})
 * @param exitCode {@code <exit status>:<signal>} as SLURM prints it, e.g. {@code 1:0}, {@code 0:15}
 * @param elapsed  run time so far or in total, if SLURM reported it
 */
public record TaskStatus(int index, String jobId, String state, String exitCode, Optional<Duration> elapsed) {

	/** The state of an element SLURM no longer knows (purged before it was seen to finish). */
	static final String UNKNOWN = "UNKNOWN";
	/** States after which SLURM will not run the element again on its own. */
	static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "PREEMPTED",
			"OUT_OF_MEMORY", "BOOT_FAIL", "DEADLINE", "REVOKED", "SPECIAL_EXIT", UNKNOWN);
	/** States of an element that has not started yet. */
	static final Set<String> WAITING = Set.of("PENDING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD",
			"CONFIGURING", "SUSPENDED");
	/** Failures that say nothing about the task itself, so running it again may succeed. */
	public static final Set<String> RETRYABLE = Set.of("TIMEOUT", "NODE_FAIL", "PREEMPTED", "OUT_OF_MEMORY");

	public TaskStatus {
		state = normaliseState(state);
		exitCode = exitCode == null ? "" : exitCode;
		elapsed = elapsed == null ? Optional.empty() : elapsed;
	}

	/** {@code CANCELLED by 0} becomes {@code CANCELLED}; {@code OOM} (older sacct) {@code OUT_OF_MEMORY}. */
	static String normaliseState(String raw) {
		String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
		int space = s.indexOf(' ');
		if (space > 0) {
			s = s.substring(0, space);
		}
		s = s.replace("+", "");
		return s.equals("OOM") ? "OUT_OF_MEMORY" : s.isEmpty() ? UNKNOWN : s;
	}

	public boolean finished() {
		return FINISHED.contains(state);
	}

	public boolean waiting() {
		return WAITING.contains(state);
	}

	/** Running, completing, stopping: anything neither waiting nor finished. */
	public boolean running() {
		return !finished() && !waiting();
	}

	public boolean succeeded() {
		return state.equals("COMPLETED") && (exitCode.isEmpty() || exitCode.equals("0:0"));
	}
}
