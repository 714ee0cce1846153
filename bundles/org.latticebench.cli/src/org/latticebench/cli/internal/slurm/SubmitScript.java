package org.latticebench.cli.internal.slurm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The {@code slurm/submit.sh} of a batch folder: a plain, readable SLURM array job with one
 * element per task, so a user can read it, adapt it and submit it by hand. Element {@code i}
 * runs {@code latticebench --headless batch-task --index i}; a task that is already complete is
 * skipped by {@code batch-task} itself, so submitting the script again is safe.
 *
 * @param launcher  absolute path of the installed {@code latticebench} launcher (same on every node)
 * @param tasksCsv  absolute path of the task list
 * @param outDir    absolute path of the batch output folder
 * @param taskCount rows in the task list
 * @param taskArgs  options of {@code batch} that every task needs too (settings applied to all rows),
 *                  passed on to {@code batch-task} unchanged so both compute the same task hashes
 * @param options   the SLURM options
 */
public record SubmitScript(Path launcher, Path tasksCsv, Path outDir, int taskCount, List<String> taskArgs,
		SlurmOptions options) {

	/** The job name shown by squeue. */
	public static final String JOB_NAME = "latticebench-batch";

	/** Share of {@code --mem} given to the Java heap; the rest is for the JVM itself and native buffers. */
	static final double HEAP_SHARE = 0.8;

	public SubmitScript {
		if (taskCount < 1) {
			throw new IllegalArgumentException("a batch needs at least one task");
		}
		taskArgs = List.copyOf(taskArgs);
	}

	/** Where the script lives in the batch folder. */
	public static Path location(Path outDir) {
		return outDir.resolve("slurm").resolve("submit.sh");
	}

	/** The folder of the per-element SLURM logs ({@code <job>_<index>.out}). */
	public static Path logDir(Path outDir) {
		return outDir.resolve("slurm").resolve("logs");
	}

	/** The whole array, {@code 0-(N-1)%K}. */
	public String fullArray() {
		return ArraySpec.format(IntStream.range(0, taskCount).boxed().toList(), options.maxParallel());
	}

	public String text() {
		List<String> l = new ArrayList<>();
		l.add("#!/bin/bash");
		l.add("# Lattice Bench batch as a SLURM array job, written by `latticebench --headless batch --executor slurm`.");
		l.add("# Element i of the array runs task i of the task list (0-based, the header row excluded).");
		l.add("# Submit by hand with `sbatch " + location(outDir) + "`; tasks already complete are skipped.");
		l.add("# Assumes the task list, its inputs and the output folder are on a file system every node sees,");
		l.add("# and Lattice Bench is installed at the same path on every node.");
		l.add("#SBATCH --job-name=" + JOB_NAME);
		l.add("#SBATCH --array=" + fullArray());
		l.add("#SBATCH --output=" + directiveValue(logDir(outDir) + "/%A_%a.out"));
		options.partition().ifPresent(p -> l.add("#SBATCH --partition=" + p));
		options.timeLimit().ifPresent(t -> l.add("#SBATCH --time=" + t));
		if (options.cpusPerTask() > 0) {
			l.add("#SBATCH --cpus-per-task=" + options.cpusPerTask());
		}
		options.memory().ifPresent(m -> l.add("#SBATCH --mem=" + m));
		options.account().ifPresent(a -> l.add("#SBATCH --account=" + a));
		for (String extra : options.sbatchArgs()) {
			l.add("#SBATCH " + extra.strip());
		}
		l.add("");
		l.add("set -eu");
		options.memoryMb().ifPresent(mb -> {
			long heapMb = Math.max(256, Math.round(mb * HEAP_SHARE));
			l.add("# Java heap inside the --mem limit (" + Math.round(HEAP_SHARE * 100) + "%), unless set by the caller");
			l.add("export LATTICEBENCH_VMARGS=\"${LATTICEBENCH_VMARGS:--Xmx" + heapMb + "m}\"");
		});
		l.add("exec " + quote(launcher.toString()) + " --headless batch-task \\");
		l.add("  --tasks " + quote(tasksCsv.toString()) + " \\");
		l.add("  --index \"$SLURM_ARRAY_TASK_ID\" \\");
		if (taskArgs.isEmpty()) {
			l.add("  --out " + quote(outDir.toString()));
		} else {
			l.add("  --out " + quote(outDir.toString()) + " \\");
			l.add("  " + String.join(" ", taskArgs.stream().map(SubmitScript::quote).toList()));
		}
		return String.join("\n", l) + "\n";
	}

	/** An {@code #SBATCH} value: sbatch splits directives at white space unless it is double-quoted. */
	static String directiveValue(String s) {
		return s.chars().anyMatch(Character::isWhitespace) ? '"' + s + '"' : s;
	}

	/** A shell word that stays one word whatever it contains. */
	static String quote(String s) {
		if (s.matches("[A-Za-z0-9_./@%+=:,-]+")) {
			return s;
		}
		return "'" + s.replace("'", "'\\''") + "'";
	}
}
