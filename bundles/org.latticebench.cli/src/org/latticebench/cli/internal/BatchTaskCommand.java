package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code batch-task --tasks <csv> --index <i> --out <dir>}: runs exactly one task of a task list
 * (index 0 = the first row after the header) into the same folder {@code batch} would use, with
 * the completion marker written last; a task already complete is left alone. Executors such as a
 * SLURM array job run one of these per task. The whole list is validated first, so every array
 * element fails the same way on a bad list.
 */
@Component(property = "latticebench.command=batch-task")
public final class BatchTaskCommand implements CliCommand {

	private final ComparisonJob.PipelineFactory pipelines;
	private final ComparisonJob.StudyLoader studies;

	public BatchTaskCommand() {
		this(ComparisonJob.STANDARD, ComparisonJob.STUDY_SOURCES);
	}

	BatchTaskCommand(ComparisonJob.PipelineFactory pipelines, ComparisonJob.StudyLoader studies) {
		this.pipelines = pipelines;
		this.studies = studies;
	}

	@Override
	public String name() {
		return "batch-task";
	}

	@Override
	public String summary() {
		return "Run one task of a batch task list into its own folder (for cluster executors such as SLURM arrays).";
	}

	@Override
	public String usage() {
		return "batch-task --tasks <tasks.csv> --index <i (0-based)> --out <dir> [--set generator.key=value ...]"
				+ " [--constraints <set>] [--dose-grid-mm 3] [--max-iterations 150] [--beamlet-mm 5] [--seed n] [--threads n]";
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException {
		CliArgs a = CliArgs.parse(name(), args, CompareCommand.valueOptions("tasks", "index"), Set.of());
		a.expectPositionalAtMost(0);
		Path tasksFile = a.requiredPath("tasks");
		Path out = a.requiredPath("out");
		int index = a.intValue("index", -1);
		if (!a.has("index")) {
			throw new UsageException(name() + ": missing required option --index");
		}
		List<TaskList.Task> tasks = TaskList.load(tasksFile, CompareCommand.settings(a), a.value("constraints"), context);
		if (index < 0 || index >= tasks.size()) {
			throw new UsageException(name() + ": --index " + index + " is outside 0.." + (tasks.size() - 1) + " (" + tasks.size()
					+ " tasks in " + tasksFile + ")");
		}
		TaskList.Task task = tasks.get(index);
		Path folder = TaskFolders.folder(out, task.spec());
		List<String> command = new ArrayList<>(List.of("latticebench", "--headless", name()));
		command.addAll(args);
		long start = System.nanoTime();
		int threads = Runtime.getRuntime().availableProcessors();
		boolean ran = new BatchRunner(context, pipelines, studies).runOne(task, out, threads, command, context.out());
		if (!ran) {
			context.out().println("task " + index + " (line " + task.line() + ") is already complete in " + folder);
		} else {
			context.out().printf(Locale.ROOT, "task %d (line %d) done in %.1f s: %s%n", index, task.line(),
					(System.nanoTime() - start) / 1e9, folder);
		}
		return 0;
	}
}
