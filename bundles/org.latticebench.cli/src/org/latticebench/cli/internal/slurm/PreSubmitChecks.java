package org.latticebench.cli.internal.slurm;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.latticebench.cli.UsageException;

/**
 * What can be checked on the submitting machine before anything is queued. The nodes see the
 * same paths only if they are absolute (a job's working directory is not the user's shell), the
 * output folder must take the tasks' results, and {@code sbatch} must exist. Each failure is a
 * one-line usage error (exit code 2).
 */
final class PreSubmitChecks {

	private final String command;

	PreSubmitChecks(String command) {
		this.command = command;
	}

	/**
	 * Input paths named by the task list.
	 *
	 * @param pathsByRow a task's row label (e.g. {@code tasks.csv row 3}) to the path it names
	 */
	void absoluteInputs(Map<String, String> pathsByRow) {
		pathsByRow.forEach((row, path) -> {
			if (!Path.of(path).isAbsolute()) {
				throw new UsageException(command + ": " + row + ": study path '" + path
						+ "' is relative; SLURM nodes need absolute paths on a shared file system");
			}
		});
	}

	/** Creates the folder if needed and proves it takes a file. */
	void writableFolder(Path dir) {
		try {
			Files.createDirectories(dir);
			Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
			Files.delete(probe);
		} catch (IOException | SecurityException e) {
			throw new UsageException(command + ": output folder " + dir + " is not writable (" + e.getMessage() + ")");
		}
	}

	/** {@code sbatch} on the PATH, found the way a shell would. */
	Path sbatchOnPath(String pathVariable) {
		return onPath("sbatch", pathVariable).orElseThrow(() -> new UsageException(command
				+ ": sbatch is not on the PATH; run on a SLURM login node or load the SLURM module (e.g. module load slurm)"));
	}

	/** The launcher every node will run: it must exist and be executable here. */
	void launcher(Path launcher) {
		if (!Files.isRegularFile(launcher) || !Files.isExecutable(launcher)) {
			throw new UsageException(command + ": the latticebench launcher " + launcher
					+ " is not an executable file; run batch from an installed product");
		}
	}

	static Optional<Path> onPath(String program, String pathVariable) {
		if (pathVariable == null) {
			return Optional.empty();
		}
		for (String dir : pathVariable.split(File.pathSeparator)) {
			if (dir.isEmpty()) {
				continue;
			}
			Path candidate = Path.of(dir, program);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}
}
