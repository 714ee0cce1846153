package org.latticebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.osgi.framework.FrameworkUtil;

class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private CommandLine cli(CliCommand... extra) {
		List<CliCommand> commands = new java.util.ArrayList<>(List.of(new InfoCommand(), new HelpCommand()));
		commands.addAll(List.of(extra));
		return new CommandLine(commands, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), t -> List.of());
	}

	@Test
	void unknownCommandExitsWithUsageStatusAndNamesIt() {
		assertEquals(2, cli().run(List.of("frobnicate")));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
	}

	@Test
	void helpListsEveryCommand() {
		assertEquals(0, cli().run(List.of("help")));
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("info") && text.contains("help"), text);
	}

	@Test
	void noArgumentsShowsHelp() {
		assertEquals(0, cli().run(List.of("--headless")));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Commands:"));
	}

	@Test
	void unknownOptionIsAUsageErrorWithStatus2() {
		assertEquals(2, cli().run(List.of("info", "--bogus")));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --bogus"));
	}

	@Test
	void anErrorFromACommandExitsWith1WithItsMessage() {
		CliCommand broken = command("broken", (args, ctx) -> {
			throw new IncompatibleClassChangeError("Expected static method m()");
		});
		assertEquals(1, cli(broken).run(List.of("broken")));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("latticebench broken: error: Expected static method m()"),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void failedRunExitsWith1AndOneLineUnlessVerbose() {
		CliCommand failing = command("boom", (args, ctx) -> {
			throw new IllegalStateException("disk on fire");
		});
		assertEquals(1, cli(failing).run(List.of("boom")));
		String text = err.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("error: disk on fire"), text);
		assertTrue(!text.contains("at org."), "no stack trace without --verbose: " + text);
		err.reset();
		assertEquals(1, cli(failing).run(List.of("boom", "--verbose")));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("at org."), "stack trace with --verbose");
	}

	@Test
	void duplicateCommandNamesAreRefusedNamingBoth() {
		var e = assertThrows(IllegalStateException.class, () -> cli(new InfoCommand()));
		assertTrue(e.getMessage().contains("'info'"), e.getMessage());
	}

	@Test
	void argsParserHandlesRepeatedValuesFlagsAndInlineValues() {
		CliArgs a = CliArgs.parse("compare", List.of("--regimen", "a", "--regimen=b", "--dry", "pos"), Set.of("regimen"),
				Set.of("dry"));
		assertEquals(List.of("a", "b"), a.values("regimen"));
		assertTrue(a.has("dry"));
		assertEquals(List.of("pos"), a.positional());
		assertThrows(UsageException.class, () -> CliArgs.parse("x", List.of("--regimen"), Set.of("regimen"), Set.of()));
	}

	@Test
	void declarativeServicesRegisterTheBuiltInCommands() {
		// the DS runtime (felix.scr) must have registered the @Component commands of this bundle
		Map<String, List<ServiceListing.Entry>> groups = ServiceListing
				.collect(FrameworkUtil.getBundle(CommandLine.class).getBundleContext());
		List<String> ids = groups.getOrDefault("Commands", List.of()).stream().map(ServiceListing.Entry::id).toList();
		assertTrue(ids.containsAll(List.of("help", "info")), "registered commands: " + groups);
	}

	private static CliCommand command(String name, Body body) {
		return new CliCommand() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public String summary() {
				return name;
			}

			@Override
			public String usage() {
				return name;
			}

			@Override
			public int run(List<String> args, CliContext context) throws Exception {
				CliArgs.parse(name, args, Set.of(), Set.of());
				return body.run(args, context);
			}
		};
	}

	private interface Body {
		int run(List<String> args, CliContext context) throws Exception;
	}
}
