package org.latticebench.optimization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * D_x by weighted quickselect against the definition: sort the doses and walk down them adding
 * partial-volume weights until the requested volume is reached.
 */
class DoseStatisticsSelectTest {

	/** The definition, by a full stable sort (as DoseStatistics did before the select). */
	private static double bySort(double[] dose, float[] weight, double volumePct) {
		Integer[] order = new Integer[dose.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> dose[i]));
		double total = 0;
		for (float w : weight) {
			total += w;
		}
		double need = volumePct / 100.0 * total - 1e-9 * total;
		double cumulative = 0;
		for (int k = dose.length - 1; k >= 0; k--) {
			cumulative += weight[order[k]];
			if (cumulative >= need) {
				return dose[order[k]];
			}
		}
		return dose[order[0]];
	}

	@Test
	void selectAgreesWithTheSortedWalkOnRandomDosesWithTiesAndZeroWeights() {
		Random random = new Random(7);
		for (int trial = 0; trial < 300; trial++) {
			int n = 1 + random.nextInt(trial < 100 ? 12 : 3000);
			double[] dose = new double[n];
			float[] weight = new float[n];
			for (int i = 0; i < n; i++) {
				// doses on a 0.5 Gy lattice so that ties are common
				dose[i] = trial % 2 == 0 ? 0.5 * random.nextInt(40) : 60 * random.nextDouble();
				weight[i] = random.nextInt(5) == 0 ? 0 : random.nextFloat();
			}
			for (double pct : new double[] { 0, 2, 5, 33.3, 50, 95, 98, 100 }) {
				assertEquals(bySort(dose, weight, pct), DoseStatistics.doseAtVolume(dose, weight, pct),
						"trial " + trial + ", n " + n + ", D" + pct);
			}
		}
	}

	@Test
	void uniformRampGivesTheClosedFormQuantile() {
		// doses 0, 1, ..., 999 Gy with equal weights, shuffled: the hottest x % are the 10·x voxels
		// from 999 Gy down to 1000 (1 - x/100) Gy, so D_x = 1000 (1 - x/100) for x > 0 and the maximum for x = 0
		int n = 1000;
		double[] dose = new double[n];
		float[] weight = new float[n];
		for (int i = 0; i < n; i++) {
			dose[(i * 7919) % n] = i;
			weight[i] = 1;
		}
		assertEquals(950, DoseStatistics.doseAtVolume(dose, weight, 5)); // 50 voxels at 950..999 Gy
		assertEquals(500, DoseStatistics.doseAtVolume(dose, weight, 50));
		assertEquals(0, DoseStatistics.doseAtVolume(dose, weight, 100));
		assertEquals(999, DoseStatistics.doseAtVolume(dose, weight, 0));
	}

	@Test
	void inputArraysAreLeftUntouched() {
		double[] dose = { 3, 1, 2 };
		float[] weight = { 1, 1, 1 };
		DoseStatistics.doseAtVolume(dose, weight, 50);
		assertEquals(3, dose[0]);
		assertEquals(1, dose[1]);
	}
}
