package org.latticebench.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;

class CubicSplineTest {

	/** 9 x 7 x 5 voxels, anisotropic, off the origin: the edges are never far away. */
	private static final Grid3 GRID = Grid3.axisAligned(new Vec3(-12, 5, 30), new Vec3(2.5, 2.0, 3.0), 9, 7, 5);

	/** A quadratic dose, Gy, with cross terms: the cubic spline with parabolic end extension reproduces it. */
	private static double quadratic(double x, double y, double z) {
		return 4 + 0.3 * x - 0.2 * y + 0.1 * z + 0.02 * x * x - 0.015 * y * y + 0.01 * z * z + 0.004 * x * y - 0.003 * y * z;
	}

	private static FloatVolume sample(Grid3 g) {
		float[] v = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 p = g.toPatientMm(i, j, k);
					v[g.index(i, j, k)] = (float) quadratic(p.x(), p.y(), p.z());
				}
			}
		}
		return new FloatVolume(g, v);
	}

	@Test
	void theSupersampledSplineOfAQuadraticIsThatQuadraticUpToTheGridEdges() {
		FloatVolume dose = sample(GRID);
		ForkJoinPool pool = new ForkJoinPool(2);
		try {
			float[] coef = CubicSupersampler.coefficients(dose, pool);
			FloatVolume fine = CubicSupersampler.supersample(dose, coef, 3, pool);
			// the finer grid: 3 * (n - 1) + 1 points, a third of the spacing, same extent
			assertEquals(25, fine.grid().nx());
			assertEquals(19, fine.grid().ny());
			assertEquals(13, fine.grid().nz());
			assertEquals(2.0 / 3, fine.grid().spacingMm().y(), 1e-12);
			// cubic B-splines reproduce polynomials up to degree 3, and the parabolic end extension is
			// exact for a quadratic; what remains is float rounding (values near 4 Gy: ~1e-6 Gy)
			Grid3 fg = fine.grid();
			for (int k = 0; k < fg.nz(); k++) {
				for (int j = 0; j < fg.ny(); j++) {
					for (int i = 0; i < fg.nx(); i++) {
						Vec3 p = fg.toPatientMm(i, j, k);
						assertEquals(quadratic(p.x(), p.y(), p.z()), fine.get(i, j, k), 2e-5, "at " + p);
					}
				}
			}
			// the original samples come through bit for bit (so identical doses give gamma 0)
			assertEquals(dose.get(4, 3, 2), fine.get(12, 9, 6), 0.0);
			assertEquals(dose.get(8, 6, 4), fine.get(24, 18, 12), 0.0);
			// the spline between samples, and its gradient, at a point in a corner cell: closed form
			SplinePolish s = new SplinePolish(GRID, coef);
			double fi = 7.6, fj = 0.3, fk = 3.45;
			Vec3 p = GRID.toPatientMm(fi, fj, fk);
			s.evaluate(fi, fj, fk);
			assertEquals(quadratic(p.x(), p.y(), p.z()), s.valueGy(), 2e-5);
			double[] grad = s.gradientGyPerMm();
			// d/dx = 0.3 + 0.04 x + 0.004 y; d/dy = -0.2 - 0.03 y + 0.004 x - 0.003 z; d/dz = 0.1 + 0.02 z - 0.003 y
			assertEquals(0.3 + 0.04 * p.x() + 0.004 * p.y(), grad[0], 1e-5);
			assertEquals(-0.2 - 0.03 * p.y() + 0.004 * p.x() - 0.003 * p.z(), grad[1], 1e-5);
			assertEquals(0.1 + 0.02 * p.z() - 0.003 * p.y(), grad[2], 1e-5);
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void polishingFindsTheClosedFormGammaToALinearDoseFromAnyNearbyStart() {
		// De = 6 + 0.5 x (Gy, x in mm), the reference point at x0 with Dr = De(x0) - 1 Gy: the nearest
		// point of the plane in (x / DTA, D / dD) gives gamma = (1 / c) / sqrt(1 + (0.5 DTA / c)^2);
		// 3 %/3 mm of 20 Gy: c = 0.6 Gy, gamma = 1.6667 / sqrt(1 + 6.25) = 0.61898
		Grid3 g = Grid3.axisAligned(new Vec3(0, 0, 0), new Vec3(2.5, 2.5, 2.5), 12, 10, 10);
		float[] v = new float[g.voxelCount()];
		for (int n = 0; n < v.length; n++) {
			v[n] = (float) (6 + 0.5 * 2.5 * (n % g.nx()));
		}
		ForkJoinPool pool = new ForkJoinPool(1);
		try {
			float[] coef = CubicSupersampler.coefficients(new FloatVolume(g, v), pool);
			SplinePolish s = new SplinePolish(g, coef);
			double u = 5.3, doseRef = 6 + 0.5 * 2.5 * u - 1;
			double expected = (1 / 0.6) / Math.sqrt(1 + Math.pow(0.5 * 3 / 0.6, 2));
			assertEquals(0.61898, expected, 1e-5);
			for (double[] start : new double[][] { { 0, 0, 0 }, { -1.5, 0.4, -0.3 }, { -0.8, 0, 0 } }) {
				assertEquals(expected, s.gamma(u, 4.2, 4.7, start, 3, doseRef, 0.6, 2), 1e-6);
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
