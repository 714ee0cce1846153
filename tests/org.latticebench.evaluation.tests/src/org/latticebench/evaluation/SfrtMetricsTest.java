package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.latticebench.testing.Asserts.assertDoseEquals;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

/**
 * A GTV of radius 25 mm with two 15 mm spheres (DOMAIN.md lattice sphere size) at x = +-10 mm on a
 * 1 mm grid. The lattice dose is 66.7 Gy within 12 mm of a sphere centre and 20 Gy elsewhere (seed
 * 001's prescriptions). Trilinear sampling blurs the step only within sqrt(3) mm of it, so the
 * spheres (sampled no further than 9 mm from their centres) see exactly 66.7 Gy and a valley kept 16
 * mm from the centres sees exactly 20 Gy.
 */
class SfrtMetricsTest {

	private static final Grid3 GRID = AnalyticPhantoms.gridCovering(new Vec3(-27, -27, -27), new Vec3(27, 27, 27), 1.0,
			Vec3.ZERO);
	private static final Vec3 LEFT = new Vec3(-10, 0, 0), RIGHT = new Vec3(10, 0, 0);
	private static final Mask GTV = AnalyticPhantoms.sphere(GRID, Vec3.ZERO, 25);

	private static Mask union(Mask a, Mask b) {
		float[] f = new float[a.fraction().length];
		for (int i = 0; i < f.length; i++) {
			f[i] = Math.min(1f, a.fraction()[i] + b.fraction()[i]);
		}
		return new Mask(a.grid(), f);
	}

	private static Mask minus(Mask a, Mask b) {
		float[] f = new float[a.fraction().length];
		for (int i = 0; i < f.length; i++) {
			f[i] = Math.max(0f, a.fraction()[i] - b.fraction()[i]);
		}
		return new Mask(a.grid(), f);
	}

	@Test
	void latticeStepDoseGivesThePrescriptionRatioForEveryPeakToValleyDefinition() {
		FloatVolume dose = AnalyticPhantoms.dose(GRID, (x, y, z) -> {
			Vec3 p = new Vec3(x, y, z);
			return p.minus(LEFT).norm() <= 12 || p.minus(RIGHT).norm() <= 12 ? 66.7 : 20;
		});
		Mask spheres = union(AnalyticPhantoms.sphere(GRID, LEFT, 7.5), AnalyticPhantoms.sphere(GRID, RIGHT, 7.5));
		Mask valley = minus(GTV, union(AnalyticPhantoms.sphere(GRID, LEFT, 16), AnalyticPhantoms.sphere(GRID, RIGHT, 16)));
		SfrtReport r = SfrtMetrics.compute(SfrtInput.of(dose, GTV, spheres, 2).withValley(valley).withPtv(GTV),
				ProgressMonitor.NULL);
		// seed 001 doses: peak 66.7 Gy, valley 20 Gy; one 0.01 Gy bin of resolution for the D-values
		assertDoseEquals(66.7, r.peakMeanGy(), 1e-3, "mean of the spheres");
		assertDoseEquals(66.7, r.peakD10Gy(), 0.02, "D10 of the spheres");
		assertDoseEquals(20, r.valleyMeanGy(), 1e-3, "mean of the valley");
		// the 66.7 Gy core (> 10 % of the GTV) sets D10, the 20 Gy bulk (> 10 %) sets D90
		assertDoseEquals(66.7, r.gtvD10Gy(), 0.02, "GTV D10");
		assertDoseEquals(20, r.gtvD90Gy(), 0.02, "GTV D90");
		double ratio = 66.7 / 20;
		assertEquals(ratio, r.pvdrMeanPeakOverMeanValley(), 1e-3);
		assertEquals(ratio, r.pvdrGtvD10OverD90(), 2e-3);
		assertEquals(ratio, r.pvdrPtvD10OverD90().orElseThrow(), 2e-3);
		assertEquals(ratio, r.vdr(), 2e-3);
		// uniform 66.7 and 20 Gy: each gEUD is that dose whatever a
		assertEquals(ratio, r.ePvdr(), 2e-3);
		assertEquals(2, r.sphereCount());
		// HCND = spheres x 100 / GTV cc, GTV = 4/3 pi 25^3 mm^3 = 65.45 cc
		assertEquals(2 * 100 / (AnalyticPhantoms.sphereVolumeMm3(25) / 1000), r.hcndPer100Cc(), 0.005);
	}

	@Test
	void uniformPlanHasPvdrOneAndShellsPartitionTheGtv() {
		// shared/DOMAIN.md: "A uniform SBRT plan has PVDR close to 1"
		FloatVolume dose = AnalyticPhantoms.dose(GRID, (x, y, z) -> 50);
		Mask spheres = union(AnalyticPhantoms.sphere(GRID, LEFT, 7.5), AnalyticPhantoms.sphere(GRID, RIGHT, 7.5));
		SfrtReport r = SfrtMetrics.compute(SfrtInput.of(dose, GTV, spheres, 2).withShellWidthMm(5), ProgressMonitor.NULL);
		assertEquals(1.0, r.pvdrMeanPeakOverMeanValley(), 1e-9);
		assertEquals(1.0, r.vdr(), 1e-9);
		assertEquals(5, r.shells().size(), "25 mm of depth in 5 mm shells");
		double sumCc = r.shells().stream().mapToDouble(SfrtReport.ShellDose::volumeCc).sum();
		assertEquals(r.gtvVolumeCc(), sumCc, 1e-6, "the shells partition the GTV");
		for (SfrtReport.ShellDose s : r.shells()) {
			// closed form: the shell between depths a and b is the difference of spheres of radii 25 - a and 25 - b;
			// the depth map is accurate to half a voxel, so allow the volume of a 0.5 mm layer on both faces
			double exactCc = (AnalyticPhantoms.sphereVolumeMm3(25 - s.innerDepthMm())
					- AnalyticPhantoms.sphereVolumeMm3(Math.max(0, 25 - s.outerDepthMm()))) / 1000;
			double layerCc = 4 * Math.PI * (sq(25 - s.innerDepthMm()) + sq(Math.max(0, 25 - s.outerDepthMm()))) * 0.5 / 1000;
			assertEquals(exactCc, s.volumeCc(), layerCc, "shell " + s.innerDepthMm() + "-" + s.outerDepthMm() + " mm");
			assertDoseEquals(50, s.meanGy(), 1e-4, "shell mean");
		}
	}

	private static double sq(double v) {
		return v * v;
	}
}
