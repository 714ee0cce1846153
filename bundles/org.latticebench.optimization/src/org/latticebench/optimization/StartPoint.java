package org.latticebench.optimization;

import java.util.Arrays;
import java.util.List;

import org.latticebench.optimization.internal.FluenceFunction;

/**
 * The default start: every weight equal to one c, chosen to minimise the objective along the ray
 * c · 1. Dose is linear in c, so D·1 is computed once and each trial costs objective evaluations only.
 */
final class StartPoint {

	private StartPoint() {
	}

	static double uniformScale(DoseOperator operator, FluenceFunction function, List<ObjectiveTerm> terms,
			double maxWeight) {
		float[] ones = new float[operator.beamletCount()];
		Arrays.fill(ones, 1f);
		double[] unitDose = function.dose(ones);
		double maxUnitDose = 0;
		for (double d : unitDose) {
			maxUnitDose = Math.max(maxUnitDose, d);
		}
		double maxReferenceGy = 0;
		for (ObjectiveTerm t : terms) {
			maxReferenceGy = Math.max(maxReferenceGy, t.objective().referenceDoseGy());
		}
		if (!(maxUnitDose > 0)) {
			return Math.min(1, maxWeight);
		}
		// c0 puts the hottest voxel at the highest reference dose; search c = c0 · 2^t for t in [-8, 2]
		double c0 = (maxReferenceGy > 0 ? maxReferenceGy : 1) / maxUnitDose;
		double[] scratch = new double[unitDose.length];
		double bestT = 0, bestF = Double.POSITIVE_INFINITY;
		for (int k = 0; k <= 40; k++) {
			double t = -8 + 0.25 * k;
			double f = at(function, unitDose, scratch, Math.min(c0 * Math.pow(2, t), maxWeight));
			if (f < bestF) {
				bestF = f;
				bestT = t;
			}
		}
		// golden-section refinement on [bestT − 0.25, bestT + 0.25]
		double lo = bestT - 0.25, hi = bestT + 0.25, r = (Math.sqrt(5) - 1) / 2;
		double a = hi - r * (hi - lo), b = lo + r * (hi - lo);
		double fa = at(function, unitDose, scratch, Math.min(c0 * Math.pow(2, a), maxWeight));
		double fb = at(function, unitDose, scratch, Math.min(c0 * Math.pow(2, b), maxWeight));
		for (int k = 0; k < 20; k++) {
			if (fa <= fb) {
				hi = b;
				b = a;
				fb = fa;
				a = hi - r * (hi - lo);
				fa = at(function, unitDose, scratch, Math.min(c0 * Math.pow(2, a), maxWeight));
			} else {
				lo = a;
				a = b;
				fa = fb;
				b = lo + r * (hi - lo);
				fb = at(function, unitDose, scratch, Math.min(c0 * Math.pow(2, b), maxWeight));
			}
		}
		double t = fa <= fb ? a : b;
		double best = Math.min(fa, fb) <= bestF ? t : bestT;
		return Math.min(c0 * Math.pow(2, best), maxWeight);
	}

	private static double at(FluenceFunction function, double[] unitDose, double[] scratch, double c) {
		for (int i = 0; i < unitDose.length; i++) {
			scratch[i] = c * unitDose[i];
		}
		return function.valueAtDose(scratch);
	}
}
