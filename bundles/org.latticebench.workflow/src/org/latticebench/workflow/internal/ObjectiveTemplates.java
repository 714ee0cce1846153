package org.latticebench.workflow.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.planning.LatticeReport;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.Prescription;
import org.latticebench.planning.SphereDecision;
import org.latticebench.planning.TargetRole;

/**
 * The per-regimen optimisation templates of issue 7, added to the objectives the generator wrote:
 * <ul>
 * <li>every plan: a dose fall-off over the generator's rings (the first ring at most the
 * prescription of the target they surround, each further ring 25 % lower, floored at 50 %);</li>
 * <li>single-level plans (one PTV prescription, no lattice): a hot-spot term, the PTV's maximum
 * dose above 1.25 × the prescription penalised, so that the optimiser does not buy coverage next
 * to an organ at risk with a 170 % maximum;</li>
 * <li>lattice plans: each {@code sphere_k} held at the peak dose by a squared deviation, which
 * penalises under-dose as issue 7 asks and also over-dose, so that the mean sphere dose stays near
 * the peak and the mean-dose normalisation does not scale the valley down with it; the valley's
 * over-dose above 1.25 × the PTV dose and its mean above 1.1 × (the "near 20–25 Gy" for
 * 20 Gy); PTV D95 ≥ the PTV dose; and every organ-at-risk maximum the generator set above the
 * valley's 1.25 × PTV dose capped there as well, so that the lattice's organs at risk get no more
 * than the low-dose part of the plan needs (issue 7: no worse than the uniform plan).</li>
 * </ul>
 * The factors and weights are starting points chosen for the phantom, not taken from the seeds;
 * the objectives stay editable in the design the run returns.
 */
public final class ObjectiveTemplates {

	/** Weights relative to the generators' coverage weight of 100. */
	static final double SPHERE_WEIGHT = 100, VALLEY_WEIGHT = 30, PTV_D95_WEIGHT = 100, RING_WEIGHT = 5;
	static final double VALLEY_MAX_FACTOR = 1.25, VALLEY_MEAN_FACTOR = 1.1;
	static final double RING_STEP = 0.25, RING_FLOOR = 0.5;
	static final double HOT_SPOT_FACTOR = 1.25, HOT_SPOT_WEIGHT = 30;

	private ObjectiveTemplates() {
	}

	/** The design's objectives followed by the template's. */
	public static List<ObjectiveSpec> objectives(PlanDesign design) {
		List<ObjectiveSpec> out = new ArrayList<>(design.objectives());
		ringFallOff(design).forEach(out::add);
		Optional<LatticeReport> lattice = design.lattice().filter(l -> l.keptCount() > 0);
		if (design.lattice().isEmpty() && design.prescriptions().size() == 1
				&& design.prescriptions().get(0).role() == TargetRole.PTV) {
			Prescription p = design.prescriptions().get(0);
			out.add(ObjectiveSpec.of(Type.MAX_DOSE, p.structureName(), HOT_SPOT_FACTOR * p.totalDoseGy(), HOT_SPOT_WEIGHT));
		}
		Optional<Prescription> peak = rx(design, TargetRole.SPHERES);
		Optional<Prescription> ptv = rx(design, TargetRole.PTV);
		if (lattice.isPresent() && peak.isPresent() && ptv.isPresent()) {
			double peakGy = peak.get().totalDoseGy(), ptvGy = ptv.get().totalDoseGy();
			for (SphereDecision d : lattice.get().kept()) {
				d.structureName().ifPresent(n -> out.add(ObjectiveSpec.of(Type.UNIFORM_DOSE, n, peakGy, SPHERE_WEIGHT)));
			}
			double capGy = VALLEY_MAX_FACTOR * ptvGy;
			for (ObjectiveSpec o : design.objectives()) {
				boolean generated = design.structure(o.structureName()).isPresent();
				if (o.type() == Type.MAX_DOSE && !generated && o.doseGy() > capGy) {
					out.add(ObjectiveSpec.of(Type.MAX_DOSE, o.structureName(), capGy, o.weight()));
				}
			}
			if (design.structure("valley").isPresent()) {
				out.add(ObjectiveSpec.of(Type.MAX_DOSE, "valley", VALLEY_MAX_FACTOR * ptvGy, VALLEY_WEIGHT));
				out.add(ObjectiveSpec.of(Type.MAX_MEAN, "valley", VALLEY_MEAN_FACTOR * ptvGy, VALLEY_WEIGHT));
			}
			out.add(new ObjectiveSpec(Type.MIN_DVH, ptv.get().structureName(), ptvGy, 95, Double.NaN, PTV_D95_WEIGHT));
		}
		return List.copyOf(out);
	}

	private static Optional<Prescription> rx(PlanDesign design, TargetRole role) {
		return design.prescriptions().stream().filter(p -> p.role() == role).findFirst();
	}

	/** Max-dose objectives on the rings (named {@code Ring_a-bmm}, innermost first). */
	private static List<ObjectiveSpec> ringFallOff(PlanDesign design) {
		List<StructureSnapshot> rings = design.structures().stream().filter(s -> s.name().startsWith("Ring_"))
				.sorted(Comparator.comparingDouble(ObjectiveTemplates::innerMm)).toList();
		Optional<Prescription> outer = outermost(design);
		List<ObjectiveSpec> out = new ArrayList<>();
		if (outer.isEmpty()) {
			return out;
		}
		for (int k = 0; k < rings.size(); k++) {
			double factor = Math.max(RING_FLOOR, 1 - RING_STEP * k);
			out.add(ObjectiveSpec.of(Type.MAX_DOSE, rings.get(k).name(), factor * outer.get().totalDoseGy(), RING_WEIGHT));
		}
		return out;
	}

	/** The prescription to the largest target, which the rings surround. */
	static Optional<Prescription> outermost(PlanDesign design) {
		return design.prescriptions().stream().max(Comparator.comparingDouble(p -> design.structure(p.structureName())
				.flatMap(StructureSnapshot::mask).map(m -> m.volumeCc()).orElse(0.0)));
	}

	private static double innerMm(StructureSnapshot ring) {
		try {
			String n = ring.name();
			return Double.parseDouble(n.substring(n.indexOf('_') + 1, n.indexOf('-')));
		} catch (RuntimeException e) {
			return Double.MAX_VALUE;
		}
	}
}
