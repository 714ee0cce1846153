package org.latticebench.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.latticebench.core.ServiceProperties;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The extension services registered in the running framework, grouped by the API interface they
 * implement, with their {@code id}, {@code name} and {@code description} properties. Only the
 * extension types are listed: registries, the CLI's plumbing and services registered under an
 * implementation class (such as the pencil-beam engine's second registration) are details.
 * A plug-in's engine or metric shows up without the CLI knowing its class.
 */
final class ServiceListing {

	/** The extension types, in the order they are listed, with their titles. */
	private static final Map<String, String> TITLES = new LinkedHashMap<>();
	static {
		TITLES.put("org.latticebench.dose.DoseEngine", "Dose engines");
		TITLES.put("org.latticebench.planning.PlanGenerator", "Plan generators");
		TITLES.put("org.latticebench.evaluation.PlanMetric", "Metrics");
		TITLES.put("org.latticebench.evaluation.ConstraintSetProvider", "Constraint sets");
		TITLES.put("org.latticebench.optimization.ObjectiveProvider", "Optimisation objectives");
		TITLES.put("org.latticebench.model.io.StudyImporter", "Study importers");
		TITLES.put("org.latticebench.model.io.StudyExporter", "Study exporters");
		TITLES.put("org.latticebench.cli.CliCommand", "Commands");
	}

	/**
	 * One service.
	 *
	 * @param provider the component (class) and bundle that registered it, for messages
	 */
	record Entry(String id, String name, String description, String bundle, String provider) {
	}

	private ServiceListing() {
	}

	static String idOf(ServiceReference<?> r) {
		Object id = r.getProperty(ServiceProperties.ID);
		if (id == null) {
			id = r.getProperty("latticebench.command");
		}
		if (id == null) {
			id = r.getProperty("component.name");
		}
		return String.valueOf(id == null ? r.getProperty(Constants.SERVICE_ID) : id);
	}

	/** Title of each extension type that has services to its entries, sorted by id; types in a fixed order. */
	static Map<String, List<Entry>> collect(BundleContext bc) {
		Map<String, List<Entry>> groups = new LinkedHashMap<>();
		for (var type : TITLES.entrySet()) {
			ServiceReference<?>[] refs;
			try {
				refs = bc.getAllServiceReferences(type.getKey(), null);
			} catch (InvalidSyntaxException e) {
				throw new IllegalStateException(e);
			}
			if (refs == null) {
				continue;
			}
			List<Entry> entries = new ArrayList<>();
			for (ServiceReference<?> r : refs) {
				entries.add(new Entry(idOf(r), text(r, ServiceProperties.NAME), text(r, ServiceProperties.DESCRIPTION),
						r.getBundle() == null ? "(unregistered)" : r.getBundle().getSymbolicName(), provider(r)));
			}
			entries.sort((a, b) -> a.id().compareTo(b.id()));
			groups.put(type.getValue(), entries);
		}
		return groups;
	}

	/** One message per id provided more than once within a type, naming every provider. */
	static List<String> conflicts(Map<String, List<Entry>> groups) {
		List<String> messages = new ArrayList<>();
		for (var g : groups.entrySet()) {
			Map<String, List<Entry>> byId = new LinkedHashMap<>();
			g.getValue().forEach(e -> byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e));
			for (var same : byId.entrySet()) {
				if (same.getValue().size() > 1) {
					messages.add(g.getKey() + ": id '" + same.getKey() + "' is provided "
							+ same.getValue().size() + " times: by "
							+ String.join(" and by ", same.getValue().stream().map(Entry::provider).toList())
							+ "; remove or rename one of them");
				}
			}
		}
		return messages;
	}

	private static String text(ServiceReference<?> r, String key) {
		Object v = r.getProperty(key);
		return v == null ? "" : v.toString();
	}

	private static String provider(ServiceReference<?> r) {
		Object component = r.getProperty("component.name");
		Bundle b = r.getBundle();
		return (component == null ? "service " + r.getProperty(Constants.SERVICE_ID) : component.toString()) + " in bundle "
				+ (b == null ? "(unregistered)" : b.getSymbolicName() + " " + b.getVersion());
	}
}
