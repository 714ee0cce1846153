package org.latticebench.cli.internal.slurm;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.latticebench.cli.UsageException;
import org.latticebench.cli.internal.AtomicFiles;

/**
 * Runs a batch as a SLURM array job: checks what can be checked, writes {@code slurm/submit.sh},
 * submits the tasks without a completion marker, and follows the job (see
 * {@link ArrayJobWatcher}). Collecting {@code summary.csv} and {@code failures.csv} is left to the
 * batch command, which does it the same way for both executors; this class hands it the SLURM
 * state and exit code of each task.
 */
public final class SlurmExecutor {

	/**
	 * @param ending      how the wait ended ({@code FINISHED} also when nothing was left to run)
	 * @param statuses    the SLURM status of every task submitted by this run, by index
	 * @param submissions how often each index was submitted by this run
	 * @param jobIds      the array jobs this run submitted
	 * @param skipped     tasks already complete before this run
	 */
	public record Run(ArrayJobWatcher.Ending ending, Map<Integer, TaskStatus> statuses,
			Map<Integer, Integer> submissions, List<String> jobIds, List<Integer> skipped) {

		/** Whether the batch command should collect now (not after {@code --no-wait} or a detach). */
		public boolean collectNow() {
			return ending != ArrayJobWatcher.Ending.DETACHED;
		}
	}

	private final String command;
	private final SlurmClient client;
	private final PrintStream progress;
	private final boolean terminal;
	private final Function<String, Optional<String>> ask;
	private final String pathVariable;
	private final Clock clock;

	SlurmExecutor(String command, SlurmClient client, PrintStream progress, boolean terminal,
			Function<String, Optional<String>> ask, String pathVariable, Clock clock) {
		this.command = command;
		this.client = client;
		this.progress = progress;
		this.terminal = terminal;
		this.ask = ask;
		this.pathVariable = pathVariable;
		this.clock = clock;
	}

	/** The executor on the real machine: real SLURM commands, the user's terminal, {@code $PATH}. */
	public static SlurmExecutor system(String command, PrintStream progress) {
		java.io.Console console = System.console();
		Function<String, Optional<String>> ask = question -> {
			if (console == null) {
				return Optional.empty();
			}
			return Optional.ofNullable(console.readLine("%s", question));
		};
		return new SlurmExecutor(command, SlurmClient.system(), progress, console != null, ask, System.getenv("PATH"),
				Clock.systemUTC());
	}

	/** The installed launcher: {@code latticebench} in the product folder this process runs from. */
	public static Path installedLauncher() {
		String area = System.getProperty("osgi.install.area");
		if (area == null) {
			throw new UsageException("batch: cannot tell where Lattice Bench is installed (no osgi.install.area); "
					+ "run the SLURM executor from the installed product");
		}
		Path root = area.startsWith("file:") ? Path.of(URI.create(area.replace(" ", "%20"))) : Path.of(area);
		return root.resolve("latticebench").toAbsolutePath().normalize();
	}

	/**
	 * Checks, writes the script, submits what is left and (unless {@code --no-wait}) waits.
	 *
	 * @param launcher the launcher the nodes run, normally {@link #installedLauncher()}
	 */
	public Run run(BatchLayout batch, SlurmOptions options, Path launcher) throws IOException, InterruptedException {
		PreSubmitChecks checks = new PreSubmitChecks(command);
		if (!batch.tasksCsv().isAbsolute() || !batch.outDir().isAbsolute()) {
			throw new IllegalArgumentException("the batch command must resolve its paths: " + batch.tasksCsv());
		}
		checks.absoluteInputs(batch.inputPaths());
		checks.sbatchOnPath(pathVariable);
		checks.launcher(launcher);
		checks.writableFolder(batch.outDir());

		// what batch collect needs to rebuild the task list: the tasks.csv path, then the shared options
		List<String> saved = new ArrayList<>();
		saved.add(batch.tasksCsv().toString());
		saved.addAll(batch.taskArgs());
		AtomicFiles.writeString(argsFile(batch.outDir()), String.join("\n", saved) + "\n");

		List<Integer> todo = new ArrayList<>();
		List<Integer> skipped = new ArrayList<>();
		for (int i = 0; i < batch.taskCount(); i++) {
			(batch.isComplete(i) ? skipped : todo).add(i);
		}
		SubmitScript script = new SubmitScript(launcher, batch.tasksCsv(), batch.outDir(), batch.taskCount(),
				batch.taskArgs(), options);
		Path scriptFile = SubmitScript.location(batch.outDir());
		AtomicFiles.writeString(scriptFile, script.text());
		scriptFile.toFile().setExecutable(true);
		Files.createDirectories(SubmitScript.logDir(batch.outDir()));
		if (!skipped.isEmpty()) {
			progress.println(skipped.size() + " of " + batch.taskCount() + " tasks already complete; skipping them.");
		}
		if (todo.isEmpty()) {
			return new Run(ArrayJobWatcher.Ending.FINISHED, Map.of(), Map.of(), List.of(), skipped);
		}
		int highest = todo.get(todo.size() - 1);
		Optional<Integer> maxArraySize = client.maxArraySize();
		if (maxArraySize.isPresent() && highest >= maxArraySize.get()) {
			throw new UsageException(command + ": task index " + highest + " is beyond this cluster's MaxArraySize of "
					+ maxArraySize.get() + " (array indices 0.." + (maxArraySize.get() - 1) + "); split tasks.csv into lists"
					+ " of at most " + maxArraySize.get() + " rows, each with its own --out, or ask the administrators"
					+ " to raise MaxArraySize");
		}
		try (InterruptWatch interrupts = options.waitForJob() ? InterruptWatch.onSigint() : InterruptWatch.none()) {
			ArrayJobWatcher watcher = new ArrayJobWatcher(client, scriptFile, options, new JobLedger(batch.outDir()),
					batch::isComplete, progress, terminal, interrupts, ask, clock);
			ArrayJobWatcher.Outcome o = watcher.run(todo);
			if (o.ending() == ArrayJobWatcher.Ending.DETACHED && !options.waitForJob()) {
				progress.println("Job id: " + o.jobIds().get(0) + ". Gather the results later with: "
						+ "latticebench --headless batch collect " + batch.outDir());
			}
			return new Run(o.ending(), o.statuses(), o.submissions(), o.jobIds(), skipped);
		}
	}

	/**
	 * For {@code batch collect}: the latest SLURM status of every task this folder's jobs ran,
	 * by index. Tasks SLURM has forgotten are absent.
	 */
	public Map<Integer, TaskStatus> statuses(Path outDir) throws IOException, InterruptedException {
		Map<Integer, String> latest = new JobLedger(outDir).latestJobPerIndex();
		Map<Integer, TaskStatus> out = new TreeMap<>();
		for (String job : new java.util.LinkedHashSet<>(latest.values())) {
			for (TaskStatus s : client.status(job)) {
				if (job.equals(latest.get(s.index()))) {
					out.put(s.index(), s);
				}
			}
		}
		return out;
	}

	/** {@code slurm/batch.args}: the tasks.csv path, then the options every task shares, one per line. */
	public static Path argsFile(Path outDir) {
		return outDir.resolve("slurm").resolve("batch.args");
	}

	/** Whether the folder was run with the SLURM executor (it has a job ledger). */
	public static boolean hasJobs(Path outDir) {
		return Files.exists(new JobLedger(outDir).file());
	}
}
