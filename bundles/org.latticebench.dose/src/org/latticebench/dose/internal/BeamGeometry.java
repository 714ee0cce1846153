package org.latticebench.dose.internal;

import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;

/**
 * For each point of a set, its beam's-eye-view coordinates projected to the isocentre plane
 * (u along X_b, v along Y_b, mm), its divergence factor f = distance from the source / SAD, and
 * its radiological depth (mm). Points behind the source get f = 0 and are ignored.
 */
public record BeamGeometry(float[] u, float[] v, float[] f, float[] depthMm) {

	/** Bytes per point. */
	static final int BYTES_PER_POINT = 16;

	/** Computes the geometry of several point sets with one ray table, traced once for the beam. */
	public static BeamGeometry[] compute(BeamFrame frame, DensityGrid density, Grid3 doseGrid, Parallel parallel,
			PointSet... sets) {
		BeamGeometry[] out = new BeamGeometry[sets.length];
		double sad = frame.sadMm();
		double[] bounds = { Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE,
				-Double.MAX_VALUE };
		for (int s = 0; s < sets.length; s++) {
			PointSet set = sets[s];
			int n = set.count();
			BeamGeometry g = new BeamGeometry(new float[n], new float[n], new float[n], new float[n]);
			out[s] = g;
			parallel.forRange(n, 16384, (from, to) -> {
				double[] scratch = new double[3];
				for (int p = from; p < to; p++) {
					Vec3 r = set.position(p, scratch).minus(frame.sourceMm());
					double z = r.dot(frame.axis());
					if (z < 1) {
						continue;
					}
					g.u[p] = (float) (r.dot(frame.xb()) * sad / z);
					g.v[p] = (float) (r.dot(frame.yb()) * sad / z);
					g.f[p] = (float) (z / sad);
				}
			});
			for (int p = 0; p < n; p++) {
				if (g.f[p] > 0) {
					bounds[0] = Math.min(bounds[0], g.u[p]);
					bounds[1] = Math.max(bounds[1], g.u[p]);
					bounds[2] = Math.min(bounds[2], g.v[p]);
					bounds[3] = Math.max(bounds[3], g.v[p]);
					bounds[4] = Math.min(bounds[4], g.f[p] * sad);
					bounds[5] = Math.max(bounds[5], g.f[p] * sad);
				}
			}
		}
		if (bounds[0] > bounds[1]) {
			return out;
		}
		double step = rayStepMm(doseGrid);
		double dz = depthStepMm(doseGrid, bounds);
		RayTable table = RayTable.trace(frame, density, bounds[0], bounds[1], bounds[2], bounds[3], bounds[4], bounds[5],
				step, dz, parallel);
		for (BeamGeometry g : out) {
			parallel.forRange(g.f.length, 16384, (from, to) -> {
				for (int p = from; p < to; p++) {
					if (g.f[p] > 0) {
						g.depthMm[p] = (float) table.depth(g.u[p], g.v[p], g.f[p] * sad);
					}
				}
			});
		}
		return out;
	}

	/** Ray spacing on the isocentre plane: the finest dose-grid spacing. */
	static double rayStepMm(Grid3 doseGrid) {
		return Math.min(doseGrid.spacingMm().x(), Math.min(doseGrid.spacingMm().y(), doseGrid.spacingMm().z()));
	}

	/** Sample spacing along the rays: 1 mm, coarser only if the table would exceed 64 M samples. */
	static double depthStepMm(Grid3 doseGrid, double[] b) {
		double step = rayStepMm(doseGrid);
		double dz = Math.min(1.0, step / 2);
		double rays = ((b[1] - b[0]) / step + 4) * ((b[3] - b[2]) / step + 4);
		while (rays * ((b[5] - b[4]) / dz + 4) > 64e6) {
			dz *= 2;
		}
		return dz;
	}
}
