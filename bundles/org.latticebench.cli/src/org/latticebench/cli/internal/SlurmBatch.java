package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.cli.internal.slurm.BatchLayout;
import org.latticebench.cli.internal.slurm.SlurmExecutor;
import org.latticebench.cli.internal.slurm.SlurmOptions;
import org.latticebench.cli.internal.slurm.SubmitScript;
import org.latticebench.cli.internal.slurm.TaskFailures;
import org.latticebench.cli.internal.slurm.TaskStatus;

/**
 * {@code batch --executor slurm} and {@code batch collect <dir>}: the task list and the task
 * folders are the local executor's ({@link TaskList}, {@link TaskFolders}, {@link BatchSummary});
 * SLURM runs {@code batch-task} once per row. failures.csv carries the local columns plus the
 * SLURM job, state and exit code of each failed task.
 */
final class SlurmBatch {

	static final List<String> SLURM_FAILURE_COLUMNS = List.of("slurm_job", "slurm_state", "exit_code");

	private final CliContext context;
	private final SlurmExecutor executor;

	SlurmBatch(CliContext context, SlurmExecutor executor) {
		this.context = context;
		this.executor = executor;
	}

	/** The options of {@code batch} that {@code batch-task} needs too: the settings shared by every row. */
	static List<String> taskArgs(CliArgs a, SlurmOptions options) {
		List<String> out = new ArrayList<>();
		for (String option : new TreeSet<>(CompareCommand.valueOptions())) {
			if (option.equals("out") || (option.equals("threads") && options.cpusPerTask() > 0)) {
				continue;
			}
			for (String v : a.values(option)) {
				out.add("--" + option);
				out.add(v);
			}
		}
		if (options.cpusPerTask() > 0) {
			// one worker thread per CPU SLURM gives the task, whatever the node has
			out.add("--threads");
			out.add(Integer.toString(options.cpusPerTask()));
		}
		return out;
	}

	int run(CliArgs a, Path tasksFile, Path out, int maxParallel) throws IOException, InterruptedException {
		SlurmOptions options = SlurmOptions.from(a, maxParallel);
		Path tasksAbs = tasksFile.toAbsolutePath().normalize();
		Path outAbs = out.toAbsolutePath().normalize();
		List<String> taskArgs = taskArgs(a, options);
		refuseWhileRunning(outAbs);
		TaskFolders.cleanLeftovers(outAbs.resolve("tasks"));
		// studies are checked on the nodes, task by task: a missing folder fails its task alone
		List<TaskList.Task> tasks = TaskList.load(tasksAbs, CompareCommand.settings(a), a.value("constraints"), context,
				false);
		context.out().printf(Locale.ROOT, "%d tasks from %s into %s on SLURM%s%n", tasks.size(), tasksAbs, outAbs,
				maxParallel > 0 ? ", up to " + maxParallel + " at a time" : "");
		long start = System.nanoTime();
		SlurmExecutor.Run run = executor.run(layout(tasks, tasksAbs, outAbs, taskArgs), options,
				SlurmExecutor.installedLauncher());
		if (!run.collectNow()) {
			return 0;
		}
		return collect(tasks, outAbs, run.statuses(), options, (System.nanoTime() - start) / 1e9);
	}

	/** Running the batch again while its earlier job still runs would run tasks twice. */
	private void refuseWhileRunning(Path outAbs) throws IOException, InterruptedException {
		if (!SlurmExecutor.hasJobs(outAbs)) {
			return;
		}
		Map<Integer, TaskStatus> earlier = executor.statuses(outAbs);
		Set<String> running = new TreeSet<>();
		earlier.values().stream().filter(s -> !s.finished()).forEach(s -> running.add(s.jobId().split("_")[0]));
		if (!running.isEmpty()) {
			throw new UsageException("batch: SLURM job " + String.join(",", running) + " of " + outAbs
					+ " is still pending or running; wait for it (batch collect " + outAbs + ") or scancel it first");
		}
	}

	/** {@code batch collect <dir>}: statuses from SLURM for the jobs this folder recorded. */
	int collect(Path dir) throws IOException, InterruptedException {
		Path outAbs = dir.toAbsolutePath().normalize();
		Path argsFile = SlurmExecutor.argsFile(outAbs);
		if (!Files.isRegularFile(argsFile)) {
			throw new UsageException("batch collect: " + outAbs + " holds no SLURM batch (no " + argsFile + ")");
		}
		List<String> saved = Files.readAllLines(argsFile, StandardCharsets.UTF_8);
		CliArgs a = CliArgs.parse("batch", saved.subList(1, saved.size()), CompareCommand.valueOptions(), Set.of());
		List<TaskList.Task> tasks = TaskList.load(Path.of(saved.get(0)), CompareCommand.settings(a), a.value("constraints"),
				context, false);
		Map<Integer, TaskStatus> statuses = executor.statuses(outAbs);
		long unfinished = statuses.values().stream().filter(s -> !s.finished()).count();
		int code = collect(tasks, outAbs, statuses, SlurmOptions.from(CliArgs.parse("batch", List.of(),
				SlurmOptions.VALUE_OPTIONS, SlurmOptions.FLAG_OPTIONS), 0), -1);
		if (unfinished > 0) {
			context.err().println("latticebench batch collect: " + unfinished
					+ " tasks are still pending or running in SLURM; collect again when they end");
			return 1;
		}
		return code;
	}

	private int collect(List<TaskList.Task> tasks, Path out, Map<Integer, TaskStatus> statuses, SlurmOptions options,
			double seconds) throws IOException {
		Map<Integer, TaskFailures.Failure> failures = TaskFailures.of(statuses,
				i -> TaskFolders.isComplete(TaskFolders.folder(out, tasks.get(i).spec()), tasks.get(i).spec()),
				SubmitScript.logDir(out), options);
		AtomicFiles.writeString(out.resolve("failures.csv"), failures(tasks, out, failures));
		AtomicFiles.writeString(out.resolve("summary.csv"), BatchSummary.summary(tasks, out));
		long complete = tasks.stream().filter(t -> TaskFolders.isComplete(TaskFolders.folder(out, t.spec()), t.spec()))
				.count();
		context.out().printf(Locale.ROOT, "%d tasks: %d complete, %d failed%s. Wrote %s and %s%n", tasks.size(),
				complete, failures.size(), seconds >= 0 ? String.format(Locale.ROOT, "; %.1f s", seconds) : "",
				out.resolve("summary.csv"), out.resolve("failures.csv"));
		if (!failures.isEmpty()) {
			context.err().println("latticebench batch: " + failures.size() + " of " + tasks.size()
					+ " tasks failed; see " + out.resolve("failures.csv"));
			return 1;
		}
		if (complete < tasks.size()) {
			context.err().println("latticebench batch: " + (tasks.size() - complete) + " of " + tasks.size()
					+ " tasks are not complete; run the same command again to resume");
			return 1;
		}
		return 0;
	}

	/** The local failures.csv columns, then the SLURM job, state and exit code. */
	static String failures(List<TaskList.Task> tasks, Path out, Map<Integer, TaskFailures.Failure> failures) {
		List<String> header = new ArrayList<>(BatchSummary.FAILURE_COLUMNS);
		header.addAll(SLURM_FAILURE_COLUMNS);
		StringBuilder sb = new StringBuilder(Csv.row(header));
		for (TaskFailures.Failure f : failures.values()) {
			TaskList.Task t = tasks.get(f.index());
			ComparisonSpec spec = t.spec();
			sb.append(Csv.row(List.of(spec.caseId(), spec.study(), String.join("+", spec.regimenIds()),
					spec.settingsCell(), "tasks/" + TaskFolders.folder(out, spec).getFileName(),
					Integer.toString(t.line()), f.error(), f.jobId(), f.state(), f.exitCode())));
		}
		return sb.toString();
	}

	private static BatchLayout layout(List<TaskList.Task> tasks, Path tasksAbs, Path outAbs, List<String> taskArgs) {
		Map<String, String> inputs = new LinkedHashMap<>();
		for (TaskList.Task t : tasks) {
			if (!StudySources.PHANTOM.equals(t.spec().study())) {
				inputs.put(tasksAbs.getFileName() + " line " + t.line(), t.spec().study());
			}
		}
		return new BatchLayout() {
			@Override
			public Path tasksCsv() {
				return tasksAbs;
			}

			@Override
			public Path outDir() {
				return outAbs;
			}

			@Override
			public int taskCount() {
				return tasks.size();
			}

			@Override
			public boolean isComplete(int index) {
				ComparisonSpec spec = tasks.get(index).spec();
				return TaskFolders.isComplete(TaskFolders.folder(outAbs, spec), spec);
			}

			@Override
			public List<String> taskArgs() {
				return taskArgs;
			}

			@Override
			public Map<String, String> inputPaths() {
				return inputs;
			}
		};
	}

	static Optional<String> unusedSlurmOption(CliArgs a) {
		for (String o : SlurmOptions.VALUE_OPTIONS) {
			if (a.has(o)) {
				return Optional.of(o);
			}
		}
		for (String o : SlurmOptions.FLAG_OPTIONS) {
			if (a.has(o)) {
				return Optional.of(o);
			}
		}
		return Optional.empty();
	}
}
