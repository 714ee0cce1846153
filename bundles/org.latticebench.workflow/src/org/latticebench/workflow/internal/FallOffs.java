package org.latticebench.workflow.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.planning.LatticeReport;
import org.latticebench.planning.SphereDecision;
import org.latticebench.workflow.SphereFallOff;

/** Computes {@link SphereFallOff} (definition there) from a final dose. */
public final class FallOffs {

	static final double STEP_MM = 0.2, REACH_BEYOND_SURFACE_MM = 40, HIGH = 0.8, LOW = 0.2;

	private FallOffs() {
	}

	/** Empty when the plan has no kept sphere or no valley to measure against. */
	public static Optional<SphereFallOff> compute(FloatVolume doseGy, LatticeReport lattice, double sphereRadiusMm,
			PlanEvaluation evaluation) {
		Optional<Double> valley = evaluation.structure("valley").map(v -> v.dvh().doseAtVolumePercent(50));
		if (valley.isEmpty() || lattice.keptCount() == 0) {
			return Optional.empty();
		}
		double v = valley.get();
		List<Vec3> dirs = directions();
		List<SphereFallOff.Sphere> out = new ArrayList<>();
		for (SphereDecision d : lattice.kept()) {
			String name = d.structureName().orElseThrow();
			Optional<Double> peak = evaluation.structure(name).map(s -> s.dvh().meanGy());
			if (peak.isEmpty() || !(peak.get() > v)) {
				continue;
			}
			double hi = v + HIGH * (peak.get() - v), lo = v + LOW * (peak.get() - v);
			double[] perRay = new double[dirs.size()];
			int n = 0;
			for (Vec3 dir : dirs) {
				double r80 = Double.NaN, r20 = Double.NaN;
				for (double r = 0; r <= sphereRadiusMm + REACH_BEYOND_SURFACE_MM; r += STEP_MM) {
					double dose = doseGy.sampleTrilinear(d.centreMm().plus(dir.times(r)), 0);
					if (Double.isNaN(r80) && dose < hi) {
						r80 = r;
					}
					if (dose < lo) {
						r20 = r;
						break;
					}
				}
				if (!Double.isNaN(r80) && !Double.isNaN(r20)) {
					perRay[n++] = r20 - r80;
				}
			}
			if (n > 0) {
				double[] used = Arrays.copyOf(perRay, n);
				Arrays.sort(used);
				double median = n % 2 == 1 ? used[n / 2] : 0.5 * (used[n / 2 - 1] + used[n / 2]);
				out.add(new SphereFallOff.Sphere(name, peak.get(), median, n));
			}
		}
		if (out.isEmpty()) {
			return Optional.empty();
		}
		double mean = out.stream().mapToDouble(SphereFallOff.Sphere::fallOffMm).average().orElseThrow();
		double max = out.stream().mapToDouble(SphereFallOff.Sphere::fallOffMm).max().orElseThrow();
		return Optional.of(new SphereFallOff(out, mean, max, v));
	}

	/** Unit vectors to the 26 neighbours of a voxel. */
	static List<Vec3> directions() {
		List<Vec3> dirs = new ArrayList<>();
		for (int z = -1; z <= 1; z++) {
			for (int y = -1; y <= 1; y++) {
				for (int x = -1; x <= 1; x++) {
					if (x != 0 || y != 0 || z != 0) {
						dirs.add(new Vec3(x, y, z).normalized());
					}
				}
			}
		}
		return dirs;
	}
}
