package org.latticebench.sdk.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The running OSGi framework as the tests see it: services by id, bundles by name, the CLI. */
final class Runtime {

	/** The example plug-ins, which the product does not contain. */
	static final List<String> EXAMPLE_BUNDLES = List.of("org.latticebench.examples.metric",
			"org.latticebench.examples.constraints", "org.latticebench.examples.engine");

	private static final long WAIT_MS = 10_000;

	private Runtime() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Runtime.class).getBundleContext();
	}

	/** The service of this type with {@code (id=...)}, waiting for the DS runtime to register it. */
	static <T> T service(Class<T> type, String filter) {
		return find(type, filter).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " service " + filter
				+ " after " + WAIT_MS + " ms; bundles: " + bundleStates()));
	}

	/** The service if it is registered now, without waiting. */
	static <T> Optional<T> findNow(Class<T> type, String filter) {
		return find(type, filter, 0);
	}

	static <T> Optional<T> find(Class<T> type, String filter) {
		return find(type, filter, WAIT_MS);
	}

	private static <T> Optional<T> find(Class<T> type, String filter, long waitMs) {
		BundleContext bc = context();
		long end = System.currentTimeMillis() + waitMs;
		while (true) {
			try {
				for (ServiceReference<T> r : bc.getServiceReferences(type, filter)) {
					T s = bc.getService(r);
					if (s != null) {
						return Optional.of(s);
					}
				}
			} catch (InvalidSyntaxException e) {
				throw new IllegalArgumentException(filter, e);
			}
			if (System.currentTimeMillis() > end) {
				return Optional.empty();
			}
			sleep(50);
		}
	}

	static Bundle bundle(String symbolicName) {
		for (Bundle b : context().getBundles()) {
			if (b.getSymbolicName().equals(symbolicName)) {
				return b;
			}
		}
		throw new AssertionError(symbolicName + " is not installed; bundles: " + bundleStates());
	}

	/**
	 * Starts the example bundles as the product's configurator starts a dropped-in plug-in, so that
	 * the DS runtime sees their components whatever the test runtime's start levels are.
	 */
	static void startExamples() throws BundleException {
		for (String name : EXAMPLE_BUNDLES) {
			bundle(name).start(Bundle.START_ACTIVATION_POLICY);
		}
	}

	static void stopExamples() throws BundleException {
		for (String name : EXAMPLE_BUNDLES) {
			bundle(name).stop();
		}
	}

	static String bundleStates() {
		List<String> s = new ArrayList<>();
		for (Bundle b : context().getBundles()) {
			if (b.getSymbolicName().startsWith("org.latticebench")) {
				s.add(b.getSymbolicName() + "=" + b.getState());
			}
		}
		return String.join(", ", s);
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}

	/** Every registered service of a type, ordered by its {@code id} property, as the CLI's context gives them. */
	static <T> List<T> registered(Class<T> type) {
		BundleContext bc = context();
		try {
			List<ServiceReference<T>> refs = new ArrayList<>(bc.getServiceReferences(type, null));
			refs.sort(java.util.Comparator.comparing(r -> String.valueOf(r.getProperty("id"))));
			List<T> services = new ArrayList<>();
			for (ServiceReference<T> r : refs) {
				T s = bc.getService(r);
				if (s != null) {
					services.add(s);
				}
			}
			return services;
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What a command printed and returned. */
	record CommandOutput(int exitCode, String out, String err) {
	}

	/** Runs a registered CLI command the way {@code latticebench --headless <name>} does. */
	static CommandOutput run(String command, String... args) throws Exception {
		CliCommand c = service(CliCommand.class, "(latticebench.command=" + command + ")");
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
		CliContext ctx = new CliContext() {
			@Override
			public PrintStream out() {
				return o;
			}

			@Override
			public PrintStream err() {
				return e;
			}

			@Override
			public boolean verbose() {
				return false;
			}

			@Override
			public <T> List<T> services(Class<T> type) {
				return registered(type);
			}
		};
		int code = c.run(List.of(args), ctx);
		return new CommandOutput(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
