package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

/** Interpolated DVH queries on hand-made histograms, and the metric spec grammar. */
class DvhQueriesTest {

	/** 4 cc spread uniformly over 1..3 Gy: two 1 Gy bins of 2 cc. */
	private static final Dvh UNIFORM_1_TO_3 = new Dvh(1.0, new double[] { 0, 2, 2 }, 4, 1, 3, 2, 1, 0);

	@Test
	void cumulativeQueriesInterpolateLinearlyInsideBins() {
		// uniform density 2 cc/Gy on [1, 3]: V(>= D) = 2 (3 - D) cc
		assertEquals(4.0, UNIFORM_1_TO_3.volumeAtLeastCc(0.5), 1e-12);
		assertEquals(3.0, UNIFORM_1_TO_3.volumeAtLeastCc(1.5), 1e-12);
		assertEquals(2.0, UNIFORM_1_TO_3.volumeAtLeastCc(2.0), 1e-12);
		assertEquals(0.0, UNIFORM_1_TO_3.volumeAtLeastCc(3.5), 1e-12);
		assertEquals(75.0, UNIFORM_1_TO_3.volumeAtLeastPercent(1.5), 1e-12);
		assertEquals(3.0, UNIFORM_1_TO_3.volumeBelowCc(2.5), 1e-12);
		// inverse: D(v cc) = 3 - v / 2
		assertEquals(2.5, UNIFORM_1_TO_3.doseAtVolumeCc(1), 1e-12);
		assertEquals(2.0, UNIFORM_1_TO_3.doseAtVolumePercent(50), 1e-12);
		assertEquals(1.0, UNIFORM_1_TO_3.doseAtVolumePercent(100), 1e-12);
		assertEquals(3.0, UNIFORM_1_TO_3.doseAtVolumePercent(0), 1e-12);
		assertEquals(5, UNIFORM_1_TO_3.cumulativeCc()[0] + UNIFORM_1_TO_3.cumulativeCc()[2] - 1, 1e-12);
	}

	@Test
	void gEudWithAEqualTo1IsTheMeanAndGrowsTowardsTheMaximumForLargeA() {
		// bin centres 1.5 and 2.5 Gy, equal volumes: mean 2 Gy
		assertEquals(2.0, UNIFORM_1_TO_3.gEudGy(1), 1e-12);
		// a = 2: sqrt((1.5^2 + 2.5^2) / 2) = sqrt(4.25)
		assertEquals(Math.sqrt(4.25), UNIFORM_1_TO_3.gEudGy(2), 1e-12);
		// a = -1: harmonic mean 2 / (1/1.5 + 1/2.5) = 1.875
		assertEquals(1.875, UNIFORM_1_TO_3.gEudGy(-1), 1e-12);
	}

	@Test
	void metricSpecsParseToCanonicalIdsUnitsAndValues() {
		assertEquals("D95%", MetricSpec.parse("d95%").id());
		assertEquals("D0.03cc", MetricSpec.parse("D0.03cc").id());
		assertEquals("V20Gy%", MetricSpec.parse("V20Gy").id());
		assertEquals("V20Gy_cc", MetricSpec.parse("V20Gy_cc").id());
		assertEquals("Vbelow21Gy_cc", MetricSpec.parse("Vbelow21Gy_cc").id());
		assertEquals("V95%Rx%", MetricSpec.parse("V95%Rx%").id());
		assertEquals("gEUD(a=-10)", MetricSpec.parse("gEUD_a-10").id());
		assertEquals("cc", MetricSpec.parse("Vbelow17.5Gy_cc").unit());
		assertEquals("%", MetricSpec.parse("V30Gy%").unit());
		assertEquals("Gy", MetricSpec.parse("D2%").unit());
		MetricInput in = MetricInput.of("uniform", UNIFORM_1_TO_3, FloatVolume.zeros(tinyGrid()), Mask.empty(tinyGrid()));
		// V(>= 2.5 Gy) = 1 cc of 4 = 25 %; below 1.5 Gy: 1 cc; D1cc = 2.5 Gy (closed forms above)
		assertEquals(25.0, MetricSpec.parse("V2.5Gy%").toMetric().evaluate(in), 1e-12);
		assertEquals(1.0, MetricSpec.parse("Vbelow1.5Gy_cc").toMetric().evaluate(in), 1e-12);
		assertEquals(2.5, MetricSpec.parse("D1cc").toMetric().evaluate(in), 1e-12);
		// relative to a 2 Gy prescription, 125 % Rx = 2.5 Gy: 25 %
		assertEquals(25.0, MetricSpec.parse("V125%Rx%").toMetric().evaluate(in.withPrescriptionGy(2)), 1e-12);
		assertThrows(MetricNotEvaluableException.class, () -> MetricSpec.parse("V125%Rx%").toMetric().evaluate(in));
		// HI = (D2 - D98) / D50 = (2.96 - 1.04) / 2 (D(v%) = 3 - 2 v / 100)
		assertEquals((2.96 - 1.04) / 2, MetricSpec.parse("HI").toMetric().evaluate(in), 1e-12);
	}

	@Test
	void badMetricTextIsRejectedNamingIt() {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> MetricSpec.parse("D95 percent"));
		assertEquals(true, e.getMessage().contains("'D95 percent'"), e.getMessage());
		assertThrows(InvalidInputException.class, () -> MetricSpec.parse("D120%"));
	}

	@Test
	void paddickConformityIndexCountsThePrescriptionIsodoseVolumeOnTheDoseGrid() {
		// a row of ten 1 cc voxels; target = voxels 0..3; 10 Gy on voxels 0..5, 0 Gy beyond. The dose is flat
		// across every target voxel (its neighbours towards the cell it interpolates in carry 10 Gy too)
		Grid3 g = Grid3.axisAligned(Vec3.ZERO, new Vec3(10, 10, 10), 10, 1, 1);
		float[] d = new float[10];
		float[] t = new float[10];
		for (int i = 0; i <= 5; i++) {
			d[i] = 10;
		}
		for (int i = 0; i <= 3; i++) {
			t[i] = 1;
		}
		FloatVolume dose = new FloatVolume(g, d);
		Mask target = new Mask(g, t);
		Dvh dvh = DvhCalculator.compute(dose, target, DvhSettings.DEFAULT.withSupersampling(0, 0, 1), ProgressMonitor.NULL);
		double ci = MetricSpec.parse("CI_Paddick").toMetric()
				.evaluate(MetricInput.of("T", dvh, dose, target).withPrescriptionGy(10));
		// TV = 4 cc, TV_PIV = 4 cc, PIV = 6 cc: CI = 4^2 / (4 x 6)
		assertEquals(16.0 / 24.0, ci, 1e-9);
	}

	private static Grid3 tinyGrid() {
		return Grid3.axisAligned(Vec3.ZERO, new Vec3(1, 1, 1), 1, 1, 1);
	}
}
