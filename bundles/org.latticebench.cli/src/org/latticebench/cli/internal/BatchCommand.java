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
 * {@code batch <tasks.csv> --out <dir> [--max-parallel K]}: runs every task of the list (one
 * comparison each) into {@code <dir>/tasks/<case>_<regimen>_<hash>/}, K at a time, skipping tasks
 * already complete (resume after an interruption). Writes failures.csv and summary.csv at the
 * end; exits 1 when any task failed, the others having run.
 */
@Component(property = "latticebench.command=batch")
public final class BatchCommand implements CliCommand {

	private final ComparisonJob.PipelineFactory pipelines;
	private final ComparisonJob.StudyLoader studies;

	public BatchCommand() {
		this(ComparisonJob.STANDARD, ComparisonJob.STUDY_SOURCES);
	}

	BatchCommand(ComparisonJob.PipelineFactory pipelines, ComparisonJob.StudyLoader studies) {
		this.pipelines = pipelines;
		this.studies = studies;
	}

	@Override
	public String name() {
		return "batch";
	}

	@Override
	public String summary() {
		return "Run a task list (case,study,regimen[,settings]) as independent comparisons, in parallel, resumable;"
				+ " writes summary.csv and failures.csv.";
	}

	@Override
	public String usage() {
		return "batch <tasks.csv> --out <dir> [--max-parallel K] [--set generator.key=value ...] [--constraints <set>]"
				+ " [--dose-grid-mm 3] [--max-iterations 150] [--beamlet-mm 5] [--seed n] [--threads n]";
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException, InterruptedException {
		CliArgs a = CliArgs.parse(name(), args, CompareCommand.valueOptions("max-parallel"), Set.of());
		a.expectPositionalAtMost(1);
		Path tasksFile = Path.of(a.positional(0, "tasks.csv"));
		Path out = a.requiredPath("out");
		int maxParallel = a.intValue("max-parallel", 1);
		if (maxParallel < 1 || maxParallel > 64) {
			throw new UsageException(name() + ": --max-parallel must be 1..64, got " + maxParallel);
		}
		List<TaskList.Task> tasks = TaskList.load(tasksFile, CompareCommand.settings(a), a.value("constraints"), context);
		if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
			throw new UsageException(name() + ": --out " + out + " is a file");
		}
		int removed = TaskFolders.cleanLeftovers(out.resolve("tasks"));
		List<String> command = new ArrayList<>(List.of("latticebench", "--headless", name()));
		command.addAll(args);
		context.out().printf(Locale.ROOT, "%d tasks from %s into %s, up to %d at a time%s%n", tasks.size(), tasksFile, out,
				maxParallel, removed > 0 ? " (removed " + removed + " unfinished folders of an earlier run)" : "");
		BatchRunner.Outcome o = new BatchRunner(context, pipelines, studies).runAll(tasks, out, maxParallel, command,
				context.err());
		AtomicFiles.writeString(out.resolve("failures.csv"), BatchSummary.failures(o.failures()));
		AtomicFiles.writeString(out.resolve("summary.csv"), BatchSummary.summary(tasks, out));
		context.out().printf(Locale.ROOT, "%d tasks: %d ran now, %d were already complete, %d failed; %.1f s. Wrote %s and %s%n",
				o.total(), o.ran() - o.failures().size(), o.skipped(), o.failures().size(), o.seconds(),
				out.resolve("summary.csv"), out.resolve("failures.csv"));
		if (!o.failures().isEmpty()) {
			context.err().println("latticebench batch: " + o.failures().size() + " of " + o.total()
					+ " tasks failed; see " + out.resolve("failures.csv"));
			return 1;
		}
		return 0;
	}
}
