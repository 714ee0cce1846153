package org.latticebench.optimization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertDoseEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.latticebench.core.CancelledException;
import org.latticebench.core.ProgressMonitor;

class FluenceOptimizerTest {

	private final FluenceOptimizer optimizer = new FluenceOptimizer();

	@Test
	void minMaxPairHoldsTheTargetNearThePrescription() {
		try (DenseDoseOperator op = ToyProblem.operator(1)) {
			OptimizationResult r = optimizer.optimize(op, ToyProblem.terms(), OptimizerSettings.defaults(),
					ProgressMonitor.NULL);
			float[] dose = ToyProblem.dose(op, r.weights());
			double sum = 0, min = Double.POSITIVE_INFINITY, max = 0;
			for (int v = 80; v < 120; v++) {
				sum += dose[v];
				min = Math.min(min, dose[v]);
				max = Math.max(max, dose[v]);
			}
			// prescription 50 Gy (ToyProblem.PRESCRIPTION_GY): mean within 1 %, every voxel within 5 %
			assertDoseEquals(50, sum / 40, 0.5, "mean target dose");
			assertTrue(min >= 47.5 && max <= 52.5, "target dose range " + min + ".." + max + " Gy");
			for (float w : r.weights()) {
				assertTrue(w >= 0, "weights are non-negative");
			}
			double normalMax = 0;
			for (int v : ToyProblem.normalTissue().rows()) {
				normalMax = Math.max(normalMax, dose[v]);
			}
			// the 20 Gy normal-tissue limit of ToyProblem.specs, 10 mm (2.5 σ) from the target edge
			assertTrue(normalMax <= 21, "normal tissue max " + normalMax + " Gy");
		}
	}

	@Test
	void sameWeightsOnOneAndTwoThreads() {
		OptimizationResult one, two;
		try (DenseDoseOperator op = ToyProblem.operator(1)) {
			one = optimizer.optimize(op, ToyProblem.terms(), OptimizerSettings.defaults(), ProgressMonitor.NULL);
		}
		try (DenseDoseOperator op = ToyProblem.operator(2)) {
			two = optimizer.optimize(op, ToyProblem.terms(), OptimizerSettings.defaults(), ProgressMonitor.NULL);
		}
		assertTrue(one.iterations() > 5, "a real optimisation ran: " + one.iterations() + " iterations");
		assertArrayEquals(one.weights(), two.weights(), "bit-identical weights");
		assertArrayEquals(one.objectiveHistory(), two.objectiveHistory());
	}

	@Test
	void progressReportsEveryIterationWithAFallingObjective() {
		List<IterationReport> reports = new ArrayList<>();
		try (DenseDoseOperator op = ToyProblem.operator(2)) {
			OptimizationResult r = optimizer.optimize(op, ToyProblem.terms(), OptimizerSettings.defaults(), reports::add,
					ProgressMonitor.NULL);
			assertEquals(r.iterations() + 1, reports.size(), "the start point and every iteration");
			assertEquals(0, reports.get(0).iteration());
			assertTrue(reports.get(reports.size() - 1).objectiveValue() < reports.get(0).objectiveValue() / 10,
					"the objective falls by more than 10x from the uniform start");
			// the start overdoses normal tissue well past its 20 Gy limit; the report says by how much
			assertTrue(reports.get(0).maxViolationGy() > 1, "start violation " + reports.get(0).maxViolationGy());
		}
	}

	@Test
	void cancellationThrowsCancelledException() {
		AtomicInteger reported = new AtomicInteger();
		ProgressMonitor monitor = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public boolean isCanceled() {
				return reported.get() >= 3;
			}
		};
		try (DenseDoseOperator op = ToyProblem.operator(1)) {
			assertThrows(CancelledException.class, () -> optimizer.optimize(op, ToyProblem.terms(),
					OptimizerSettings.defaults(), report -> reported.incrementAndGet(), monitor));
		}
		assertEquals(3, reported.get(), "no iteration ran after the cancel request");
	}

	@Test
	void normalisationPutsD95OfTheTargetAtThePrescription() {
		try (DenseDoseOperator op = ToyProblem.operator(1)) {
			OptimizerSettings s = OptimizerSettings.defaults()
					.withNormalization(new Normalization.DoseAtVolume("PTV", ToyProblem.target(), 95, 50));
			OptimizationResult r = optimizer.optimize(op, ToyProblem.terms(), s, ProgressMonitor.NULL);
			float[] dose = ToyProblem.dose(op, r.weights());
			float[] target = Arrays.copyOfRange(dose, 80, 120);
			Arrays.sort(target);
			// D95 of 40 equal voxels: 38 of them (95 %) receive at least the 3rd-coldest dose
			assertDoseEquals(50, target[2], 1e-3, "PTV D95 after normalisation");
			assertTrue(Math.abs(r.normalizationFactor() - 1) < 0.1, "a small correction: " + r.normalizationFactor());
		}
	}

	@Test
	void normalisationPutsTheMeanDoseAtThePrescription() {
		try (DenseDoseOperator op = ToyProblem.operator(1)) {
			StructureVoxels core = ToyProblem.range(95, 105);
			OptimizerSettings s = OptimizerSettings.defaults()
					.withNormalization(new Normalization.MeanDose("sphere", core, 66.7));
			OptimizationResult r = optimizer.optimize(op, ToyProblem.terms(), s, ProgressMonitor.NULL);
			float[] dose = ToyProblem.dose(op, r.weights());
			double sum = 0;
			for (int v = 95; v < 105; v++) {
				sum += dose[v];
			}
			// lattice peak 66.7 Gy (DOMAIN.md, lattice-sfrt)
			assertDoseEquals(66.7, sum / 10, 1e-3, "mean sphere dose after normalisation");
		}
	}

	@Test
	void upperBoundOnWeightsIsRespected() {
		try (DenseDoseOperator op = ToyProblem.operator(1)) {
			OptimizationResult unbounded = optimizer.optimize(op, ToyProblem.terms(), OptimizerSettings.defaults(),
					ProgressMonitor.NULL);
			float cap = 0.8f * max(unbounded.weights());
			OptimizationResult r = optimizer.optimize(op, ToyProblem.terms(),
					OptimizerSettings.defaults().withMaxWeight(cap), ProgressMonitor.NULL);
			assertTrue(max(r.weights()) <= cap, "max weight " + max(r.weights()) + " above the cap " + cap);
			assertEquals(cap, max(r.weights()), 1e-6 * cap, "the cap binds where the unbounded plan exceeded it");
		}
	}

	private static float max(float[] a) {
		float m = 0;
		for (float x : a) {
			m = Math.max(m, x);
		}
		return m;
	}
}
