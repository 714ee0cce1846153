package org.latticebench.evaluation.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.DvhCalculator;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.SfrtInput;
import org.latticebench.evaluation.SfrtMetrics;
import org.latticebench.evaluation.SfrtReport;

/**
 * Robustness of a plan's metrics under rigid set-up errors, in the static approximation
 * ({@link StaticShift}): for each scenario the dose is resampled at the shifted anatomy and the
 * metrics are recomputed on the unmoved structure masks.
 *
 * @since 0.1
 */
public final class StaticRobustness {

	/** A metric of a structure computed on one dose. */
	public record Metric(String structure, String metric, boolean higherIsWorse, double value) {
	}

	private StaticRobustness() {
	}

	/**
	 * The nominal metrics and those of each scenario, nominal first.
	 *
	 * @param metrics computes every metric of one dose; called once per scenario
	 */
	public static List<ScenarioValue> run(String plan, FloatVolume doseGy, List<ShiftScenario> scenarios,
			Function<FloatVolume, List<Metric>> metrics, ProgressMonitor monitor) {
		List<ScenarioValue> out = new ArrayList<>();
		monitor.begin("Static robustness of " + plan, scenarios.size() + 1);
		List<ShiftScenario> all = new ArrayList<>();
		all.add(ShiftScenario.nominal());
		all.addAll(scenarios);
		for (ShiftScenario s : all) {
			monitor.checkCanceled();
			monitor.subTask(s.name());
			FloatVolume shifted = StaticShift.shiftedDose(doseGy, s.shiftMm());
			for (Metric m : metrics.apply(shifted)) {
				out.add(new ScenarioValue(plan, s, m.structure(), m.metric(), m.higherIsWorse(), m.value()));
			}
			monitor.worked(1);
		}
		monitor.done();
		return out;
	}

	/** Nominal, worst case and range per (plan, structure, metric), in first-seen order. */
	public static List<MetricSpread> summarise(List<ScenarioValue> values) {
		Map<String, List<ScenarioValue>> byKey = new LinkedHashMap<>();
		for (ScenarioValue v : values) {
			byKey.computeIfAbsent(v.plan() + "\u0000" + v.structure() + "\u0000" + v.metric(), k -> new ArrayList<>()).add(v);
		}
		List<MetricSpread> out = new ArrayList<>();
		for (List<ScenarioValue> group : byKey.values()) {
			ScenarioValue first = group.get(0);
			double nominal = group.stream().filter(v -> v.scenario().shiftMm().norm() == 0).findFirst().orElse(first).value();
			List<Double> others = group.stream().map(ScenarioValue::value).toList();
			out.add(MetricSpread.of(first.structure(), first.metric(), first.higherIsWorse(), nominal, others));
		}
		return out;
	}

	/**
	 * The target metrics the comparison shows: SFRT peak mean, valley D50 and the PVDR variants
	 * (for lattice plans, when {@code spheres} is present); for every plan the dose coverage and
	 * homogeneity of the GTV ({@code D95_gy}, {@code D98_gy}, {@code D50_gy}, {@code D2_gy} and
	 * {@code HI} = (D2% - D98%) / D50%, ICRU Report 83, 2010); and PTV D95.
	 * <p>
	 * The GTV metrics are what a set-up error does to the tumour: the PTV contains the set-up
	 * margin, so its D95 under a shift measures the margin being used up rather than the dose the
	 * tumour keeps. For a homogeneous plan a higher HI (and D2) is worse; for a lattice plan, whose
	 * aim is heterogeneity, a lower one is (the peaks washing out), so the worst case is taken that
	 * way. When the plan has no GTV apart from its PTV (the same mask is passed twice), the
	 * homogeneity metrics are reported on the PTV.
	 */
	public static Function<FloatVolume, List<Metric>> targetMetrics(Mask gtv, Optional<Mask> spheres, int sphereCount,
			Mask ptv) {
		boolean lattice = spheres.isPresent();
		boolean separateGtv = gtv != ptv;
		return dose -> {
			List<Metric> out = new ArrayList<>();
			if (lattice) {
				SfrtInput in = SfrtInput.of(dose, gtv, spheres.get(), sphereCount).withPtv(ptv);
				SfrtReport r = SfrtMetrics.compute(in, ProgressMonitor.NULL);
				Dvh valley = DvhCalculator.compute(dose, valleyMask(gtv, spheres.get()), DvhSettings.DEFAULT,
						ProgressMonitor.NULL);
				out.add(new Metric("spheres", "peak_mean_gy", false, r.peakMeanGy()));
				out.add(new Metric("valley", "valley_D50_gy", true, valley.doseAtVolumePercent(50)));
				out.add(new Metric("GTV", "PVDR_mean_spheres_over_mean_valley", false, r.pvdrMeanPeakOverMeanValley()));
				out.add(new Metric("GTV", "PVDR_gtv_D10_over_D90", false, r.pvdrGtvD10OverD90()));
				r.pvdrPtvD10OverD90().ifPresent(v -> out.add(new Metric("PTV", "PVDR_ptv_D10_over_D90", false, v)));
			}
			Dvh p = DvhCalculator.compute(dose, ptv, DvhSettings.DEFAULT, ProgressMonitor.NULL);
			Dvh g = separateGtv ? DvhCalculator.compute(dose, gtv, DvhSettings.DEFAULT, ProgressMonitor.NULL) : p;
			out.addAll(homogeneity(separateGtv ? "GTV" : "PTV", g, lattice));
			if (separateGtv) {
				out.add(new Metric("PTV", "D95_gy", false, p.doseAtVolumePercent(95)));
			}
			return out;
		};
	}

	/**
	 * D95, D98, D50, D2 and the ICRU 83 homogeneity index HI = (D2% - D98%) / D50% of one DVH.
	 * {@code heterogeneousIntent} turns the worst-case direction of D2 and HI (lattice plans).
	 *
	 * @throws IllegalArgumentException if D50 is not positive (HI undefined)
	 */
	public static List<Metric> homogeneity(String structure, Dvh dvh, boolean heterogeneousIntent) {
		double d2 = dvh.doseAtVolumePercent(2), d50 = dvh.doseAtVolumePercent(50), d98 = dvh.doseAtVolumePercent(98);
		if (!(d50 > 0)) {
			throw new IllegalArgumentException(structure + ": D50% is " + d50 + " Gy, so the homogeneity index is undefined");
		}
		return List.of(new Metric(structure, "D95_gy", false, dvh.doseAtVolumePercent(95)),
				new Metric(structure, "D98_gy", false, d98), new Metric(structure, "D50_gy", false, d50),
				new Metric(structure, "D2_gy", !heterogeneousIntent, d2),
				new Metric(structure, "HI", !heterogeneousIntent, (d2 - d98) / d50));
	}

	private static Mask valleyMask(Mask gtv, Mask spheres) {
		float[] g = gtv.fraction(), s = spheres.fraction();
		if (!gtv.grid().sameGeometry(spheres.grid())) {
			throw new IllegalArgumentException("GTV and spheres must share a grid for the valley");
		}
		float[] v = new float[g.length];
		for (int i = 0; i < g.length; i++) {
			v[i] = Math.max(0f, g[i] - s[i]);
		}
		return new Mask(gtv.grid(), v);
	}
}
