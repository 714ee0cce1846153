package org.latticebench.cli.internal.slurm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few SLURM commands the executor needs: {@code sbatch --parsable}, a status query, and
 * {@code scancel}. The status comes from {@code sacct} where accounting is enabled, the reliable
 * source on a real cluster because it keeps finished jobs; where it is not (a test cluster
 * without slurmdbd) from {@code scontrol show job}, which sees what {@code squeue} sees plus the
 * exit codes, for as long as the controller keeps finished jobs ({@code MinJobAge}).
 */
public final class SlurmClient {

	private final CommandRunner runner;
	private boolean sacctWorks = true;

	SlurmClient(CommandRunner runner) {
		this.runner = runner;
	}

	public static SlurmClient system() {
		return new SlurmClient(CommandRunner.system());
	}

	/**
	 * Submits the script for the given array indices ({@code --array} on the command line
	 * overrides the script's own line, so a resumed or retried batch submits only what is left).
	 *
	 * @return the array job id
	 * @throws IOException with sbatch's own message when it refuses the job
	 */
	public String submit(Path script, String arraySpec) throws IOException, InterruptedException {
		List<String> cmd = List.of("sbatch", "--parsable", "--array=" + arraySpec, script.toString());
		CommandRunner.Result r = runner.run(cmd);
		if (!r.ok()) {
			throw new IOException("sbatch refused the job: " + r.firstErrorLine());
		}
		return parseJobId(r.stdout());
	}

	/** {@code sbatch --parsable} prints {@code <id>} or {@code <id>;<cluster>}. */
	static String parseJobId(String stdout) throws IOException {
		String first = stdout.strip().lines().reduce((a, b) -> b).orElse("");
		String id = first.split(";", 2)[0].strip();
		if (!id.matches("\\d+")) {
			throw new IOException("sbatch printed no job id: '" + stdout.strip() + "'");
		}
		return id;
	}

	/** The status of every element of an array job that SLURM still knows. */
	public List<TaskStatus> status(String arrayJobId) throws IOException, InterruptedException {
		if (sacctWorks) {
			List<String> cmd = new ArrayList<>(List.of("sacct", "-j", arrayJobId));
			cmd.addAll(StatusParsers.SACCT_FORMAT);
			CommandRunner.Result r = runner.run(cmd);
			if (r.ok() && !r.stdout().contains("accounting storage is disabled")) {
				List<TaskStatus> statuses = StatusParsers.sacct(r.stdout(), arrayJobId);
				if (!statuses.isEmpty()) {
					return statuses;
				}
				// a job just submitted may not have reached the database yet: ask the controller
			} else {
				sacctWorks = false;
			}
		}
		CommandRunner.Result r = runner.run(List.of("scontrol", "--oneliner", "show", "job", arrayJobId));
		if (!r.ok()) {
			// "Invalid job id specified": the controller has forgotten the job
			return List.of();
		}
		return StatusParsers.scontrol(r.stdout(), arrayJobId);
	}

	/**
	 * The cluster's {@code MaxArraySize} ({@code scontrol show config}): array indices must be
	 * below it. Empty when it cannot be read.
	 */
	public Optional<Integer> maxArraySize() throws IOException, InterruptedException {
		CommandRunner.Result r = runner.run(List.of("scontrol", "show", "config"));
		return r.ok() ? parseMaxArraySize(r.stdout()) : Optional.empty();
	}

	static Optional<Integer> parseMaxArraySize(String config) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^MaxArraySize\\s*=\\s*(\\d+)").matcher(config);
		return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
	}

	/** {@code scancel <job>}: every element still pending or running. */
	public void cancel(String arrayJobId) throws IOException, InterruptedException {
		CommandRunner.Result r = runner.run(List.of("scancel", arrayJobId));
		if (!r.ok()) {
			throw new IOException("scancel " + arrayJobId + " failed: " + r.firstErrorLine());
		}
	}
}
