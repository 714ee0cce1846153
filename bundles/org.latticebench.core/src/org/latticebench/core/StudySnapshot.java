package org.latticebench.core;

import java.util.List;
import java.util.Optional;

/**
 * An immutable view of a study's anatomy for compute code: the CT in HU and the structures.
 *
 * @since 0.1
 */
public record StudySnapshot(String patientName, String patientId, FloatVolume ctHu, List<StructureSnapshot> structures) {

	public StudySnapshot {
		structures = List.copyOf(structures);
	}

	/** Finds a structure by exact name. */
	public Optional<StructureSnapshot> structure(String name) {
		return structures.stream().filter(s -> s.name().equals(name)).findFirst();
	}
}
