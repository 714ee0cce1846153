package org.latticebench.cli;

import java.util.List;

/**
 * One sub-command of {@code latticebench --headless}. Commands are OSGi DS services, so a
 * plug-in can contribute its own; the service property {@code latticebench.command} carries the
 * command name.
 *
 * @since 0.1
 */
public interface CliCommand {

	/** The name typed on the command line, e.g. {@code info}. */
	String name();

	/** One line for {@code help}. */
	String summary();

	/** The usage synopsis, e.g. {@code dvh --rtstruct F --rtdose F --out metrics.csv}. */
	String usage();

	/**
	 * Runs the command. Parse {@code args} with {@link CliArgs#parse} so that every command
	 * shares one syntax and one style of usage error.
	 *
	 * @return the process exit code: 0 success, 1 a failed run
	 * @throws UsageException for a usage error (exit code 2)
	 * @throws Exception      any other failure (exit code 1); the message is shown in one line
	 */
	int run(List<String> args, CliContext context) throws Exception;
}
