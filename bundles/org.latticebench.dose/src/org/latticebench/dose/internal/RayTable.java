package org.latticebench.dose.internal;

import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;

/**
 * Radiological depth (water-equivalent path length from the source, mm) for one beam, traced
 * once and reused for every voxel and beamlet: a lattice of rays through the isocentre plane,
 * each traced exactly through the density voxels (Siddon 1985, Med Phys 12:252, in the
 * incremental form of Amanatides and Woo 1987), with the cumulative path stored at regular
 * distances from the source. A point's depth interpolates the lattice trilinearly in
 * (X_b, Y_b, distance from the source).
 */
public final class RayTable {

	private final double u0, v0, stepMm, z0, dzMm;
	private final int nu, nv, nz;
	private final float[] cumulative;

	private RayTable(double u0, double v0, double stepMm, int nu, int nv, double z0, double dzMm, int nz) {
		this.u0 = u0;
		this.v0 = v0;
		this.stepMm = stepMm;
		this.nu = nu;
		this.nv = nv;
		this.z0 = z0;
		this.dzMm = dzMm;
		this.nz = nz;
		this.cumulative = new float[nu * nv * nz];
	}

	/** Bytes of a table covering the given extents. */
	static long bytes(double uSpan, double vSpan, double zSpan, double stepMm, double dzMm) {
		return 4L * ((long) (uSpan / stepMm) + 4) * ((long) (vSpan / stepMm) + 4) * ((long) (zSpan / dzMm) + 4);
	}

	/**
	 * Traces the rays covering [uMin, uMax] × [vMin, vMax] on the isocentre plane between the
	 * distances zMin and zMax from the source.
	 */
	static RayTable trace(BeamFrame frame, DensityGrid density, double uMin, double uMax, double vMin, double vMax,
			double zMin, double zMax, double stepMm, double dzMm, Parallel parallel) {
		int nu = (int) Math.ceil((uMax - uMin) / stepMm) + 3;
		int nv = (int) Math.ceil((vMax - vMin) / stepMm) + 3;
		int nz = (int) Math.ceil((zMax - zMin) / dzMm) + 3;
		RayTable t = new RayTable(uMin - stepMm, vMin - stepMm, stepMm, nu, nv, Math.max(zMin - dzMm, 0), dzMm, nz);
		parallel.forRange(nv, 8, (from, to) -> {
			double[] scratch = new double[nz];
			for (int iv = from; iv < to; iv++) {
				for (int iu = 0; iu < nu; iu++) {
					t.traceRay(frame, density, iu, iv, scratch);
				}
			}
		});
		return t;
	}

	private void traceRay(BeamFrame frame, DensityGrid density, int iu, int iv, double[] cum) {
		double sad = frame.sadMm();
		Vec3 ray = frame.axis().times(sad).plus(frame.xb().times(u0 + iu * stepMm)).plus(frame.yb().times(v0 + iv * stepMm));
		double lengthPerT = ray.norm();
		Grid3 g = density.grid();
		double[] s = g.toIndex(frame.sourceMm());
		double[] e = g.toIndex(frame.sourceMm().plus(ray));
		double[] r = { e[0] - s[0], e[1] - s[1], e[2] - s[2] };
		int[] n = { g.nx(), g.ny(), g.nz() };
		double tEnd = (z0 + (nz - 1) * dzMm) / sad;
		double tIn = 0, tOut = tEnd;
		for (int a = 0; a < 3; a++) {
			double lo = -0.5, hi = n[a] - 0.5;
			if (Math.abs(r[a]) < 1e-12) {
				if (s[a] < lo || s[a] > hi) {
					tOut = -1;
				}
			} else {
				double t1 = (lo - s[a]) / r[a], t2 = (hi - s[a]) / r[a];
				tIn = Math.max(tIn, Math.min(t1, t2));
				tOut = Math.min(tOut, Math.max(t1, t2));
			}
		}
		int k = 0;
		double acc = 0;
		if (tOut > tIn) {
			int[] vox = new int[3];
			int[] stepDir = new int[3];
			double[] tNext = new double[3];
			double[] tDelta = new double[3];
			double tMid = tIn + 1e-9;
			for (int a = 0; a < 3; a++) {
				double p = s[a] + r[a] * tMid;
				vox[a] = Math.min(Math.max((int) Math.floor(p + 0.5), 0), n[a] - 1);
				if (r[a] > 1e-12) {
					stepDir[a] = 1;
					tNext[a] = (vox[a] + 0.5 - s[a]) / r[a];
					tDelta[a] = 1 / r[a];
				} else if (r[a] < -1e-12) {
					stepDir[a] = -1;
					tNext[a] = (vox[a] - 0.5 - s[a]) / r[a];
					tDelta[a] = -1 / r[a];
				} else {
					stepDir[a] = 0;
					tNext[a] = Double.POSITIVE_INFINITY;
					tDelta[a] = Double.POSITIVE_INFINITY;
				}
			}
			float[] rho = density.density();
			int nx = n[0], nxy = n[0] * n[1];
			// samples before the ray enters the density grid see no matter
			while (k < nz && (z0 + k * dzMm) / sad < tIn) {
				cum[k++] = 0;
			}
			double ta = tIn;
			while (ta < tOut) {
				int axis = tNext[0] < tNext[1] ? (tNext[0] < tNext[2] ? 0 : 2) : (tNext[1] < tNext[2] ? 1 : 2);
				double tb = Math.min(tNext[axis], tOut);
				double perT = rho[vox[0] + nx * vox[1] + nxy * vox[2]] * lengthPerT;
				while (k < nz && (z0 + k * dzMm) / sad < tb) {
					cum[k] = acc + perT * ((z0 + k * dzMm) / sad - ta);
					k++;
				}
				acc += perT * (tb - ta);
				ta = tb;
				vox[axis] += stepDir[axis];
				if (vox[axis] < 0 || vox[axis] >= n[axis]) {
					break;
				}
				tNext[axis] += tDelta[axis];
			}
		}
		while (k < nz) {
			cum[k++] = acc;
		}
		int base = (iv * nu + iu) * nz;
		for (int i = 0; i < nz; i++) {
			cumulative[base + i] = (float) cum[i];
		}
	}

	/** Radiological depth at a point given by its BEV isocentre-plane coordinates and distance from the source. */
	public double depth(double u, double v, double zSource) {
		double fu = clamp((u - u0) / stepMm, nu - 1);
		double fv = clamp((v - v0) / stepMm, nv - 1);
		double fz = clamp((zSource - z0) / dzMm, nz - 1);
		int iu = Math.min((int) fu, nu - 2), iv = Math.min((int) fv, nv - 2), iz = Math.min((int) fz, nz - 2);
		double tu = fu - iu, tv = fv - iv, tz = fz - iz;
		double c00 = lerpZ(iu, iv, iz, tz), c10 = lerpZ(iu + 1, iv, iz, tz);
		double c01 = lerpZ(iu, iv + 1, iz, tz), c11 = lerpZ(iu + 1, iv + 1, iz, tz);
		return (c00 + (c10 - c00) * tu) * (1 - tv) + (c01 + (c11 - c01) * tu) * tv;
	}

	private double lerpZ(int iu, int iv, int iz, double tz) {
		int b = (iv * nu + iu) * nz + iz;
		return cumulative[b] + (cumulative[b + 1] - cumulative[b]) * tz;
	}

	private static double clamp(double f, int max) {
		return f < 0 ? 0 : Math.min(f, max);
	}
}
