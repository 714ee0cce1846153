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
	 * (for lattice plans, when {@code spheres} is present), and PTV D95.
	 */
	public static Function<FloatVolume, List<Metric>> targetMetrics(Mask gtv, Optional<Mask> spheres, int sphereCount,
			Mask ptv) {
		return dose -> {
			List<Metric> out = new ArrayList<>();
			if (spheres.isPresent()) {
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
			out.add(new Metric("PTV", "D95_gy", false, p.doseAtVolumePercent(95)));
			return out;
		};
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
