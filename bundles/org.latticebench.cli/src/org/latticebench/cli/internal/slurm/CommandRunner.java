package org.latticebench.cli.internal.slurm;

import java.io.IOException;
import java.util.List;

/** Runs an external command to completion; a seam so the SLURM client can be tested with canned output. */
@FunctionalInterface
interface CommandRunner {

	/** The outcome of one command. */
	record Result(int exitCode, String stdout, String stderr) {

		boolean ok() {
			return exitCode == 0;
		}

		/** The first non-blank line of stderr (or stdout), for a one-line error message. */
		String firstErrorLine() {
			for (String text : List.of(stderr, stdout)) {
				for (String line : text.split("\\R")) {
					if (!line.isBlank()) {
						return line.strip();
					}
				}
			}
			return "exit code " + exitCode;
		}
	}

	Result run(List<String> command) throws IOException, InterruptedException;

	/** The real thing: a child process, its output read fully. */
	static CommandRunner system() {
		return command -> {
			ProcessBuilder pb = new ProcessBuilder(command);
			pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
			Process p = pb.start();
			// read stderr on its own thread so neither pipe fills up and blocks the child
			java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture
					.supplyAsync(() -> readQuietly(p.getErrorStream()));
			String out = readQuietly(p.getInputStream());
			int code = p.waitFor();
			return new Result(code, out, err.join());
		};
	}

	private static String readQuietly(java.io.InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}
}
