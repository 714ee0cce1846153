package org.latticebench.geometry;

import java.util.stream.IntStream;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

/**
 * Analytic solids as partial-volume masks, for phantoms, lattice spheres and tests.
 *
 * @since 0.1
 */
public final class Shapes {

	private Shapes() {
	}

	/**
	 * A sphere. Voxels wholly inside or outside get 1 or 0 exactly; voxels cut by the surface are
	 * sampled at {@code supersample}^3 evenly spaced points.
	 */
	public static Mask sphere(Grid3 g, Vec3 centreMm, double radiusMm, int supersample) {
		return ellipsoid(g, centreMm, new Vec3(radiusMm, radiusMm, radiusMm), supersample);
	}

	/** An ellipsoid with its semi-axes along x, y and z (see {@link #sphere} for the sampling). */
	public static Mask ellipsoid(Grid3 g, Vec3 centreMm, Vec3 semiAxesMm, int supersample) {
		GridChecks.requireAxisAligned(g, "ellipsoid mask");
		if (!(semiAxesMm.x() > 0 && semiAxesMm.y() > 0 && semiAxesMm.z() > 0) || !semiAxesMm.isFinite()) {
			throw new IllegalArgumentException("ellipsoid semi-axes must be positive and finite, got " + semiAxesMm);
		}
		if (supersample < 1) {
			throw new IllegalArgumentException("supersample must be >= 1, got " + supersample);
		}
		int nx = g.nx(), ny = g.ny();
		double[] s = { g.spacingMm().x(), g.spacingMm().y(), g.spacingMm().z() };
		double[] a = { semiAxesMm.x(), semiAxesMm.y(), semiAxesMm.z() };
		double[] c = { centreMm.x(), centreMm.y(), centreMm.z() };
		double[] o = { g.originMm().x(), g.originMm().y(), g.originMm().z() };
		float[] f = new float[g.voxelCount()];
		int n = supersample;
		IntStream.range(0, g.nz()).parallel().forEach(k -> {
			// scaled coordinates: the ellipsoid is the unit ball
			double zc = (o[2] + k * s[2] - c[2]) / a[2], hz = 0.5 * s[2] / a[2];
			double zNear = nearest(zc, hz), zFar = Math.abs(zc) + hz;
			if (zNear > 1) {
				return;
			}
			for (int j = 0; j < ny; j++) {
				double yc = (o[1] + j * s[1] - c[1]) / a[1], hy = 0.5 * s[1] / a[1];
				double yNear = nearest(yc, hy), yFar = Math.abs(yc) + hy;
				if (yNear * yNear + zNear * zNear > 1) {
					continue;
				}
				for (int i = 0; i < nx; i++) {
					double xc = (o[0] + i * s[0] - c[0]) / a[0], hx = 0.5 * s[0] / a[0];
					double xNear = nearest(xc, hx), xFar = Math.abs(xc) + hx;
					double near2 = xNear * xNear + yNear * yNear + zNear * zNear;
					if (near2 > 1) {
						continue;
					}
					int idx = i + nx * (j + ny * k);
					if (xFar * xFar + yFar * yFar + zFar * zFar <= 1) {
						f[idx] = 1f;
						continue;
					}
					int hits = 0;
					for (int sk = 0; sk < n; sk++) {
						double pz = zc + hz * (2 * (sk + 0.5) / n - 1);
						for (int sj = 0; sj < n; sj++) {
							double py = yc + hy * (2 * (sj + 0.5) / n - 1);
							double yz = py * py + pz * pz;
							for (int si = 0; si < n; si++) {
								double px = xc + hx * (2 * (si + 0.5) / n - 1);
								if (px * px + yz <= 1) {
									hits++;
								}
							}
						}
					}
					f[idx] = (float) hits / (n * n * n);
				}
			}
		});
		return new Mask(g, f);
	}

	/** Distance from 0 to the nearest point of [centre - half, centre + half] (0 if it contains 0). */
	private static double nearest(double centre, double half) {
		return Math.max(0, Math.abs(centre) - half);
	}

	/** An axis-aligned box with exact overlap fractions (product of the per-axis overlaps). */
	public static Mask box(Grid3 g, Vec3 minMm, Vec3 maxMm) {
		GridChecks.requireAxisAligned(g, "box mask");
		if (!(minMm.x() <= maxMm.x() && minMm.y() <= maxMm.y() && minMm.z() <= maxMm.z())) {
			throw new IllegalArgumentException("box min " + minMm + " must not exceed max " + maxMm);
		}
		double[][] ov = new double[3][];
		for (int a = 0; a < 3; a++) {
			int len = g.size(a);
			double o = g.originMm().get(a), s = g.spacingMm().get(a);
			ov[a] = new double[len];
			for (int i = 0; i < len; i++) {
				double lo = o + (i - 0.5) * s, hi = o + (i + 0.5) * s;
				ov[a][i] = Math.max(0, Math.min(hi, maxMm.get(a)) - Math.max(lo, minMm.get(a))) / s;
			}
		}
		float[] f = new float[g.voxelCount()];
		int n = 0;
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				double yz = ov[1][j] * ov[2][k];
				for (int i = 0; i < g.nx(); i++, n++) {
					f[n] = (float) (ov[0][i] * yz);
				}
			}
		}
		return new Mask(g, f);
	}
}
