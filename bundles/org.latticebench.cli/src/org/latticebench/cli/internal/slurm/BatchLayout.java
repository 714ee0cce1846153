package org.latticebench.cli.internal.slurm;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the SLURM executor needs to know about a batch; the {@code batch} command provides it,
 * so the task list is parsed and the completion markers are judged in one place for both
 * executors.
 */
public interface BatchLayout {

	/** The task list, absolute. */
	Path tasksCsv();

	/** The batch output folder, absolute. */
	Path outDir();

	/** Rows in the task list. */
	int taskCount();

	/** Whether task {@code index} has a completion marker for its current inputs (resume skips it). */
	boolean isComplete(int index);

	/** Options of {@code batch} that {@code batch-task} needs too (settings applied to every row). */
	java.util.List<String> taskArgs();

	/** Every file-system path the tasks read, by a row label such as {@code tasks.csv row 3}. */
	Map<String, String> inputPaths();
}
