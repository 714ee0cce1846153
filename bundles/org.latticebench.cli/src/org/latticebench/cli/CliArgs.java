package org.latticebench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one argument parser every command shares: {@code --flag}, {@code --key value} (repeatable)
 * and positional arguments. Commands declare which options take values and which are flags;
 * anything else is a usage error naming the option.
 *
 * @since 0.1
 */
public final class CliArgs {

	private final String command;
	private final Map<String, List<String>> options = new LinkedHashMap<>();
	private final List<String> positional = new ArrayList<>();

	private CliArgs(String command) {
		this.command = command;
	}

	/**
	 * @param valueOptions options that take a value (without the leading dashes)
	 * @param flagOptions  options that take no value
	 */
	public static CliArgs parse(String command, List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
		CliArgs parsed = new CliArgs(command);
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.startsWith("--") && a.length() > 2) {
				String key = a.substring(2);
				String inlineValue = null;
				int eq = key.indexOf('=');
				if (eq > 0) {
					inlineValue = key.substring(eq + 1);
					key = key.substring(0, eq);
				}
				if (valueOptions.contains(key)) {
					String value = inlineValue;
					if (value == null) {
						if (i + 1 >= args.size()) {
							throw new UsageException(command + ": option --" + key + " needs a value");
						}
						value = args.get(++i);
					}
					parsed.options.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
				} else if (flagOptions.contains(key) && inlineValue == null) {
					parsed.options.computeIfAbsent(key, k -> new ArrayList<>());
				} else {
					throw new UsageException(command + ": unknown option --" + key);
				}
			} else {
				parsed.positional.add(a);
			}
		}
		return parsed;
	}

	public String command() {
		return command;
	}

	public boolean has(String option) {
		return options.containsKey(option);
	}

	public Optional<String> value(String option) {
		List<String> v = options.get(option);
		return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
	}

	public String required(String option) {
		return value(option).orElseThrow(() -> new UsageException(command + ": missing required option --" + option));
	}

	public List<String> values(String option) {
		return Collections.unmodifiableList(options.getOrDefault(option, List.of()));
	}

	public Path requiredPath(String option) {
		return Path.of(required(option));
	}

	public double doubleValue(String option, double defaultValue) {
		Optional<String> v = value(option);
		if (v.isEmpty()) {
			return defaultValue;
		}
		try {
			return Double.parseDouble(v.get());
		} catch (NumberFormatException e) {
			throw new UsageException(command + ": --" + option + " expects a number, got '" + v.get() + "'");
		}
	}

	public int intValue(String option, int defaultValue) {
		Optional<String> v = value(option);
		if (v.isEmpty()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(v.get());
		} catch (NumberFormatException e) {
			throw new UsageException(command + ": --" + option + " expects an integer, got '" + v.get() + "'");
		}
	}

	public List<String> positional() {
		return Collections.unmodifiableList(positional);
	}

	public String positional(int index, String name) {
		if (index >= positional.size()) {
			throw new UsageException(command + ": missing argument <" + name + ">");
		}
		return positional.get(index);
	}

	/** Fails when more positional arguments were given than the command takes. */
	public void expectPositionalAtMost(int count) {
		if (positional.size() > count) {
			throw new UsageException(command + ": unexpected argument '" + positional.get(count) + "'");
		}
	}
}
