package org.latticebench.cli.internal.slurm;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Why the SLURM tasks of a batch did not complete: the task's own one-line error from its SLURM
 * log when it failed by itself, otherwise what SLURM did to it (time limit, memory, node failure,
 * cancellation). Feeds the {@code slurm_state}, {@code exit_code} and {@code error} cells of
 * failures.csv.
 */
public final class TaskFailures {

	/**
	 * One task that has no completion marker after its job ended.
	 *
	 * @param jobId    {@code <array job>_<index>} of its last run
	 * @param state    the SLURM state of that run
	 * @param exitCode SLURM's {@code <status>:<signal>}
	 * @param error    one line saying what went wrong
	 */
	public record Failure(int index, String jobId, String state, String exitCode, String error) {
	}

	/** Bytes read from the end of a log when looking for the error line. */
	static final int LOG_TAIL_BYTES = 64 * 1024;

	private TaskFailures() {
	}

	/**
	 * @param statuses the last SLURM status of each task run by SLURM
	 * @param complete whether a task's completion marker exists
	 * @param logDir   the folder of the SLURM logs ({@code <job>_<index>.out})
	 * @return the failures by index, ascending
	 */
	public static Map<Integer, Failure> of(Map<Integer, TaskStatus> statuses, IntPredicate complete, Path logDir,
			SlurmOptions options) {
		Map<Integer, Failure> out = new LinkedHashMap<>();
		statuses.keySet().stream().sorted().forEach(i -> {
			TaskStatus s = statuses.get(i);
			if (complete.test(i) || !s.finished()) {
				return;
			}
			Optional<String> logged = errorLine(logDir.resolve(s.jobId() + ".out"));
			out.put(i, new Failure(i, s.jobId(), s.state(), s.exitCode(), logged.orElseGet(() -> describe(s, options))));
		});
		return out;
	}

	/** What SLURM did, when the task left no error of its own. */
	static String describe(TaskStatus s, SlurmOptions options) {
		return switch (s.state()) {
		case "TIMEOUT" -> "ran past the time limit" + options.timeLimit().map(t -> " (--time " + t + ")").orElse("")
				+ " and was stopped by SLURM";
		case "OUT_OF_MEMORY" -> "exceeded its memory limit" + options.memory().map(m -> " (--mem " + m + ")").orElse("")
				+ " and was stopped by SLURM";
		case "NODE_FAIL" -> "its node failed";
		case "PREEMPTED" -> "preempted by SLURM";
		case "CANCELLED" -> "cancelled (scancel) before it finished";
		case "COMPLETED" -> "ended without writing its completion marker";
		case TaskStatus.UNKNOWN -> "SLURM no longer knows job " + s.jobId() + "; its fate is unknown";
		default -> "ended " + s.state() + " with exit code " + s.exitCode();
		};
	}

	/**
	 * The command's own error line in a task's SLURM log ({@code latticebench batch-task: error: ...},
	 * the format of every failed command), if any.
	 */
	static Optional<String> errorLine(Path log) {
		if (!Files.isRegularFile(log)) {
			return Optional.empty();
		}
		try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
			long start = Math.max(0, f.length() - LOG_TAIL_BYTES);
			byte[] tail = new byte[(int) (f.length() - start)];
			f.seek(start);
			f.readFully(tail);
			List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
			for (int i = lines.size() - 1; i >= 0; i--) {
				String line = lines.get(i).strip();
				if (line.startsWith("latticebench batch-task") && !line.startsWith("latticebench batch-task --")) {
					String message = line.substring("latticebench batch-task".length()).replaceFirst("^:\\s*", "")
							.replaceFirst("^error:\\s*", "");
					return Optional.of(message);
				}
			}
			return Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
