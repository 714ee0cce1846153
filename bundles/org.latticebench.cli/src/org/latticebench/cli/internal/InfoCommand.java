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

/**
 * {@code info}: version, Java runtime and the registered extension services. Two services of one
 * type with the same id make it fail (exit 1) with one line per conflict naming both providers.
 */
@Component(property = "latticebench.command=info")
public final class InfoCommand implements CliCommand {

	@Override
	public String name() {
		return "info";
	}

	@Override
	public String summary() {
		return "Print the version, Java and the registered services (id, name, description by type); fails on a duplicate id.";
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
				if (!e.description().isEmpty()) {
					out.println("        " + e.description());
				}
			}
		}
		List<String> conflicts = ServiceListing.conflicts(groups);
		for (String c : conflicts) {
			context.err().println("latticebench info: error: " + c);
		}
		if (!conflicts.isEmpty()) {
			return 1;
		}
		return 0;
	}
}
