package org.latticebench.optimization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;
import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveFactory;
import org.latticebench.optimization.StructureVoxels;

/** Objective values and violations on doses small enough to work out by hand. */
class ObjectiveValueTest {

	private static final double[] FOUR_DOSES_GY = { 10, 20, 30, 40 };
	private static final StructureVoxels FOUR = StructureVoxels.whole(0, 1, 2, 3);

	private static Objective make(ObjectiveSpec spec, StructureVoxels v) {
		return ObjectiveFactory.builtIn().term(spec, v).objective();
	}

	@Test
	void underdoseIsVolumeWeightedMeanSquareOfTheShortfall() {
		StructureVoxels v = new StructureVoxels(new int[] { 0, 1, 2 }, new float[] { 1f, 0.5f, 1f });
		Objective o = make(ObjectiveSpec.of(Type.MIN_DOSE, "PTV", 50, 1), v);
		// closed form: only 40 Gy is short, 1 · (50 − 40)² / (1 + 0.5 + 1) = 40 Gy²
		assertEquals(40, o.value(new double[] { 40, 50, 60 }), 1e-12);
		// closed form: 50 − min(40, 50, 60) = 10 Gy
		assertEquals(10, o.violationGy(new double[] { 40, 50, 60 }), 1e-12);
	}

	@Test
	void overdoseAndDeviationPenaliseTheirSides() {
		// closed form: (40 − 25)² + (30 − 25)² over 4 voxels = 250 / 4
		assertEquals(62.5, make(ObjectiveSpec.of(Type.MAX_DOSE, "OAR", 25, 1), FOUR).value(FOUR_DOSES_GY), 1e-12);
		// closed form: (15² + 5² + 5² + 15²) / 4 = 125
		assertEquals(125, make(ObjectiveSpec.of(Type.UNIFORM_DOSE, "PTV", 25, 1), FOUR).value(FOUR_DOSES_GY), 1e-12);
	}

	@Test
	void minimumDvhPenalisesOnlyVoxelsBetweenDxAndTheGoal() {
		Objective o = make(new ObjectiveSpec(Type.MIN_DVH, "PTV", 35, 50, Double.NaN, 1), FOUR);
		// D50 = 30 Gy (the two hottest of four voxels get >= 30); penalised: 30 Gy only, (30 − 35)² / 4
		assertEquals(6.25, o.value(FOUR_DOSES_GY), 1e-12);
		assertEquals(5, o.violationGy(FOUR_DOSES_GY), 1e-12);
		// goal met when D50 >= 25 Gy: zero
		assertEquals(0, make(new ObjectiveSpec(Type.MIN_DVH, "PTV", 25, 50, Double.NaN, 1), FOUR).value(FOUR_DOSES_GY));
	}

	@Test
	void maximumDvhPenalisesOnlyVoxelsBetweenTheGoalAndDx() {
		Objective o = make(new ObjectiveSpec(Type.MAX_DVH, "Liver", 15, 25, Double.NaN, 1), FOUR);
		// D25 = 40 Gy; penalised 20, 30, 40 Gy: (5² + 15² + 25²) / 4 = 218.75
		assertEquals(218.75, o.value(FOUR_DOSES_GY), 1e-12);
		assertEquals(25, o.violationGy(FOUR_DOSES_GY), 1e-12);
		// D25 = 40 Gy <= 40 Gy, the goal is met: zero
		assertEquals(0,
				make(new ObjectiveSpec(Type.MAX_DVH, "Liver", 40, 25, Double.NaN, 1), FOUR).value(FOUR_DOSES_GY));
	}

	@Test
	void meanDoseAndGeudWithExponentOneAgree() {
		// mean of 10..40 Gy = 25 Gy; (25 − 20)² = 25
		assertEquals(25, make(ObjectiveSpec.of(Type.MAX_MEAN, "Liver", 20, 1), FOUR).value(FOUR_DOSES_GY), 1e-12);
		assertEquals(25, make(new ObjectiveSpec(Type.GEUD_MAX, "Liver", 20, Double.NaN, 1, 1), FOUR)
				.value(FOUR_DOSES_GY), 1e-9);
	}

	@Test
	void geudFollowsNiemierkosPowerMean() {
		GeudObjective g2 = (GeudObjective) make(new ObjectiveSpec(Type.GEUD_MAX, "Cord", 0, Double.NaN, 2, 1),
				StructureVoxels.whole(0, 1));
		// closed form: sqrt((10² + 20²) / 2) = sqrt(250)
		assertEquals(Math.sqrt(250), g2.geudGy(new double[] { 10, 20 }), 1e-12);
		GeudObjective big = (GeudObjective) make(new ObjectiveSpec(Type.GEUD_MAX, "Cord", 0, Double.NaN, 40, 1),
				StructureVoxels.whole(0, 1, 2));
		// a uniform dose is its own gEUD for any a, even where d^a alone would be 1e80
		assertEquals(100, big.geudGy(new double[] { 100, 100, 100 }), 1e-9);
		GeudObjective cold = (GeudObjective) make(new ObjectiveSpec(Type.GEUD_MIN, "GTV", 0, Double.NaN, -1, 1),
				new StructureVoxels(new int[] { 0, 1 }, new float[] { 1f, 0.5f }));
		// harmonic mean with weights 1 and 0.5: 1.5 / (1/10 + 0.5/40)
		assertEquals(1.5 / (0.1 + 0.5 / 40), cold.geudGy(new double[] { 10, 40 }), 1e-12);
	}

	@Test
	void doseAtVolumeCountsPartialVolumes() {
		// total volume 2; the hottest 50 % (= 1) is 30 Gy (0.5) plus 20 Gy (0.5), so D50 = 20 Gy
		assertEquals(20, DoseStatistics.doseAtVolume(new double[] { 10, 30, 20 }, new float[] { 1, 0.5f, 0.5f }, 50));
		// D100 is the minimum, D0 the maximum
		assertEquals(10, DoseStatistics.doseAtVolume(new double[] { 10, 30, 20 }, new float[] { 1, 0.5f, 0.5f }, 100));
		assertEquals(30, DoseStatistics.doseAtVolume(new double[] { 10, 30, 20 }, new float[] { 1, 0.5f, 0.5f }, 0));
	}
}
