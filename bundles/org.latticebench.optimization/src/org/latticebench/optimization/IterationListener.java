package org.latticebench.optimization;

/**
 * Receives a report after every optimiser iteration, on the optimising thread.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IterationListener {

	IterationListener NONE = report -> {
	};

	void iteration(IterationReport report);
}
