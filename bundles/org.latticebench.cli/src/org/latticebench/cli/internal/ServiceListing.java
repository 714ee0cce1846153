package org.latticebench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The Lattice Bench services registered in the running framework, grouped by the API interface
 * they implement. Generic on purpose: a plug-in's engine or metric shows up without the CLI
 * knowing its type.
 */
final class ServiceListing {

	/** Friendly titles for the extension services of the design card; others show their interface name. */
	private static final Map<String, String> TITLES = Map.of( //
			"org.latticebench.dose.DoseEngine", "Dose engines", //
			"org.latticebench.planning.PlanGenerator", "Plan generators", //
			"org.latticebench.evaluation.PlanMetric", "Metrics", //
			"org.latticebench.evaluation.ConstraintSetProvider", "Constraint sets", //
			"org.latticebench.model.io.StudyImporter", "Study importers", //
			"org.latticebench.model.io.StudyExporter", "Study exporters", //
			"org.latticebench.optimization.ObjectiveProvider", "Optimisation objectives", //
			"org.latticebench.cli.CliCommand", "Commands");

	record Entry(String id, String name, String bundle) {
	}

	private ServiceListing() {
	}

	static Object idOf(ServiceReference<?> r) {
		Object id = r.getProperty("id");
		if (id == null) {
			id = r.getProperty("latticebench.command");
		}
		if (id == null) {
			id = r.getProperty("component.name");
		}
		return id == null ? r.getProperty(Constants.SERVICE_ID) : id;
	}

	/** Title of the group to its entries, in a stable order. */
	static Map<String, List<Entry>> collect(BundleContext bc) {
		Map<String, List<Entry>> groups = new TreeMap<>();
		ServiceReference<?>[] refs;
		try {
			refs = bc.getAllServiceReferences(null, null);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		if (refs == null) {
			return groups;
		}
		for (ServiceReference<?> r : refs) {
			for (String iface : (String[]) r.getProperty(Constants.OBJECTCLASS)) {
				if (!iface.startsWith("org.latticebench.")) {
					continue;
				}
				String title = TITLES.getOrDefault(iface, iface);
				Object name = r.getProperty("name");
				groups.computeIfAbsent(title, t -> new ArrayList<>()).add(new Entry(String.valueOf(idOf(r)),
						name == null ? "" : name.toString(), r.getBundle().getSymbolicName()));
			}
		}
		groups.values().forEach(l -> l.sort((a, b) -> a.id().compareTo(b.id())));
		return groups;
	}
}
