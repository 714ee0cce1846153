package org.latticebench.evaluation.internal;

/**
 * Squared Euclidean distance from the origin to a tetrahedron (3-simplex) in 4D. The nearest point
 * lies in the relative interior of exactly one face (the simplex itself, a triangle, an edge or a
 * vertex), where it is the projection of the origin onto that face's affine hull. So the distance
 * is the smallest over the faces whose projection has positive barycentric coordinates; vertices
 * always qualify. Degenerate faces (a singular Gram matrix) are left to their sub-faces. The nearest
 * point itself is written to a caller's array, so that a search can refine around it.
 */
final class Simplex4 {

	private static final double EPS = 1e-12;
	private static final int[][] EDGES = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 1, 2 }, { 1, 3 }, { 2, 3 } };
	private static final int[][] FACES = { { 0, 1, 2 }, { 0, 1, 3 }, { 0, 2, 3 }, { 1, 2, 3 } };

	private Simplex4() {
	}

	/**
	 * The squared distance from the origin to the tetrahedron {@code v} (4 points of 4 coordinates);
	 * {@code nearest} receives the nearest point; {@code scratch} is 4 doubles of working space.
	 */
	static double distanceSqToOrigin(double[][] v, double[] nearest, double[] scratch) {
		double full = tetra(v[0], v[1], v[2], v[3], nearest);
		if (full >= 0) {
			return full;
		}
		double[] x = scratch;
		double best = Double.POSITIVE_INFINITY;
		for (double[] corner : v) {
			double dd = dot(corner, corner);
			if (dd < best) {
				best = dd;
				System.arraycopy(corner, 0, nearest, 0, 4);
			}
		}
		for (int[] e : EDGES) {
			double dd = edge(v[e[0]], v[e[1]], x);
			if (dd < best) {
				best = dd;
				System.arraycopy(x, 0, nearest, 0, 4);
			}
		}
		for (int[] f : FACES) {
			double dd = triangle(v[f[0]], v[f[1]], v[f[2]], x);
			if (dd < best) {
				best = dd;
				System.arraycopy(x, 0, nearest, 0, 4);
			}
		}
		return best;
	}

	/** Distance² to the segment's interior projection, or +inf when it falls outside. */
	private static double edge(double[] a, double[] b, double[] x) {
		double e0 = b[0] - a[0], e1 = b[1] - a[1], e2 = b[2] - a[2], e3 = b[3] - a[3];
		double ee = e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
		if (ee < EPS) {
			return Double.POSITIVE_INFINITY;
		}
		double t = -(a[0] * e0 + a[1] * e1 + a[2] * e2 + a[3] * e3) / ee;
		if (t <= 0 || t >= 1) {
			return Double.POSITIVE_INFINITY;
		}
		x[0] = a[0] + t * e0;
		x[1] = a[1] + t * e1;
		x[2] = a[2] + t * e2;
		x[3] = a[3] + t * e3;
		return dot(x, x);
	}

	/** Distance² to the triangle's interior projection, or +inf when it falls outside. */
	private static double triangle(double[] a, double[] b, double[] c, double[] out) {
		double[] e1 = sub(b, a), e2 = sub(c, a);
		double g11 = dot(e1, e1), g12 = dot(e1, e2), g22 = dot(e2, e2);
		double r1 = -dot(a, e1), r2 = -dot(a, e2);
		double det = g11 * g22 - g12 * g12;
		if (det < EPS * g11 * g22 || det <= 0) {
			return Double.POSITIVE_INFINITY;
		}
		double s = (r1 * g22 - r2 * g12) / det, t = (g11 * r2 - g12 * r1) / det;
		if (s <= 0 || t <= 0 || s + t >= 1) {
			return Double.POSITIVE_INFINITY;
		}
		for (int n = 0; n < 4; n++) {
			out[n] = a[n] + s * e1[n] + t * e2[n];
		}
		return dot(out, out);
	}

	/** Distance² to the tetrahedron's interior projection, or -1 when it falls outside (or is degenerate). */
	private static double tetra(double[] a, double[] b, double[] c, double[] d, double[] out) {
		double[] e1 = sub(b, a), e2 = sub(c, a), e3 = sub(d, a);
		double g11 = dot(e1, e1), g12 = dot(e1, e2), g13 = dot(e1, e3), g22 = dot(e2, e2), g23 = dot(e2, e3),
				g33 = dot(e3, e3);
		double r1 = -dot(a, e1), r2 = -dot(a, e2), r3 = -dot(a, e3);
		// Cramer's rule on the symmetric 3x3 Gram system
		double c11 = g22 * g33 - g23 * g23, c12 = g13 * g23 - g12 * g33, c13 = g12 * g23 - g13 * g22;
		double det = g11 * c11 + g12 * c12 + g13 * c13;
		if (det <= EPS * g11 * g22 * g33) {
			return -1;
		}
		double c22 = g11 * g33 - g13 * g13, c23 = g12 * g13 - g11 * g23, c33 = g11 * g22 - g12 * g12;
		double s = (c11 * r1 + c12 * r2 + c13 * r3) / det;
		double t = (c12 * r1 + c22 * r2 + c23 * r3) / det;
		double w = (c13 * r1 + c23 * r2 + c33 * r3) / det;
		if (s <= 0 || t <= 0 || w <= 0 || s + t + w >= 1) {
			return -1;
		}
		for (int n = 0; n < 4; n++) {
			out[n] = a[n] + s * e1[n] + t * e2[n] + w * e3[n];
		}
		return dot(out, out);
	}

	private static double[] sub(double[] x, double[] y) {
		return new double[] { x[0] - y[0], x[1] - y[1], x[2] - y[2], x[3] - y[3] };
	}

	private static double dot(double[] x, double[] y) {
		return x[0] * y[0] + x[1] * y[1] + x[2] * y[2] + x[3] * y[3];
	}
}
