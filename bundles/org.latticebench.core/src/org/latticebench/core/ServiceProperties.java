package org.latticebench.core;

/**
 * The service properties every Lattice Bench extension service carries (dose engines, plan
 * generators, metrics, constraint sets, objective types, study importers and exporters). Set
 * them on the component, e.g.
 * {@code @Component(property = { "id=vpeak95", "name=V(peak) coverage", "description=..." })};
 * the {@code id} must equal the service's {@code id()} method. {@code latticebench --headless info}
 * lists the three of them per service type.
 *
 * @since 0.1
 */
public final class ServiceProperties {

	/** A stable identifier, unique within its service type; the registries refuse a second one. */
	public static final String ID = "id";

	/** A short human-readable name for menus, tables and reports. */
	public static final String NAME = "name";

	/** One sentence saying what the service computes or reads, for listings and tooltips. */
	public static final String DESCRIPTION = "description";

	private ServiceProperties() {
	}
}
