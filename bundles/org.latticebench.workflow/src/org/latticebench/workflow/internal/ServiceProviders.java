package org.latticebench.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.latticebench.evaluation.DuplicateServiceIdException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The services of one type bound to a component, each with a description of its provider (class,
 * component and bundle), so that two services claiming one id can be refused with an error naming
 * both. Thread-safe: DS binds and unbinds on any thread while runs read.
 *
 * @param <T> the service type
 */
final class ServiceProviders<T> {

	private record Bound<T>(T service, String provider) {
	}

	private final String kind;
	private final Function<T, String> id;
	private final List<Bound<T>> bound = new CopyOnWriteArrayList<>();

	/** @param kind what the services are, for messages ("dose engine") */
	ServiceProviders(String kind, Function<T, String> id) {
		this.kind = kind;
		this.id = id;
	}

	void add(T service, Map<String, ?> properties) {
		bound.add(new Bound<>(service, describe(service, properties)));
	}

	void remove(T service) {
		bound.removeIf(b -> b.service() == service);
	}

	/**
	 * The bound services, in binding order.
	 *
	 * @throws DuplicateServiceIdException when two of them have one id, naming both providers
	 */
	List<T> unique() {
		Map<String, Bound<T>> byId = new TreeMap<>();
		List<T> out = new ArrayList<>();
		for (Bound<T> b : List.copyOf(bound)) {
			String serviceId = id.apply(b.service());
			Bound<T> first = byId.putIfAbsent(serviceId, b);
			if (first != null) {
				throw new DuplicateServiceIdException(kind, serviceId, first.provider(), b.provider());
			}
			out.add(b.service());
		}
		return out;
	}

	/** "class com.x.Foo (component foo) in bundle com.x 1.0.0", as far as known. */
	static String describe(Object service, Map<String, ?> properties) {
		StringBuilder sb = new StringBuilder(service.getClass().getName());
		Object component = properties.get("component.name");
		if (component != null && !component.equals(service.getClass().getName())) {
			sb.append(" (component ").append(component).append(')');
		}
		Bundle bundle = FrameworkUtil.getBundle(service.getClass());
		sb.append(" in bundle ").append(bundle == null ? "(none: not loaded by OSGi)"
				: bundle.getSymbolicName() + " " + bundle.getVersion());
		return sb.toString();
	}
}
