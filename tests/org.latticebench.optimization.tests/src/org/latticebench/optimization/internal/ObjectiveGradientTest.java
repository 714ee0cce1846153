package org.latticebench.optimization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;
import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveFactory;
import org.latticebench.optimization.StructureVoxels;

/**
 * Every built-in objective's analytic gradient against central finite differences, at a dose where
 * the objective is active (value > 0) and no voxel lies within the step of a kink.
 */
class ObjectiveGradientTest {

	private static final int VOXELS = 60;
	/** Finite-difference step: 1e-4 Gy, against doses of 10..70 Gy. */
	private static final double STEP_GY = 1e-4;

	static Stream<Arguments> activeObjectives() {
		// reference doses chosen against the 10..70 Gy random doses below so that each goal is missed
		return Stream.of(
				Arguments.of(ObjectiveSpec.of(Type.MIN_DOSE, "S", 50, 1)),
				Arguments.of(ObjectiveSpec.of(Type.MAX_DOSE, "S", 30, 1)),
				Arguments.of(ObjectiveSpec.of(Type.UNIFORM_DOSE, "S", 40, 1)),
				Arguments.of(new ObjectiveSpec(Type.MIN_DVH, "S", 55, 80, Double.NaN, 1)),
				Arguments.of(new ObjectiveSpec(Type.MAX_DVH, "S", 30, 20, Double.NaN, 1)),
				Arguments.of(ObjectiveSpec.of(Type.MAX_MEAN, "S", 20, 1)),
				Arguments.of(new ObjectiveSpec(Type.GEUD_MAX, "S", 30, Double.NaN, 8, 1)),
				Arguments.of(new ObjectiveSpec(Type.GEUD_MIN, "S", 50, Double.NaN, -10, 1)),
				Arguments.of(new ObjectiveSpec(Type.GEUD_MIN, "S", 60, Double.NaN, 0.5, 1)));
	}

	/** Every other row, with partial-volume weights 0.3..1. */
	static StructureVoxels structure() {
		int[] rows = new int[VOXELS / 2];
		float[] w = new float[rows.length];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = 2 * i + 1;
			w[i] = i % 3 == 0 ? 1f : 0.3f + 0.05f * (i % 7);
		}
		return new StructureVoxels(rows, w);
	}

	static double[] randomDoseGy(long seed) {
		Random r = new Random(seed);
		double[] d = new double[VOXELS];
		for (int i = 0; i < VOXELS; i++) {
			d[i] = 10 + 60 * r.nextDouble();
		}
		return d;
	}

	@ParameterizedTest
	@MethodSource("activeObjectives")
	void analyticGradientMatchesCentralDifferences(ObjectiveSpec spec) {
		Objective o = ObjectiveFactory.builtIn().term(spec, structure()).objective();
		double[] dose = randomDoseGy(20240601L);
		double[] analytic = new double[VOXELS];
		double f = o.valueAndGradient(dose, 1, analytic);
		assertTrue(f > 0, spec.type() + " must be active at the test dose, value " + f);
		assertEquals(f, o.value(dose), 1e-12 * f, "value with and without gradient");

		double maxAnalytic = 0, maxError = 0;
		for (int i = 0; i < VOXELS; i++) {
			double[] plus = dose.clone(), minus = dose.clone();
			plus[i] += STEP_GY;
			minus[i] -= STEP_GY;
			double numeric = (o.value(plus) - o.value(minus)) / (2 * STEP_GY);
			maxAnalytic = Math.max(maxAnalytic, Math.abs(analytic[i]));
			maxError = Math.max(maxError, Math.abs(numeric - analytic[i]));
			if (i % 2 == 0) {
				assertEquals(0, analytic[i], 0, "row " + i + " is outside the structure");
			}
		}
		assertTrue(maxAnalytic > 0, "gradient must not vanish where the objective is active");
		// the acceptance criterion: relative error < 1e-4
		assertTrue(maxError / maxAnalytic < 1e-4,
				spec + ": relative gradient error " + maxError / maxAnalytic + " (max |g| " + maxAnalytic + ")");
	}

	@ParameterizedTest
	@MethodSource("activeObjectives")
	void gradientIsScaledAndAccumulated(ObjectiveSpec spec) {
		Objective o = ObjectiveFactory.builtIn().term(spec, structure()).objective();
		double[] dose = randomDoseGy(7L);
		double[] once = new double[VOXELS];
		o.valueAndGradient(dose, 1, once);
		double[] accumulated = new double[VOXELS];
		java.util.Arrays.fill(accumulated, 1.0);
		o.valueAndGradient(dose, 2.5, accumulated);
		for (int i = 0; i < VOXELS; i++) {
			// closed form: 1 + 2.5 · g_i
			assertEquals(1 + 2.5 * once[i], accumulated[i], 1e-12 * (1 + Math.abs(once[i])), "row " + i);
		}
	}
}
