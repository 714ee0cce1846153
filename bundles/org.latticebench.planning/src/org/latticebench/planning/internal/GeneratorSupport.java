package org.latticebench.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.MaskStats;
import org.latticebench.planning.DoseLevel;
import org.latticebench.planning.Prescription;
import org.latticebench.planning.Regimen;
import org.latticebench.planning.TargetRole;

/** What the built-in generators share: settings checks, prescriptions, coverage objectives, isocentre. */
final class GeneratorSupport {

	/** Weights: starting points for the optimiser, not from the seeds. */
	static final double COVERAGE_WEIGHT = 100, HOT_SPOT_WEIGHT = 50;

	private GeneratorSupport() {
	}

	static <R extends Record> R settings(Class<R> type, Record given, String generatorId) {
		if (!type.isInstance(given)) {
			throw new InvalidInputException("generator " + generatorId, "settings",
					"expects " + type.getSimpleName() + ", got " + (given == null ? "none" : given.getClass().getSimpleName()));
		}
		return type.cast(given);
	}

	/** Fails when the regimen prescribes to a role this generator cannot make. */
	static void requireRoles(Regimen regimen, Set<TargetRole> supported, String generatorId) {
		for (DoseLevel l : regimen.doseLevels()) {
			if (!supported.contains(l.role())) {
				throw new InvalidInputException("regimen " + regimen.id(), l.role().name(),
						"generator '" + generatorId + "' cannot plan this target role; it plans "
								+ supported.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
								+ " (the regimen's default generator is '" + regimen.generatorId() + "')");
			}
		}
	}

	/**
	 * Coverage for every prescription (at least {@code coverageVolumePct} of the target receives
	 * {@code coverageDosePct} of its dose) and a hot-spot limit on the highest level only, since
	 * lower levels lie inside or next to higher ones by design (boost spheres, PGTV of [002]).
	 */
	static List<ObjectiveSpec> coverage(List<Prescription> rx, double coverageDosePct, double coverageVolumePct,
			double hotDosePct, double hotVolumePct) {
		List<ObjectiveSpec> out = new ArrayList<>();
		double top = rx.stream().mapToDouble(Prescription::totalDoseGy).max().orElse(0);
		for (Prescription p : rx) {
			out.add(new ObjectiveSpec(Type.MIN_DVH, p.structureName(), p.totalDoseGy() * coverageDosePct / 100,
					coverageVolumePct, Double.NaN, COVERAGE_WEIGHT));
			if (p.totalDoseGy() == top) {
				out.add(new ObjectiveSpec(Type.MAX_DVH, p.structureName(), p.totalDoseGy() * hotDosePct / 100, hotVolumePct,
						Double.NaN, HOT_SPOT_WEIGHT));
			}
		}
		return out;
	}

	static Prescription prescription(Regimen regimen, TargetRole role, String structureName) {
		double dose = regimen.totalDoseGy(role).orElseThrow(() -> new InvalidInputException("regimen " + regimen.id(),
				role.name(), "the regimen has no dose level for this target role"));
		return new Prescription(structureName, role, dose, regimen.fractions());
	}

	/** Centroid of the named generated structure, else of the study's, else of the fallback mask. */
	static Vec3 isocentre(List<StructureSnapshot> generated, StudySnapshot study, String name, Mask fallback) {
		Mask m = generated.stream().filter(s -> s.name().equals(name)).findFirst().flatMap(StructureSnapshot::mask)
				.or(() -> StudyMasks.findMask(study, name)).filter(x -> !x.isEmpty()).orElse(fallback);
		return MaskStats.centroidMm(m);
	}

	static String notFiveFractionNote(Regimen regimen) {
		return "regimen " + regimen.id() + " has " + regimen.fractions()
				+ " fractions; the TG-101 limits are the 5-fraction totals, used as written";
	}
}
