package org.latticebench.cli.internal;

import java.util.List;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.osgi.service.component.annotations.Component;

/** {@code help}: the list of commands, or one command's usage. */
@Component(property = "latticebench.command=help")
public final class HelpCommand implements CliCommand {

	@Override
	public String name() {
		return "help";
	}

	@Override
	public String summary() {
		return "List the commands, or show how to use one: help <command>.";
	}

	@Override
	public String usage() {
		return "help [<command>]";
	}

	@Override
	public int run(List<String> args, CliContext context) {
		CliArgs parsed = CliArgs.parse(name(), args, Set.of(), Set.of());
		parsed.expectPositionalAtMost(1);
		List<CliCommand> commands = context.services(CommandLine.class).get(0).commands();
		if (!parsed.positional().isEmpty()) {
			String wanted = parsed.positional().get(0);
			for (CliCommand c : commands) {
				if (c.name().equals(wanted)) {
					context.out().println("usage: latticebench --headless " + c.usage());
					context.out().println(c.summary());
					return 0;
				}
			}
			throw new org.latticebench.cli.UsageException("help: unknown command '" + wanted + "'");
		}
		context.out().println("usage: latticebench --headless <command> [options] [--verbose]");
		context.out().println();
		context.out().println("Commands:");
		for (CliCommand c : commands) {
			context.out().printf("  %-10s %s%n", c.name(), c.summary());
		}
		context.out().println();
		context.out().println("Exit codes: 0 success, 1 a failed run, 2 a usage error. --verbose shows full error traces.");
		return 0;
	}
}
