package org.latticebench.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * What a command may use from its environment: output streams and the other registered
 * services.
 *
 * @since 0.1
 */
public interface CliContext {

	PrintStream out();

	PrintStream err();

	boolean verbose();

	/** All registered services of a type, ordered by their {@code id} property. */
	<T> List<T> services(Class<T> type);
}
