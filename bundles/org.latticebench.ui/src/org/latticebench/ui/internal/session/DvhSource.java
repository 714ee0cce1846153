package org.latticebench.ui.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.DvhCalculator;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.Radiobiology;
import org.latticebench.render.DvhPlot;
import org.latticebench.workflow.PlanRun;

/**
 * The DVHs the DVH view draws: physical ones straight from each plan's evaluation, EQD2 ones
 * computed by the evaluation bundle (voxelwise EQD2 with the structure's α/β, then its DVH) and
 * kept per plan run. EQD2 work runs on a job thread; the cache is thread-safe.
 */
public final class DvhSource {

	/** Sampling step of the drawn curves, Gy. */
	public static final double STEP_GY = 0.1;

	private static final Map<PlanRun, Map<String, Dvh>> EQD2 = new IdentityHashMap<>();

	private DvhSource() {
	}

	/** Structures with a DVH in at least one plan, in plan structure order, lattice spheres left out. */
	public static List<String> structureNames(List<PlanRun> runs) {
		Set<String> names = new LinkedHashSet<>();
		for (PlanRun r : runs) {
			for (MetricInput in : r.evaluation().structures()) {
				if (!in.structureName().startsWith("sphere_")) {
					names.add(in.structureName());
				}
			}
		}
		return new ArrayList<>(names);
	}

	public static Optional<Dvh> physical(PlanRun run, String structure) {
		return run.evaluation().structure(structure).map(MetricInput::dvh);
	}

	/** The EQD2 DVH when it was computed already with this α/β (an edited α/β computes it again). */
	public static synchronized Optional<Dvh> cachedEqd2(PlanRun run, String structure, double alphaBetaGy) {
		return Optional.ofNullable(EQD2.getOrDefault(run, Map.of()).get(key(structure, alphaBetaGy)));
	}

	private static String key(String structure, double alphaBetaGy) {
		return structure + "@" + alphaBetaGy;
	}

	/** Computes (or returns the cached) EQD2 DVH of a structure of a plan. */
	public static Optional<Dvh> eqd2(PlanRun run, String structure, double alphaBetaGy, ProgressMonitor monitor) {
		Optional<Dvh> cached = cachedEqd2(run, structure, alphaBetaGy);
		if (cached.isPresent()) {
			return cached;
		}
		Optional<MetricInput> in = run.evaluation().structure(structure);
		if (in.isEmpty()) {
			return Optional.empty();
		}
		Dvh dvh = DvhCalculator.compute(Radiobiology.toEqd2(in.get().doseGy(), run.fractions(), alphaBetaGy),
				in.get().mask(), DvhSettings.DEFAULT, monitor);
		synchronized (DvhSource.class) {
			EQD2.computeIfAbsent(run, k -> new HashMap<>()).put(key(structure, alphaBetaGy), dvh);
		}
		return Optional.of(dvh);
	}

	/** α/β of a structure: its own, else the preference for its role. */
	public static double alphaBetaGy(Optional<StructureSnapshot> s) {
		if (s.isPresent() && s.get().alphaBetaGy() > 0) {
			return s.get().alphaBetaGy();
		}
		return s.isPresent() && s.get().role() == StructureRole.TARGET ? UiPreferences.alphaBetaTumourGy()
				: UiPreferences.alphaBetaNormalGy();
	}

	/** A chart curve: cumulative volume (% or cc) at every {@link #STEP_GY} up to past the maximum. */
	public static DvhPlot.Series series(Dvh dvh, String structure, String plan, int rgb, int planIndex,
			boolean percent) {
		int levels = (int) Math.ceil(dvh.maxGy() / STEP_GY) + 2;
		double[] dose = new double[levels];
		double[] volume = dvh.cumulativeCcAt(STEP_GY, levels);
		for (int l = 0; l < levels; l++) {
			dose[l] = l * STEP_GY;
			if (percent) {
				volume[l] = 100.0 * volume[l] / dvh.totalVolumeCc();
			}
		}
		return new DvhPlot.Series(structure, plan, rgb, planIndex, dose, volume);
	}

	/**
	 * A robustness band for the chart: the min-max envelope in % as computed, or converted to cc
	 * with the structure's volume {@code totalCc}.
	 */
	public static DvhPlot.Band band(org.latticebench.evaluation.robustness.DvhBand band, String plan, int rgb,
			boolean percent, double totalCc) {
		double f = percent ? 1 : totalCc / 100.0;
		double[] lo = band.minPct().clone(), hi = band.maxPct().clone();
		for (int i = 0; i < lo.length; i++) {
			lo[i] *= f;
			hi[i] *= f;
		}
		return new DvhPlot.Band(band.structure(), plan, rgb, band.doseGy().clone(), lo, hi);
	}

	/** Forgets EQD2 DVHs of plans no longer in the session. */
	public static synchronized void retain(List<PlanRun> runs) {
		EQD2.keySet().removeIf(r -> runs.stream().noneMatch(x -> x == r));
	}
}
