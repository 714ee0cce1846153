package org.latticebench.geometry;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.latticebench.core.Grid3;

/**
 * Separable exact distance transform (Felzenszwalb and Huttenlocher, "Distance Transforms of
 * Sampled Functions", Theory of Computing 8, 2012), generalised to a per-axis asymmetric quadratic
 * cost.
 * <p>
 * It computes, for every voxel p, {@code D(p) = min over seeds q of sum over axes a of
 * g_a(p_a - q_a)} with {@code g_a(t) = wPos[a] t^2} for t &gt;= 0 and {@code wNeg[a] t^2} for
 * t &lt; 0 (t in voxel indices). With {@code wPos = wNeg = spacing^2} this is the squared Euclidean
 * distance in mm^2. With {@code w = (spacing / marginMm)^2}, different on each side, {@code D <= 1}
 * is exactly the dilation of the seeds by the (octant-wise) margin ellipsoid. The cost is a sum of
 * per-axis convex terms, so the 3D minimum separates into three 1D passes, and the 1D lower
 * envelope of translated convex parabolas is still found in linear time.
 * <p>
 * Lines are processed in parallel; every line is independent, so the result does not depend on the
 * thread count.
 */
final class DistanceTransform {

	private DistanceTransform() {
	}

	/**
	 * @param cost  in: 0 at seeds, +infinity elsewhere; out: D(p), or +infinity above {@code limit}
	 * @param limit values above it are set to +infinity after every pass (they can only grow), which
	 *              keeps dilation by a margin cheap; use +infinity for a full distance map
	 */
	static void run(double[] cost, Grid3 grid, double[] wNeg, double[] wPos, double limit) {
		int nx = grid.nx(), ny = grid.ny(), nz = grid.nz();
		int maxLen = Math.max(nx, Math.max(ny, nz));
		// x lines: one task per slice k
		IntStream.range(0, nz).parallel().forEach(k -> {
			Scratch s = new Scratch(maxLen);
			for (int j = 0; j < ny; j++) {
				pass(cost, (j + ny * k) * nx, 1, nx, wNeg[0], wPos[0], limit, s);
			}
		});
		IntStream.range(0, nz).parallel().forEach(k -> {
			Scratch s = new Scratch(maxLen);
			for (int i = 0; i < nx; i++) {
				pass(cost, i + nx * ny * k, nx, ny, wNeg[1], wPos[1], limit, s);
			}
		});
		IntStream.range(0, ny).parallel().forEach(j -> {
			Scratch s = new Scratch(maxLen);
			for (int i = 0; i < nx; i++) {
				pass(cost, i + nx * j, nx * ny, nz, wNeg[2], wPos[2], limit, s);
			}
		});
	}

	private static final class Scratch {
		final double[] f, z;
		final int[] v;

		Scratch(int n) {
			f = new double[n];
			z = new double[n + 1];
			v = new int[n];
		}
	}

	private static void pass(double[] a, int offset, int stride, int n, double wNeg, double wPos, double limit, Scratch s) {
		double[] f = s.f;
		boolean any = false;
		for (int q = 0; q < n; q++) {
			f[q] = a[offset + q * stride];
			any |= f[q] != Double.POSITIVE_INFINITY;
		}
		if (!any) {
			return;
		}
		transform1d(f, n, wNeg, wPos, s.v, s.z, a, offset, stride, limit);
	}

	/** Lower envelope of the parabolas f[q] + g(p - q); writes the result to out[offset + p*stride]. */
	static void transform1d(double[] f, int n, double wNeg, double wPos, int[] v, double[] z, double[] out, int offset,
			int stride, double limit) {
		int k = -1;
		for (int q = 0; q < n; q++) {
			if (f[q] == Double.POSITIVE_INFINITY) {
				continue;
			}
			if (k < 0) {
				k = 0;
				v[0] = q;
				z[0] = Double.NEGATIVE_INFINITY;
				z[1] = Double.POSITIVE_INFINITY;
				continue;
			}
			double s = intersect(f[v[k]], v[k], f[q], q, wNeg, wPos);
			while (s <= z[k]) {
				k--;
				s = intersect(f[v[k]], v[k], f[q], q, wNeg, wPos);
			}
			k++;
			v[k] = q;
			z[k] = s;
			z[k + 1] = Double.POSITIVE_INFINITY;
		}
		k = 0;
		for (int p = 0; p < n; p++) {
			while (z[k + 1] < p) {
				k++;
			}
			int t = p - v[k];
			double d = f[v[k]] + (t >= 0 ? wPos : wNeg) * t * (double) t;
			out[offset + p * stride] = d > limit ? Double.POSITIVE_INFINITY : d;
		}
	}

	/**
	 * The position from which the parabola of q (right) is at or below that of r (left), r &lt; q.
	 * F_r - F_q is non-decreasing in p because g is convex, so there is exactly one such point.
	 */
	static double intersect(double fr, int r, double fq, int q, double wNeg, double wPos) {
		double c = fr - fq;
		double len = q - r;
		if (c - wNeg * len * len >= 0) {
			// crossing at p <= r: both branches negative
			return 0.5 * (r + q) - c / (2 * wNeg * len);
		}
		if (c + wPos * len * len <= 0) {
			// crossing at p >= q: both branches positive
			return 0.5 * (r + q) - c / (2 * wPos * len);
		}
		// r < p < q, x = p - r: wPos x^2 - wNeg (x - len)^2 + c = 0
		double qa = wPos - wNeg, qb = 2 * wNeg * len, qc = c - wNeg * len * len;
		double x;
		if (Math.abs(qa) <= 1e-12 * Math.max(wPos, wNeg)) {
			x = -qc / qb;
		} else {
			double disc = Math.max(0, qb * qb - 4 * qa * qc);
			double half = -0.5 * (qb + Math.sqrt(disc));
			double x1 = half / qa, x2 = qc / half;
			double slack = 1e-9 * len;
			x = x1 >= -slack && x1 <= len + slack ? x1 : x2; // the one root inside (0, len)
		}
		return r + Math.min(len, Math.max(0, x));
	}

	/** 0 where {@code seed[i]}, +infinity elsewhere. */
	static double[] seeds(boolean[] seed) {
		double[] cost = new double[seed.length];
		Arrays.fill(cost, Double.POSITIVE_INFINITY);
		for (int i = 0; i < seed.length; i++) {
			if (seed[i]) {
				cost[i] = 0;
			}
		}
		return cost;
	}
}
