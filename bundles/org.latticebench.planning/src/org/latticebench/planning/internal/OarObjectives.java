package org.latticebench.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.planning.OarConstraintSet;

/**
 * Organ-at-risk objectives from the constraint tables of shared/DOMAIN.md, matched to the study's
 * structures by name and common aliases (SpinalCord, Cord; Aorta, IVC, GreatVessels; SmallBowel,
 * Jejunum, Ileum; Colon, LargeBowel; Kidney_L/R ...).
 */
public final class OarObjectives {

	/** Weights: starting points for the optimiser, not from the seeds. */
	static final double OAR_WEIGHT = 10;

	/** The organ groups of the tables. */
	enum Organ {
		SPINAL_CORD, GREAT_VESSELS, OESOPHAGUS, STOMACH, DUODENUM, SMALL_BOWEL, COLON, LIVER, KIDNEY, OTHER
	}

	private OarObjectives() {
	}

	/** The organ group a structure name belongs to. */
	static Organ organOf(String structureName) {
		String n = structureName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (n.contains("cord") || n.contains("spinal")) {
			return Organ.SPINAL_CORD;
		}
		if (n.contains("greatvessel") || n.contains("aorta") || n.equals("ivc") || n.startsWith("ivc")
				|| n.contains("venacava")) {
			return Organ.GREAT_VESSELS;
		}
		if (n.contains("esophag") || n.contains("oesophag")) {
			return Organ.OESOPHAGUS;
		}
		if (n.contains("stomach")) {
			return Organ.STOMACH;
		}
		if (n.contains("duoden")) {
			return Organ.DUODENUM;
		}
		if (n.contains("colon") || n.contains("largebowel") || n.contains("bowellarge")) {
			return Organ.COLON;
		}
		if (n.contains("bowel") || n.contains("jejun") || n.contains("ileum")) {
			return Organ.SMALL_BOWEL;
		}
		if (n.contains("liver")) {
			return Organ.LIVER;
		}
		if (n.contains("kidney")) {
			return Organ.KIDNEY;
		}
		return Organ.OTHER;
	}

	/** TG-101, 5 fractions, [001] Table 1 (shared/DOMAIN.md): Dmax limits, total over the course, Gy. */
	static Optional<Double> tg101MaxDoseGy(Organ organ) {
		return Optional.ofNullable(switch (organ) {
		case SPINAL_CORD -> 30.0;
		case GREAT_VESSELS -> 53.0;
		case OESOPHAGUS -> 35.0;
		case STOMACH, DUODENUM -> 32.0;
		case SMALL_BOWEL -> 35.0;
		case COLON -> 38.0;
		default -> null;
		});
	}

	/** IMRT 45 Gy / 15 fx, [003] (shared/DOMAIN.md): Dmax limits, Gy. */
	static Optional<Double> seed003MaxDoseGy(Organ organ) {
		return Optional.ofNullable(switch (organ) {
		case STOMACH -> 54.0;
		case DUODENUM -> 60.0;
		case COLON -> 55.0;
		case SPINAL_CORD -> 40.0;
		case KIDNEY -> 20.0; // "as printed" in [003]
		default -> null;
		});
	}

	/**
	 * Objectives for every organ at risk of the study the table covers, plus the liver and kidney
	 * volume constraints. {@code normalLiver} is the generated liver-minus-GTV when there is one.
	 */
	public static List<ObjectiveSpec> objectives(StudySnapshot study, OarConstraintSet set,
			Optional<StructureSnapshot> normalLiver, List<String> notes) {
		if (set == OarConstraintSet.AUTO) {
			throw new IllegalArgumentException("resolve the AUTO constraint set against the regimen first");
		}
		List<ObjectiveSpec> out = new ArrayList<>();
		if (set == OarConstraintSet.NONE) {
			return out;
		}
		for (StructureSnapshot st : study.structures()) {
			if (st.role() != StructureRole.OAR) {
				continue;
			}
			Organ organ = organOf(st.name());
			Optional<Double> dmax = set == OarConstraintSet.TG101_5FX ? tg101MaxDoseGy(organ) : seed003MaxDoseGy(organ);
			dmax.ifPresent(d -> out.add(ObjectiveSpec.of(Type.MAX_DOSE, st.name(), d, OAR_WEIGHT)));
			if (set == OarConstraintSet.TG101_5FX && organ == Organ.KIDNEY) {
				// TG-101: the volume receiving < 17.5 Gy must be > 200 cc (each kidney, as DOMAIN.md lists it)
				double v = StudyMasks.mask(study, st).volumeCc();
				criticalVolume(st.name(), v, 200, 17.5, notes).ifPresent(out::add);
			}
			if (set == OarConstraintSet.SEED_003_IMRT_15FX && organ == Organ.STOMACH) {
				out.add(dvh(st.name(), 45, 25)); // [003]: stomach V45 < 25 %
				out.add(dvh(st.name(), 50, 2)); // [003]: stomach V50 < 2 %
			} else if (set == OarConstraintSet.SEED_003_IMRT_15FX && organ == Organ.DUODENUM) {
				out.add(dvh(st.name(), 45, 33)); // [003]: duodenum V45 < 33 %
			} else if (set == OarConstraintSet.SEED_003_IMRT_15FX && organ == Organ.COLON) {
				out.add(dvh(st.name(), 45, 25)); // [003]: colon V45 < 25 %
				out.add(dvh(st.name(), 50, 2)); // [003]: colon V50 <= 2 %
			}
		}
		normalLiver.ifPresent(nl -> {
			if (set == OarConstraintSet.TG101_5FX) {
				// TG-101: the liver volume receiving < 21 Gy must be > 700 cc (critical-volume constraint)
				double v = nl.mask().map(m -> m.volumeCc()).orElse(0.0);
				criticalVolume(nl.name(), v, 700, 21, notes).ifPresent(out::add);
			} else {
				// [003]: normal liver mean <= 24 Gy; V5 < 86 %, V10 < 68 %, V15 < 59 %, V20 < 49 %, V25 < 35 %,
				// V30 < 28 %, V35 < 25 %, V40 < 20 %
				out.add(ObjectiveSpec.of(Type.MAX_MEAN, nl.name(), 24, OAR_WEIGHT));
				double[][] vx = { { 5, 86 }, { 10, 68 }, { 15, 59 }, { 20, 49 }, { 25, 35 }, { 30, 28 }, { 35, 25 }, { 40, 20 } };
				for (double[] p : vx) {
					out.add(dvh(nl.name(), p[0], p[1]));
				}
			}
		});
		return out;
	}

	/**
	 * "At least {@code spareCc} must receive less than {@code doseGy}" as a DVH objective: at most
	 * (V - spare) / V of the organ above the dose. Not possible when the organ is not larger than the spared volume.
	 */
	static Optional<ObjectiveSpec> criticalVolume(String name, double volumeCc, double spareCc, double doseGy,
			List<String> notes) {
		if (volumeCc <= spareCc) {
			notes.add(String.format(Locale.ROOT,
					"%s is %.1f cc, not more than the %.0f cc that must stay below %.1f Gy: critical-volume objective skipped",
					name, volumeCc, spareCc, doseGy));
			return Optional.empty();
		}
		double pct = 100 * (volumeCc - spareCc) / volumeCc;
		return Optional.of(new ObjectiveSpec(Type.MAX_DVH, name, doseGy, pct, Double.NaN, OAR_WEIGHT));
	}

	private static ObjectiveSpec dvh(String name, double doseGy, double volumePct) {
		return new ObjectiveSpec(Type.MAX_DVH, name, doseGy, volumePct, Double.NaN, OAR_WEIGHT);
	}
}
