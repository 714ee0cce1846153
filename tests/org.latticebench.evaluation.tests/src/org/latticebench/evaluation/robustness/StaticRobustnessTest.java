package org.latticebench.evaluation.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

class StaticRobustnessTest {

	/** 1 mm voxels, 81^3, centred on the origin. */
	private static final Grid3 G = Grid3.axisAligned(new Vec3(-40, -40, -40), new Vec3(1, 1, 1), 81, 81, 81);

	private static Mask sphere(double radiusMm) {
		float[] f = new float[G.voxelCount()];
		for (int n = 0; n < f.length; n++) {
			Vec3 p = G.toPatientMm(n % 81, n / 81 % 81, n / (81 * 81));
			f[n] = p.norm() <= radiusMm ? 1f : 0f;
		}
		return new Mask(G, f);
	}

	@Test
	void aFifteenMillimetreSphereShiftedFiveMillimetresLosesHalfItsPeakWhileAUniformDoseHolds() {
		Mask spheres = sphere(7.5), gtv = sphere(25), ptv = sphere(28);
		// lattice: 20 Gy in the 15 mm sphere on a 5 Gy valley; SBRT: 20 Gy in a 70 mm cube, 5 Gy outside
		float[] lattice = new float[G.voxelCount()], sbrt = new float[G.voxelCount()];
		for (int n = 0; n < lattice.length; n++) {
			Vec3 p = G.toPatientMm(n % 81, n / 81 % 81, n / (81 * 81));
			lattice[n] = spheres.fraction()[n] > 0 ? 20f : 5f;
			sbrt[n] = Math.max(Math.abs(p.x()), Math.max(Math.abs(p.y()), Math.abs(p.z()))) <= 35 ? 20f : 5f;
		}
		List<ShiftScenario> scenarios = ShiftScenario.axes(5);
		List<ScenarioValue> lat = StaticRobustness.run("lattice", new FloatVolume(G, lattice), scenarios,
				StaticRobustness.targetMetrics(gtv, Optional.of(spheres), 1, ptv), ProgressMonitor.NULL);
		List<ScenarioValue> hom = StaticRobustness.run("sbrt", new FloatVolume(G, sbrt), scenarios,
				StaticRobustness.targetMetrics(gtv, Optional.empty(), 0, ptv), ProgressMonitor.NULL);
		MetricSpread peak = spread(StaticRobustness.summarise(lat), "peak_mean_gy");
		// closed form: two spheres of R = 7.5 mm at d = 5 mm overlap by 1 - 3d/(4R) + d^3/(16R^3) = 0.5185
		// of their volume, so the sphere's mean is 5 + 15 * 0.5185 = 12.78 Gy; nominal 20 Gy. Tolerance
		// 1 Gy: the DVH engine spreads each voxel over its local dose range (linear within the voxel),
		// which at a 15 Gy step pulls the surface voxels' mean towards the valley (nominal 19.1 Gy)
		double overlap = 1 - 3 * 5 / (4 * 7.5) + 125 / (16 * Math.pow(7.5, 3));
		assertEquals(20.0, peak.nominal(), 1.0);
		assertEquals(5 + 15 * overlap, peak.worst(), 1.0);
		assertTrue(peak.worst() < 0.7 * peak.nominal(), "a 5 mm shift costs the 15 mm sphere a third of its peak");
		// every axis shift of 5 mm is the same for a sphere: all six scenarios give the worst value
		long atWorst = lat.stream().filter(v -> v.metric().equals("peak_mean_gy") && !v.scenario().name().equals("nominal"))
				.filter(v -> Math.abs(v.value() - peak.worst()) < 1e-6).count();
		assertEquals(6, atWorst);
		// SBRT: the 70 mm cube covers the 28 mm PTV after any 5 mm shift (28 + 5 < 35): D95 stays 20 Gy
		MetricSpread d95 = spread(StaticRobustness.summarise(hom), "D95_gy");
		assertEquals(20.0, d95.nominal(), 0.05);
		assertEquals(0.0, d95.range(), 0.05);
		// the lattice PVDR (spheres over valley) falls: nominal 20 / 5 = 4
		MetricSpread pvdr = spread(StaticRobustness.summarise(lat), "PVDR_mean_spheres_over_mean_valley");
		assertEquals(4.0, pvdr.nominal(), 0.3);
		assertTrue(pvdr.worst() < 0.7 * pvdr.nominal(), "PVDR worst " + pvdr.worst());
	}

	@Test
	void aDoseRampGivesTheClosedFormD2D98AndHomogeneityIndex() {
		// GTV: the box of voxel centres x in [-20, 20], y, z in [-10, 10] (1 mm voxels), i.e. the solid
		// x in [-20.5, 20.5]; PTV: a larger box. Dose 40 + 0.5 x Gy, linear, which the DVH engine
		// integrates exactly: over the GTV the dose is uniform on [29.75, 50.25] Gy, so
		// Dv% = 50.25 - 20.5 v / 100 (closed form):
		// D2 = 49.84, D50 = 40.00, D95 = 30.775, D98 = 30.16, HI = (49.84 - 30.16) / 40 = 0.492
		Mask gtv = box(20, 10), ptv = box(30, 20);
		float[] ramp = new float[G.voxelCount()];
		for (int n = 0; n < ramp.length; n++) {
			ramp[n] = (float) (40 + 0.5 * G.toPatientMm(n % 81, n / 81 % 81, n / (81 * 81)).x());
		}
		List<StaticRobustness.Metric> m = StaticRobustness.targetMetrics(gtv, Optional.empty(), 0, ptv)
				.apply(new FloatVolume(G, ramp));
		assertEquals(49.84, value(m, "GTV", "D2_gy"), 0.02);
		assertEquals(40.00, value(m, "GTV", "D50_gy"), 0.02);
		assertEquals(30.775, value(m, "GTV", "D95_gy"), 0.02);
		assertEquals(30.16, value(m, "GTV", "D98_gy"), 0.02);
		assertEquals(0.492, value(m, "GTV", "HI"), 0.001);
		// the PTV box (x in [-30.5, 30.5]) spans [24.75, 55.25] Gy: D95 = 55.25 - 0.95 * 30.5 = 26.275 (closed form)
		assertEquals(26.275, value(m, "PTV", "D95_gy"), 0.02);
		// a homogeneous plan: a higher HI and D2 are worse; a lattice plan: lower is worse
		assertTrue(metric(m, "GTV", "HI").higherIsWorse());
		assertTrue(!StaticRobustness.homogeneity("GTV", org.latticebench.evaluation.DvhCalculator.compute(
				new FloatVolume(G, ramp), gtv, org.latticebench.evaluation.DvhSettings.DEFAULT, ProgressMonitor.NULL), true)
				.stream().filter(x -> x.metric().equals("HI")).findFirst().orElseThrow().higherIsWorse());
	}

	@Test
	void withoutASeparateGtvTheHomogeneityIsReportedOnThePtvOnce() {
		Mask ptv = box(20, 10);
		float[] uniform = new float[G.voxelCount()];
		java.util.Arrays.fill(uniform, 50f);
		List<StaticRobustness.Metric> m = StaticRobustness.targetMetrics(ptv, Optional.empty(), 0, ptv)
				.apply(new FloatVolume(G, uniform));
		// a uniform 50 Gy: every Dx is 50 Gy and HI = 0 (closed form); one PTV D95 row, no GTV rows
		assertEquals(0.0, value(m, "PTV", "HI"), 1e-9);
		assertEquals(50.0, value(m, "PTV", "D98_gy"), 1e-6);
		assertEquals(1, m.stream().filter(x -> x.metric().equals("D95_gy")).count());
		assertTrue(m.stream().noneMatch(x -> x.structure().equals("GTV")));
	}

	@Test
	void aShiftWithinTheMarginLeavesTheGtvCoveredAndHomogeneous() {
		// SBRT-like: 20 Gy in a cube of half-side 27 mm, 5 Gy outside; GTV r 20 mm. After any 5 mm axis
		// shift the GTV reaches at most 25 mm from the centre, and the trilinear neighbours it samples
		// at most 26 mm: all 20 Gy, so D95 = D98 = D2 = 20 Gy and HI = 0 in every scenario (closed form)
		Mask gtv = sphere(20), ptv = sphere(25);
		float[] sbrt = new float[G.voxelCount()];
		for (int n = 0; n < sbrt.length; n++) {
			Vec3 p = G.toPatientMm(n % 81, n / 81 % 81, n / (81 * 81));
			sbrt[n] = Math.max(Math.abs(p.x()), Math.max(Math.abs(p.y()), Math.abs(p.z()))) <= 27 ? 20f : 5f;
		}
		List<MetricSpread> s = StaticRobustness.summarise(StaticRobustness.run("sbrt", new FloatVolume(G, sbrt),
				ShiftScenario.axes(5), StaticRobustness.targetMetrics(gtv, Optional.empty(), 0, ptv), ProgressMonitor.NULL));
		assertEquals(20.0, spread(s, "GTV", "D95_gy").worst(), 0.01);
		assertEquals(20.0, spread(s, "GTV", "D98_gy").worst(), 0.01);
		assertEquals(0.0, spread(s, "GTV", "HI").worst(), 0.001);
	}

	private static Mask box(double halfXmm, double halfYZmm) {
		float[] f = new float[G.voxelCount()];
		for (int n = 0; n < f.length; n++) {
			Vec3 p = G.toPatientMm(n % 81, n / 81 % 81, n / (81 * 81));
			f[n] = Math.abs(p.x()) <= halfXmm && Math.abs(p.y()) <= halfYZmm && Math.abs(p.z()) <= halfYZmm ? 1f : 0f;
		}
		return new Mask(G, f);
	}

	private static StaticRobustness.Metric metric(List<StaticRobustness.Metric> all, String structure, String metric) {
		return all.stream().filter(m -> m.structure().equals(structure) && m.metric().equals(metric)).findFirst()
				.orElseThrow(() -> new AssertionError(structure + " " + metric + " missing in " + all));
	}

	private static double value(List<StaticRobustness.Metric> all, String structure, String metric) {
		return metric(all, structure, metric).value();
	}

	private static MetricSpread spread(List<MetricSpread> all, String structure, String metric) {
		return all.stream().filter(m -> m.structure().equals(structure) && m.metric().equals(metric)).findFirst()
				.orElseThrow();
	}

	@Test
	void scenariosAreTheSixAxesTheEightDiagonalsOrSeededGaussians() {
		assertEquals(6, ShiftScenario.axes(3).size());
		assertEquals(new Vec3(0, 0, -3), ShiftScenario.axes(3).get(5).shiftMm());
		// diagonals have the length of the axis shifts: (+-1, +-1, +-1) * 3 / sqrt(3)
		for (ShiftScenario s : ShiftScenario.diagonals(3)) {
			assertEquals(3.0, s.shiftMm().norm(), 1e-12);
		}
		List<ShiftScenario> a = ShiftScenario.random(20, 2, 1), b = ShiftScenario.random(20, 2, 1);
		assertEquals(a, b, "the same seed gives the same scenarios");
		double sumSq = 0;
		for (ShiftScenario s : a) {
			sumSq += s.shiftMm().dot(s.shiftMm());
		}
		// E|s|^2 = 3 sigma^2 = 12 mm^2; 20 draws of a chi-square with 60 degrees of freedom: within 50 %
		assertEquals(12.0, sumSq / 20, 6.0);
	}

	@Test
	void aStaticShiftSamplesThePlannedDoseAtTheMovedAnatomy() {
		float[] ramp = new float[G.voxelCount()];
		for (int n = 0; n < ramp.length; n++) {
			ramp[n] = (float) (50 + 0.5 * G.toPatientMm(n % 81, n / 81 % 81, n / (81 * 81)).x());
		}
		FloatVolume moved = StaticShift.shiftedDose(new FloatVolume(G, ramp), new Vec3(2.4, 0, 0));
		// D'(p) = D(p + s) = 50 + 0.5 (x + 2.4): +1.2 Gy at the centre (linear, so trilinear is exact)
		assertEquals(51.2, moved.get(40, 40, 40), 1e-4);
		// beyond the grid the dose is 0
		assertEquals(0.0, moved.get(80, 40, 40), 0.0);
	}

	private static MetricSpread spread(List<MetricSpread> all, String metric) {
		return all.stream().filter(m -> m.metric().equals(metric)).findFirst().orElseThrow();
	}
}
