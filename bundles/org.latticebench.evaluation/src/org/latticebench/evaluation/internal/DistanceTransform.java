package org.latticebench.evaluation.internal;

import java.util.stream.IntStream;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;

/**
 * Exact Euclidean distance transform on an anisotropic grid, separable in three passes of the
 * lower-envelope algorithm of Felzenszwalb and Huttenlocher ("Distance transforms of sampled
 * functions", Theory of Computing 2012;8:415-428). A small in-house version so evaluation does
 * not depend on the geometry bundle.
 */
public final class DistanceTransform {

	private static final double FAR = 1e20;

	private DistanceTransform() {
	}

	/**
	 * Depth below the surface of a structure, mm: for voxels inside (fraction &gt;= 0.5) the distance
	 * from the voxel centre to the nearest outside voxel centre, less half the smallest spacing
	 * (the surface lies between the two centres), floored at 0; 0 outside. Accurate to about half a
	 * voxel.
	 */
	public static FloatVolume depthInsideMm(Mask mask) {
		Grid3 g = mask.grid();
		float[] f = mask.fraction();
		double[] sq = new double[f.length];
		boolean anyOutside = false;
		for (int i = 0; i < f.length; i++) {
			boolean outside = f[i] < 0.5f;
			sq[i] = outside ? 0 : FAR;
			anyOutside |= outside;
		}
		if (!anyOutside) {
			throw new InvalidInputException(null, "mask", "the structure fills its whole grid; no surface to measure depth from");
		}
		pass(sq, g, 0);
		pass(sq, g, 1);
		pass(sq, g, 2);
		double half = 0.5 * Math.min(g.spacingMm().x(), Math.min(g.spacingMm().y(), g.spacingMm().z()));
		float[] depth = new float[f.length];
		for (int i = 0; i < f.length; i++) {
			depth[i] = f[i] < 0.5f ? 0f : (float) Math.max(0, Math.sqrt(sq[i]) - half);
		}
		return new FloatVolume(g, depth);
	}

	private static void pass(double[] sq, Grid3 g, int axis) {
		int n = g.size(axis);
		double s = g.spacingMm().get(axis);
		int a1 = axis == 0 ? 1 : 0, a2 = axis == 2 ? 1 : 2;
		int n1 = g.size(a1), n2 = g.size(a2);
		IntStream.range(0, n2).parallel().forEach(c2 -> {
			double[] line = new double[n], out = new double[n], z = new double[n + 1];
			int[] v = new int[n];
			int[] ijk = new int[3];
			for (int c1 = 0; c1 < n1; c1++) {
				for (int q = 0; q < n; q++) {
					line[q] = sq[index(g, axis, a1, a2, q, c1, c2, ijk)];
				}
				envelope(line, n, s, out, v, z);
				for (int q = 0; q < n; q++) {
					sq[index(g, axis, a1, a2, q, c1, c2, ijk)] = out[q];
				}
			}
		});
	}

	private static int index(Grid3 g, int axis, int a1, int a2, int q, int c1, int c2, int[] ijk) {
		ijk[axis] = q;
		ijk[a1] = c1;
		ijk[a2] = c2;
		return g.index(ijk[0], ijk[1], ijk[2]);
	}

	/** d[q] = min_p ((q - p) s)^2 + f[p]. */
	private static void envelope(double[] f, int n, double s, double[] d, int[] v, double[] z) {
		int k = 0;
		v[0] = 0;
		z[0] = Double.NEGATIVE_INFINITY;
		z[1] = Double.POSITIVE_INFINITY;
		for (int q = 1; q < n; q++) {
			double xq = q * s;
			double sIntersect;
			while (true) {
				int p = v[k];
				double xp = p * s;
				sIntersect = ((f[q] + xq * xq) - (f[p] + xp * xp)) / (2 * (xq - xp));
				if (sIntersect <= z[k]) { // z[0] is -infinity, so k never drops below 0
					k--;
				} else {
					break;
				}
			}
			k++;
			v[k] = q;
			z[k] = sIntersect;
			z[k + 1] = Double.POSITIVE_INFINITY;
		}
		k = 0;
		for (int q = 0; q < n; q++) {
			double xq = q * s;
			while (z[k + 1] < xq) {
				k++;
			}
			double dx = xq - v[k] * s;
			d[q] = dx * dx + f[v[k]];
		}
	}
}
