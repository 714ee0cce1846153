package org.latticebench.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.StructureSnapshot;

/**
 * What a {@link PlanGenerator} hands on for dose calculation: the structures it made, the
 * prescriptions, the optimisation objectives, the beams and its report. Its settings, saved
 * with the study as {@link #settingsForm()}, regenerate the same design.
 *
 * @param regimenId     the regimen planned
 * @param generatorId   the generator that made it
 * @param settings      the generator's settings record
 * @param structures    generated structures (PTV, PTV_peak, sphere_k, valley, rings, normal liver ...)
 * @param prescriptions one per dose level the study could be planned for
 * @param objectives    optimisation objectives on the study's and the generated structures
 * @param beams         the beam arrangement
 * @param lattice       the sphere placement report, for lattice designs
 * @param notes         caveats the user should read (assumptions, skipped constraints)
 * @since 0.1
 */
public record PlanDesign(String regimenId, String generatorId, Record settings, List<StructureSnapshot> structures,
		List<Prescription> prescriptions, List<ObjectiveSpec> objectives, List<BeamSpec> beams,
		Optional<LatticeReport> lattice, List<String> notes) {

	public PlanDesign {
		structures = List.copyOf(structures);
		prescriptions = List.copyOf(prescriptions);
		objectives = List.copyOf(objectives);
		beams = List.copyOf(beams);
		notes = List.copyOf(notes);
	}

	/** The settings as {@code key=value} strings, for persistence and the CLI's {@code --set}. */
	public Map<String, String> settingsForm() {
		return SettingsForm.toMap(settings);
	}

	/** A generated structure by exact name. */
	public Optional<StructureSnapshot> structure(String name) {
		return structures.stream().filter(s -> s.name().equals(name)).findFirst();
	}
}
