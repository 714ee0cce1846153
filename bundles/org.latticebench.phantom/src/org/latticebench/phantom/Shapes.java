package org.latticebench.phantom;

import java.util.ArrayList;
import java.util.List;

/**
 * Smooth analytic solids for the phantom's anatomy, all in patient LPS mm. Each answers only
 * "is this point inside", which is all the partial-volume sampler needs.
 */
final class Shapes {

	private Shapes() {
	}

	/** Superellipse test in an axial plane: |dx/a|^n + |dy/b|^n < 1. */
	static boolean inSuperellipse(double x, double y, double cx, double cy, double a, double b, double n) {
		return superellipseLevel(x, y, cx, cy, a, b, n) < 1;
	}

	/** The superellipse level |dx/a|^n + |dy/b|^n; 1 on the outline. */
	static double superellipseLevel(double x, double y, double cx, double cy, double a, double b, double n) {
		return power(Math.abs((x - cx) / a), n) + power(Math.abs((y - cy) / b), n);
	}

	/** t^n for t >= 0, with the exponents the anatomy uses (2 and 2.5) kept off the slow Math.pow path. */
	private static double power(double t, double n) {
		if (n == 2) {
			return t * t;
		}
		if (n == 2.5) {
			return t * t * Math.sqrt(t);
		}
		return Math.pow(t, n);
	}

	/**
	 * An ellipsoid with semi-axes along a rotated frame: first a rotation about z (yaw), then about
	 * y (tilt of the long axis in the coronal plane), then about x (tilt in the sagittal plane).
	 */
	static final class Ellipsoid {
		private final double cx, cy, cz;
		private final double[] inv2 = new double[3];
		/** Rows are the local axes expressed in patient coordinates. */
		private final double[][] axes;
		private final double reach;

		Ellipsoid(double cx, double cy, double cz, double ax, double ay, double az) {
			this(cx, cy, cz, ax, ay, az, 0, 0, 0);
		}

		Ellipsoid(double cx, double cy, double cz, double ax, double ay, double az, double yawDeg, double coronalTiltDeg,
				double sagittalTiltDeg) {
			this.cx = cx;
			this.cy = cy;
			this.cz = cz;
			inv2[0] = 1 / (ax * ax);
			inv2[1] = 1 / (ay * ay);
			inv2[2] = 1 / (az * az);
			double[][] rz = rotation(2, Math.toRadians(yawDeg));
			double[][] ry = rotation(1, Math.toRadians(coronalTiltDeg));
			double[][] rx = rotation(0, Math.toRadians(sagittalTiltDeg));
			double[][] r = multiply(rx, multiply(ry, rz));
			// local = R^T * (p - c); the rows of R^T are the columns of R
			axes = new double[3][3];
			for (int a = 0; a < 3; a++) {
				for (int b = 0; b < 3; b++) {
					axes[a][b] = r[b][a];
				}
			}
			reach = Math.max(ax, Math.max(ay, az));
		}

		/** Level value: below 1 inside, 1 on the surface. */
		double level(double x, double y, double z) {
			double dx = x - cx, dy = y - cy, dz = z - cz;
			double q = 0;
			for (int a = 0; a < 3; a++) {
				double l = axes[a][0] * dx + axes[a][1] * dy + axes[a][2] * dz;
				q += l * l * inv2[a];
			}
			return q;
		}

		boolean contains(double x, double y, double z) {
			if (Math.abs(x - cx) > reach || Math.abs(y - cy) > reach || Math.abs(z - cz) > reach) {
				return false;
			}
			return level(x, y, z) < 1;
		}

		private static double[][] rotation(int axis, double rad) {
			double c = Math.cos(rad), s = Math.sin(rad);
			return switch (axis) {
			case 0 -> new double[][] { { 1, 0, 0 }, { 0, c, -s }, { 0, s, c } };
			case 1 -> new double[][] { { c, 0, s }, { 0, 1, 0 }, { -s, 0, c } };
			default -> new double[][] { { c, -s, 0 }, { s, c, 0 }, { 0, 0, 1 } };
			};
		}

		private static double[][] multiply(double[][] a, double[][] b) {
			double[][] m = new double[3][3];
			for (int i = 0; i < 3; i++) {
				for (int j = 0; j < 3; j++) {
					for (int k = 0; k < 3; k++) {
						m[i][j] += a[i][k] * b[k][j];
					}
				}
			}
			return m;
		}
	}

	/**
	 * A tube swept along a Catmull-Rom spline through control points {x, y, z, radius}, with the
	 * radius interpolated along the way: bowel, vessels, the stomach's J.
	 */
	static final class Tube {
		private static final int SAMPLES_PER_SPAN = 8;
		private final double[] ax, ay, az, bx, by, bz, ra, rb, invLen2;
		private final double[] boxMin = new double[3], boxMax = new double[3];
		/** Per-segment bounding boxes, each grown by its larger radius. */
		private final double[][] segMin, segMax;
		/** Segments whose box overlaps each {@link #BUCKET_MM} slab in z, so a point tests only a few. */
		private static final double BUCKET_MM = 8;
		private final int[][] buckets;

		Tube(double[][] controls) {
			if (controls.length < 2) {
				throw new IllegalArgumentException("a tube needs at least two control points");
			}
			List<double[]> pts = new ArrayList<>();
			for (int s = 0; s < controls.length - 1; s++) {
				double[] p0 = controls[Math.max(s - 1, 0)], p1 = controls[s], p2 = controls[s + 1],
						p3 = controls[Math.min(s + 2, controls.length - 1)];
				for (int n = 0; n < SAMPLES_PER_SPAN; n++) {
					pts.add(catmullRom(p0, p1, p2, p3, n / (double) SAMPLES_PER_SPAN));
				}
			}
			pts.add(controls[controls.length - 1].clone());
			int m = pts.size() - 1;
			ax = new double[m];
			ay = new double[m];
			az = new double[m];
			bx = new double[m];
			by = new double[m];
			bz = new double[m];
			ra = new double[m];
			rb = new double[m];
			invLen2 = new double[m];
			segMin = new double[m][3];
			segMax = new double[m][3];
			java.util.Arrays.fill(boxMin, Double.POSITIVE_INFINITY);
			java.util.Arrays.fill(boxMax, Double.NEGATIVE_INFINITY);
			for (int s = 0; s < m; s++) {
				double[] a = pts.get(s), b = pts.get(s + 1);
				ax[s] = a[0];
				ay[s] = a[1];
				az[s] = a[2];
				bx[s] = b[0];
				by[s] = b[1];
				bz[s] = b[2];
				ra[s] = a[3];
				rb[s] = b[3];
				double l2 = (b[0] - a[0]) * (b[0] - a[0]) + (b[1] - a[1]) * (b[1] - a[1]) + (b[2] - a[2]) * (b[2] - a[2]);
				invLen2[s] = l2 > 0 ? 1 / l2 : 0;
				double r = Math.max(a[3], b[3]);
				for (int d = 0; d < 3; d++) {
					segMin[s][d] = Math.min(a[d], b[d]) - r;
					segMax[s][d] = Math.max(a[d], b[d]) + r;
					boxMin[d] = Math.min(boxMin[d], segMin[s][d]);
					boxMax[d] = Math.max(boxMax[d], segMax[s][d]);
				}
			}
			int nb = (int) Math.floor((boxMax[2] - boxMin[2]) / BUCKET_MM) + 1;
			buckets = new int[nb][];
			for (int b = 0; b < nb; b++) {
				double lo = boxMin[2] + b * BUCKET_MM, hi = lo + BUCKET_MM;
				buckets[b] = java.util.stream.IntStream.range(0, m).filter(s -> segMax[s][2] >= lo && segMin[s][2] <= hi)
						.toArray();
			}
		}

		boolean contains(double x, double y, double z) {
			if (x < boxMin[0] || x > boxMax[0] || y < boxMin[1] || y > boxMax[1] || z < boxMin[2] || z > boxMax[2]) {
				return false;
			}
			int b = Math.min((int) ((z - boxMin[2]) / BUCKET_MM), buckets.length - 1);
			for (int s : buckets[b]) {
				double[] lo = segMin[s], hi = segMax[s];
				if (x < lo[0] || x > hi[0] || y < lo[1] || y > hi[1] || z < lo[2] || z > hi[2]) {
					continue;
				}
				double ex = bx[s] - ax[s], ey = by[s] - ay[s], ez = bz[s] - az[s];
				double t = ((x - ax[s]) * ex + (y - ay[s]) * ey + (z - az[s]) * ez) * invLen2[s];
				t = t < 0 ? 0 : Math.min(t, 1);
				double qx = x - (ax[s] + t * ex), qy = y - (ay[s] + t * ey), qz = z - (az[s] + t * ez);
				double r = ra[s] + t * (rb[s] - ra[s]);
				if (qx * qx + qy * qy + qz * qz < r * r) {
					return true;
				}
			}
			return false;
		}

		private static double[] catmullRom(double[] p0, double[] p1, double[] p2, double[] p3, double t) {
			double t2 = t * t, t3 = t2 * t;
			double[] out = new double[4];
			for (int d = 0; d < 4; d++) {
				out[d] = 0.5 * (2 * p1[d] + (-p0[d] + p2[d]) * t + (2 * p0[d] - 5 * p1[d] + 4 * p2[d] - p3[d]) * t2
						+ (-p0[d] + 3 * p1[d] - 3 * p2[d] + p3[d]) * t3);
			}
			return out;
		}
	}
}
