package org.latticebench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.core.CancelledException;

/**
 * Dispatches {@code latticebench --headless <command> ...} to a {@link CliCommand}. Independent of
 * OSGi so it can be tested directly. Exit codes: 0 success, 1 a failed run, 2 a usage error.
 */
public final class CommandLine {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private final Map<String, CliCommand> commands = new LinkedHashMap<>();
	private final PrintStream out;
	private final PrintStream err;
	private final Function<Class<?>, List<?>> serviceLookup;

	public CommandLine(List<CliCommand> commands, PrintStream out, PrintStream err, Function<Class<?>, List<?>> serviceLookup) {
		List<CliCommand> sorted = new ArrayList<>(commands);
		sorted.sort(Comparator.comparing(CliCommand::name));
		for (CliCommand c : sorted) {
			CliCommand previous = this.commands.putIfAbsent(c.name(), c);
			if (previous != null) {
				throw new IllegalStateException("two commands are named '" + c.name() + "': " + previous.getClass().getName()
						+ " and " + c.getClass().getName());
			}
		}
		this.out = out;
		this.err = err;
		this.serviceLookup = serviceLookup;
	}

	public List<CliCommand> commands() {
		return List.copyOf(commands.values());
	}

	public int run(List<String> rawArgs) {
		List<String> args = new ArrayList<>(rawArgs);
		boolean verbose = args.remove("--verbose");
		args.remove("--headless");
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
			args.add(0, "help");
			args.remove("--help");
			args.remove("-h");
		}
		String name = args.remove(0);
		CliCommand command = commands.get(name);
		if (command == null) {
			err.println("latticebench: unknown command '" + name + "'. Run 'latticebench --headless help' for the list.");
			return USAGE;
		}
		if (args.contains("--help")) {
			out.println("usage: latticebench --headless " + command.usage());
			out.println(command.summary());
			return OK;
		}
		CliContext context = new Context(verbose);
		try {
			return command.run(List.copyOf(args), context);
		} catch (UsageException e) {
			String message = e.getMessage() == null ? "usage error" : e.getMessage();
			// CliArgs messages already start with the command name
			err.println("latticebench " + (message.startsWith(name + ":") ? message : name + ": " + message));
			err.println("usage: latticebench --headless " + command.usage());
			return USAGE;
		} catch (CancelledException e) {
			err.println("latticebench " + name + ": cancelled");
			return FAILED;
		} catch (Exception | Error e) {
			// Errors too (a LinkageError from a mismatched plug-in, OutOfMemoryError): one line and
			// exit 1, never an escape into the framework, which would exit 0 without a word
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			err.println("latticebench " + name + ": error: " + message.replace('\n', ' '));
			if (verbose) {
				e.printStackTrace(err);
			} else {
				err.println("(run with --verbose for the full trace)");
			}
			return FAILED;
		}
	}

	private final class Context implements CliContext {
		private final boolean verbose;

		Context(boolean verbose) {
			this.verbose = verbose;
		}

		@Override
		public PrintStream out() {
			return out;
		}

		@Override
		public PrintStream err() {
			return err;
		}

		@Override
		public boolean verbose() {
			return verbose;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> List<T> services(Class<T> type) {
			if (type == CommandLine.class) {
				return (List<T>) List.of(CommandLine.this);
			}
			return (List<T>) serviceLookup.apply(type);
		}
	}
}
