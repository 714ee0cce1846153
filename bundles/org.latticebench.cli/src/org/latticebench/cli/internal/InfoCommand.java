package org.latticebench.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/** {@code info}: version, Java runtime and the registered services. */
@Component(property = "latticebench.command=info")
public final class InfoCommand implements CliCommand {

	@Override
	public String name() {
		return "info";
	}

	@Override
	public String summary() {
		return "Print the version, the Java runtime and the registered services (engines, generators, metrics).";
	}

	@Override
	public String usage() {
		return "info";
	}

	@Override
	public int run(List<String> args, CliContext context) {
		CliArgs.parse(name(), args, Set.of(), Set.of()).expectPositionalAtMost(0);
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		PrintStream out = context.out();
		out.println("Lattice Bench " + bundle.getVersion());
		out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
				+ System.getProperty("java.home") + ")");
		out.println("Machine " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
				+ Runtime.getRuntime().availableProcessors() + " processors, max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
		Map<String, List<ServiceListing.Entry>> groups = ServiceListing.collect(bundle.getBundleContext());
		out.println("Registered services:");
		if (groups.isEmpty()) {
			out.println("  (none)");
		}
		for (var g : groups.entrySet()) {
			out.println("  " + g.getKey() + " (" + g.getValue().size() + "):");
			for (ServiceListing.Entry e : g.getValue()) {
				out.println("    " + e.id() + (e.name().isEmpty() ? "" : "  " + e.name()) + "  [" + e.bundle() + "]");
			}
		}
		return 0;
	}
}
