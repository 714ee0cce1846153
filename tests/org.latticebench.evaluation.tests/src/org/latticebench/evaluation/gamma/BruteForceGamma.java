package org.latticebench.evaluation.gamma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;

/**
 * The test's own gamma reference, slow and obviously correct: it minimises the gamma function
 * over the continuous evaluated dose (the function, never a grid). A cubic lattice of points at
 * DTA/10 within the cap radius is visited in order of distance, and the search stops when the
 * distance alone reaches the best value. A second lattice, 8 times finer, then covers the coarse
 * cell around the best point. Points outside {@code evaluatedExtent} are not candidates, as in the
 * engine.
 */
final class BruteForceGamma {

	private final ContinuousDose evaluated;
	private final Grid3 evaluatedExtent;
	private final double dtaMm, cap;
	private final double[][] offsets;

	BruteForceGamma(ContinuousDose evaluated, Grid3 evaluatedExtent, double dtaMm, double cap) {
		this.evaluated = evaluated;
		this.evaluatedExtent = evaluatedExtent;
		this.dtaMm = dtaMm;
		this.cap = cap;
		double step = dtaMm / 10;
		int n = (int) Math.ceil(cap * dtaMm / step);
		List<double[]> list = new ArrayList<>();
		for (int a = -n; a <= n; a++) {
			for (int b = -n; b <= n; b++) {
				for (int c = -n; c <= n; c++) {
					double r = step * Math.sqrt(a * a + b * b + c * c);
					if (r <= cap * dtaMm) {
						list.add(new double[] { a * step, b * step, c * step, r });
					}
				}
			}
		}
		list.sort(Comparator.comparingDouble((double[] o) -> o[3]).thenComparingDouble(o -> o[0])
				.thenComparingDouble(o -> o[1]).thenComparingDouble(o -> o[2]));
		offsets = list.toArray(double[][]::new);
	}

	/** Gamma at a reference point with reference dose doseRefGy and dose criterion critGy. */
	double gamma(Vec3 r, double doseRefGy, double critGy) {
		double best = cap;
		double[] bestAt = null;
		for (double[] o : offsets) {
			if (o[3] / dtaMm >= best) {
				break;
			}
			double g = value(r, o[0], o[1], o[2], doseRefGy, critGy);
			if (g < best) {
				best = g;
				bestAt = o;
			}
		}
		if (bestAt == null) {
			return best;
		}
		double step = dtaMm / 10, fine = step / 8;
		for (int a = -8; a <= 8; a++) {
			for (int b = -8; b <= 8; b++) {
				for (int c = -8; c <= 8; c++) {
					double g = value(r, bestAt[0] + a * fine, bestAt[1] + b * fine, bestAt[2] + c * fine, doseRefGy, critGy);
					best = Math.min(best, g);
				}
			}
		}
		return best;
	}

	private double value(Vec3 r, double dx, double dy, double dz, double doseRefGy, double critGy) {
		Vec3 p = new Vec3(r.x() + dx, r.y() + dy, r.z() + dz);
		if (!inside(p)) {
			return Double.POSITIVE_INFINITY;
		}
		double dd = (evaluated.doseGy(p.x(), p.y(), p.z()) - doseRefGy) / critGy;
		return Math.sqrt((dx * dx + dy * dy + dz * dz) / (dtaMm * dtaMm) + dd * dd);
	}

	private boolean inside(Vec3 p) {
		double[] ijk = evaluatedExtent.toIndex(p);
		final double eps = 1e-6;
		return ijk[0] >= -eps && ijk[1] >= -eps && ijk[2] >= -eps && ijk[0] <= evaluatedExtent.nx() - 1 + eps
				&& ijk[1] <= evaluatedExtent.ny() - 1 + eps && ijk[2] <= evaluatedExtent.nz() - 1 + eps;
	}

	static double[] sortedCopy(float[] v) {
		double[] d = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			d[i] = v[i];
		}
		Arrays.sort(d);
		return d;
	}
}
