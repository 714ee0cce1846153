package org.latticebench.evaluation.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.latticebench.evaluation.DuplicateServiceIdException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Services by id, refusing a second provider of one id. Thread-safe (DS binds on any thread). */
final class IdRegistry<T> {

	private record Entry<T>(T service, String provider) {
	}

	private final String kind;
	private final Map<String, Entry<T>> byId = new TreeMap<>();
	/** Refused services and why, kept until the refused service goes away (for {@code info}). */
	private final Map<T, String> refused = new IdentityHashMap<>();

	IdRegistry(String kind) {
		this.kind = kind;
	}

	synchronized void add(String id, T service, Map<String, ?> properties) {
		String provider = describe(service, properties);
		Entry<T> existing = byId.get(id);
		if (existing != null) {
			DuplicateServiceIdException e = new DuplicateServiceIdException(kind, id, existing.provider(), provider);
			refused.put(service, e.getMessage());
			throw e;
		}
		byId.put(id, new Entry<>(service, provider));
	}

	synchronized void remove(T service) {
		byId.values().removeIf(e -> e.service() == service);
		refused.remove(service);
	}

	/** One message per refused service, naming the id and both providers. */
	synchronized List<String> conflicts() {
		return refused.values().stream().sorted().toList();
	}

	synchronized List<T> all() {
		List<T> list = new ArrayList<>();
		byId.values().forEach(e -> list.add(e.service()));
		return list;
	}

	synchronized Optional<T> find(String id) {
		return Optional.ofNullable(byId.get(id)).map(Entry::service);
	}

	/** "class com.x.Foo (component foo) in bundle com.x" as far as known. */
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
