package org.latticebench.optimization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;
import org.latticebench.optimization.DenseDoseOperator;
import org.latticebench.optimization.ObjectiveFactory;
import org.latticebench.optimization.ObjectiveTerm;
import org.latticebench.optimization.StructureVoxels;

/** The beamlet gradient, chained through Dᵀ, against central differences in the weights. */
class FluenceFunctionTest {

	@Test
	void beamletGradientOfAWeightedSumMatchesCentralDifferences() {
		int voxels = 24, beamlets = 8;
		float[] m = new float[voxels * beamlets];
		for (int v = 0; v < voxels; v++) {
			for (int b = 0; b < beamlets; b++) {
				// small integers: with weights on a 2^-8 grid every float dose is exact, so the
				// finite difference sees only the objective's own curvature
				m[v * beamlets + b] = (v + 3 * b) % 5;
			}
		}
		Map<String, StructureVoxels> s = Map.of("T", StructureVoxels.whole(0, 2, 4, 6, 8, 10, 12, 14),
				"O", new StructureVoxels(new int[] { 1, 3, 5, 9, 15, 17, 19, 21, 23 },
						new float[] { 1, 0.5f, 1, 0.25f, 1, 1, 0.75f, 1, 1 }));
		List<ObjectiveTerm> terms = ObjectiveFactory.builtIn().terms(List.of(
				ObjectiveSpec.of(Type.MIN_DOSE, "T", 40.3, 10), ObjectiveSpec.of(Type.MAX_DOSE, "T", 20.3, 5),
				new ObjectiveSpec(Type.MAX_DVH, "O", 10.1, 30, Double.NaN, 2),
				ObjectiveSpec.of(Type.MAX_MEAN, "O", 5.1, 1), new ObjectiveSpec(Type.GEUD_MAX, "O", 8.1, Double.NaN, 6, 1),
				new ObjectiveSpec(Type.GEUD_MIN, "T", 45.1, Double.NaN, -8, 1)), s, voxels);
		try (DenseDoseOperator op = new DenseDoseOperator(m, voxels, beamlets, 1)) {
			FluenceFunction f = new FluenceFunction(op, terms);
			double[] w = new double[beamlets];
			for (int b = 0; b < beamlets; b++) {
				w[b] = 1 + (37 * b % 11) / 4.0; // dyadic weights 1..3.5
			}
			double[] g = new double[beamlets];
			double value = f.valueAndGradient(w, g);
			assertTrue(value > 0, "the terms are active");
			double h = 1.0 / 256, maxG = 0, maxErr = 0;
			for (int b = 0; b < beamlets; b++) {
				double[] plus = w.clone(), minus = w.clone();
				plus[b] += h;
				minus[b] -= h;
				double numeric = (f.value(plus) - f.value(minus)) / (2 * h);
				maxG = Math.max(maxG, Math.abs(g[b]));
				maxErr = Math.max(maxErr, Math.abs(numeric - g[b]));
			}
			// issue 7's gradient criterion: relative error < 1e-4
			assertTrue(maxErr / maxG < 1e-4, "relative error " + maxErr / maxG + ", max |g| " + maxG);
			assertEquals(value, f.value(w), 0, "the cached dose gives the same value");
		}
	}
}
