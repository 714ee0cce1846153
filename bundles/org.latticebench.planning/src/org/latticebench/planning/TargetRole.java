package org.latticebench.planning;

/**
 * What a dose level of a {@link Regimen} is prescribed to. Each role has the conventional
 * structure name that generators create or look up.
 *
 * @since 0.1
 */
public enum TargetRole {
	/** The planning target volume (GTV, or CTV, plus set-up margin). */
	PTV("PTV"),
	/** The tomotherapy "planning gross tumour volume" of [002]. */
	PGTV("PGTV"),
	/** The union of the lattice spheres (the simultaneous boost of [001]). */
	SPHERES("PTV_peak"),
	/** Necrotic tumour regions of the mixed-dose strategy [000]. */
	NECROTIC("GTV_necrotic"),
	/** Solid tumour regions of the mixed-dose strategy [000]. */
	SOLID("GTV_solid");

	private final String structureName;

	TargetRole(String structureName) {
		this.structureName = structureName;
	}

	/** The name of the structure this role's dose is prescribed to, e.g. {@code PTV_peak}. */
	public String structureName() {
		return structureName;
	}
}
