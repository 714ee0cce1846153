package org.latticebench.planning;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A prescription recipe: fractions, dose levels per target role and the margins that build the
 * targets from the GTV. Built-in regimens come from the seed papers ({@link RegimenLibrary#builtIn()});
 * users add their own, which the study saves.
 *
 * @param id          a short stable key, e.g. {@code lattice-sfrt} (no white space)
 * @param name        what the user sees, e.g. {@code Lattice SFRT 20 Gy + 66.7 Gy / 5 fx}
 * @param source      the citation, e.g. {@code [001] Hu J et al., Front Oncol 2025}; a user's own
 *                    regimen says so
 * @param fractions   number of fractions (>= 1)
 * @param doseLevels  one total dose per target role, at least one
 * @param margins     the margin recipe, applied in order (may be empty, e.g. mixed-dose)
 * @param generatorId the {@link PlanGenerator#id()} that plans it by default
 * @param notes       free text: ranges and caveats from the source (may be empty, never null)
 * @since 0.1
 */
public record Regimen(String id, String name, String source, int fractions, List<DoseLevel> doseLevels,
		List<MarginStep> margins, String generatorId, String notes) {

	public Regimen {
		if (id == null || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("a regimen id must be non-empty without white space, got '" + id + "'");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("regimen " + id + " needs a name");
		}
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("regimen " + id + " needs a source (a citation, or 'user')");
		}
		if (fractions < 1) {
			throw new IllegalArgumentException("regimen " + id + " needs at least one fraction, got " + fractions);
		}
		doseLevels = List.copyOf(doseLevels);
		margins = List.copyOf(margins);
		if (doseLevels.isEmpty()) {
			throw new IllegalArgumentException("regimen " + id + " needs at least one dose level");
		}
		Set<TargetRole> seen = new HashSet<>();
		for (DoseLevel level : doseLevels) {
			if (!seen.add(level.role())) {
				throw new IllegalArgumentException("regimen " + id + " prescribes to " + level.role() + " twice");
			}
		}
		if (generatorId == null || generatorId.isBlank()) {
			throw new IllegalArgumentException("regimen " + id + " needs a default generator id");
		}
		notes = notes == null ? "" : notes;
	}

	/** The dose level for a role, if the regimen prescribes to it. */
	public Optional<DoseLevel> level(TargetRole role) {
		return doseLevels.stream().filter(l -> l.role() == role).findFirst();
	}

	/** Total dose to a role, Gy. */
	public Optional<Double> totalDoseGy(TargetRole role) {
		return level(role).map(DoseLevel::totalDoseGy);
	}

	/** Dose per fraction to a role, Gy. */
	public Optional<Double> dosePerFractionGy(TargetRole role) {
		return level(role).map(l -> l.dosePerFractionGy(fractions));
	}

	/** The highest total dose of any level, Gy. */
	public double maxTotalDoseGy() {
		return doseLevels.stream().mapToDouble(DoseLevel::totalDoseGy).max().orElseThrow();
	}
}
