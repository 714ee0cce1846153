package org.latticebench.evaluation;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

/**
 * Masks and dose fields built from closed forms, so DVHs can be checked against exact answers.
 * Partial-volume fractions are integrated numerically by sub-sampling boundary voxels
 * ({@value #SUBSAMPLES}^3 points), independently of the engine's own supersampling.
 */
final class AnalyticPhantoms {

	static final int SUBSAMPLES = 10;

	/** A field D(x, y, z) in Gy at patient position (mm). */
	interface Field {
		double doseGy(double xMm, double yMm, double zMm);
	}

	private AnalyticPhantoms() {
	}

	static Grid3 grid(Vec3 originMm, double spacingMm, int nx, int ny, int nz) {
		return Grid3.axisAligned(originMm, new Vec3(spacingMm, spacingMm, spacingMm), nx, ny, nz);
	}

	/** A cubic grid with the given spacing whose extent covers the box [lo, hi] (mm). */
	static Grid3 gridCovering(Vec3 loMm, Vec3 hiMm, double spacingMm, Vec3 shiftMm) {
		Vec3 origin = loMm.plus(shiftMm);
		int nx = (int) Math.ceil((hiMm.x() - loMm.x()) / spacingMm) + 1;
		int ny = (int) Math.ceil((hiMm.y() - loMm.y()) / spacingMm) + 1;
		int nz = (int) Math.ceil((hiMm.z() - loMm.z()) / spacingMm) + 1;
		return grid(origin, spacingMm, nx, ny, nz);
	}

	static Mask sphere(Grid3 g, Vec3 centreMm, double radiusMm) {
		double half = 0.5 * Math.max(g.spacingMm().x(), Math.max(g.spacingMm().y(), g.spacingMm().z()));
		double halfDiagonal = half * Math.sqrt(3);
		return fill(g, (p) -> {
			double r = p.minus(centreMm).norm();
			if (r + halfDiagonal <= radiusMm) {
				return 1;
			}
			if (r - halfDiagonal >= radiusMm) {
				return 0;
			}
			return -1;
		}, p -> p.minus(centreMm).norm() <= radiusMm);
	}

	/** Axis-aligned box [lo, hi]: exact fractions as products of 1D overlaps. */
	static Mask box(Grid3 g, Vec3 loMm, Vec3 hiMm) {
		float[] f = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 c = g.toPatientMm(i, j, k);
					double fx = overlap(c.x(), g.spacingMm().x(), loMm.x(), hiMm.x());
					double fy = overlap(c.y(), g.spacingMm().y(), loMm.y(), hiMm.y());
					double fz = overlap(c.z(), g.spacingMm().z(), loMm.z(), hiMm.z());
					f[g.index(i, j, k)] = (float) (fx * fy * fz);
				}
			}
		}
		return new Mask(g, f);
	}

	private static double overlap(double centre, double width, double lo, double hi) {
		double a = Math.max(centre - width / 2, lo), b = Math.min(centre + width / 2, hi);
		return Math.max(0, b - a) / width;
	}

	interface Classifier {
		/** 1 fully inside, 0 fully outside, -1 needs sub-sampling. */
		int classify(Vec3 centreMm);
	}

	interface Inside {
		boolean test(Vec3 pMm);
	}

	private static Mask fill(Grid3 g, Classifier classifier, Inside inside) {
		float[] f = new float[g.voxelCount()];
		Vec3 s = g.spacingMm();
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 c = g.toPatientMm(i, j, k);
					int cls = classifier.classify(c);
					if (cls >= 0) {
						f[g.index(i, j, k)] = cls;
						continue;
					}
					int in = 0;
					for (int a = 0; a < SUBSAMPLES; a++) {
						for (int b = 0; b < SUBSAMPLES; b++) {
							for (int d = 0; d < SUBSAMPLES; d++) {
								Vec3 p = new Vec3(c.x() + ((a + 0.5) / SUBSAMPLES - 0.5) * s.x(),
										c.y() + ((b + 0.5) / SUBSAMPLES - 0.5) * s.y(), c.z() + ((d + 0.5) / SUBSAMPLES - 0.5) * s.z());
								if (inside.test(p)) {
									in++;
								}
							}
						}
					}
					f[g.index(i, j, k)] = in / (float) (SUBSAMPLES * SUBSAMPLES * SUBSAMPLES);
				}
			}
		}
		return new Mask(g, f);
	}

	/** The field sampled at the voxel centres of {@code g}. */
	static FloatVolume dose(Grid3 g, Field field) {
		float[] v = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 p = g.toPatientMm(i, j, k);
					v[g.index(i, j, k)] = (float) field.doseGy(p.x(), p.y(), p.z());
				}
			}
		}
		return new FloatVolume(g, v);
	}

	/**
	 * Closed form: volume (mm^3) of a sphere of radius R beyond a plane at signed distance t from
	 * its centre (the cap x &gt;= t): h = R - t clamped to [0, 2R], V = pi h^2 (3R - h) / 3.
	 */
	static double capVolumeMm3(double radiusMm, double planeOffsetMm) {
		double h = Math.max(0, Math.min(2 * radiusMm, radiusMm - planeOffsetMm));
		return Math.PI * h * h * (3 * radiusMm - h) / 3;
	}

	static double sphereVolumeMm3(double radiusMm) {
		return 4.0 / 3.0 * Math.PI * radiusMm * radiusMm * radiusMm;
	}
}
