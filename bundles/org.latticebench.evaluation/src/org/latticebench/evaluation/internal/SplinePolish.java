package org.latticebench.evaluation.internal;

import org.latticebench.core.Grid3;

/**
 * The last step of cubic gamma: from the point where the exact search over the supersampled
 * spline's linear pieces found its minimum, Gauss-Newton descent on the gamma function of the
 * cubic B-spline itself, so that the value reported is gamma over the spline and not over its
 * linear pieces. Each step minimises gamma to the spline's tangent plane in closed form (the
 * distance to a hyperplane in (x / DTA, D / dD)), is halved until gamma falls, and stays inside the
 * evaluated grid. Gamma is smooth there, so a few steps reach the minimum of that basin to well
 * below 1e-4; the search supplied the basin. One instance per thread.
 */
final class SplinePolish {

	private static final int MAX_STEPS = 12;
	private static final int MAX_HALVINGS = 8;
	private static final double STOP_MM = 1e-5;

	private final float[] coef;
	private final int nx, ny, nz, px, py;
	private final double sx, sy, sz;

	/** Spline value and gradient (Gy, Gy/mm along the grid axes) at the last {@link #evaluate} point. */
	private double valueGy;
	private final double[] gradGyPerMm = new double[3];
	private final int[] ix = new int[4], iy = new int[4], iz = new int[4];
	private final double[] wx = new double[4], wy = new double[4], wz = new double[4], dx = new double[4],
			dy = new double[4], dz = new double[4];

	/** @param coefficients the B-spline coefficients on the evaluated grid ({@link CubicSupersampler#coefficients}) */
	SplinePolish(Grid3 grid, float[] coefficients) {
		this.coef = coefficients;
		this.nx = grid.nx();
		this.px = nx + 2;
		this.py = grid.ny() + 2;
		this.ny = grid.ny();
		this.nz = grid.nz();
		this.sx = grid.spacingMm().x();
		this.sy = grid.spacingMm().y();
		this.sz = grid.spacingMm().z();
	}

	/**
	 * Gamma at a reference point, polished on the spline.
	 *
	 * @param u,v,w    the reference point in continuous evaluated-grid indices
	 * @param startMm  the offset (mm, along the grid axes) where the search found its minimum
	 * @param dtaMm    distance criterion
	 * @param doseRef  the reference dose, Gy
	 * @param critGy   the dose criterion, Gy
	 * @param cap      the gamma cap
	 */
	double gamma(double u, double v, double w, double[] startMm, double dtaMm, double doseRef, double critGy, double cap) {
		double yx = startMm[0], yy = startMm[1], yz = startMm[2];
		double invDta2 = 1 / (dtaMm * dtaMm), invCrit2 = 1 / (critGy * critGy);
		evaluate(u + yx / sx, v + yy / sy, w + yz / sz);
		double f = (yx * yx + yy * yy + yz * yz) * invDta2 + sq(valueGy - doseRef) * invCrit2;
		for (int step = 0; step < MAX_STEPS; step++) {
			double gx = gradGyPerMm[0], gy = gradGyPerMm[1], gz = gradGyPerMm[2];
			// the tangent plane D = S + g.(y' - y): nearest point y' = -DTA^2 a g / (dD^2 + DTA^2 |g|^2)
			double a = valueGy - doseRef - (gx * yx + gy * yy + gz * yz);
			double k = -dtaMm * dtaMm * a / (critGy * critGy + dtaMm * dtaMm * (gx * gx + gy * gy + gz * gz));
			double tx = inside(u, k * gx, sx, nx), ty = inside(v, k * gy, sy, ny), tz = inside(w, k * gz, sz, nz);
			double px = tx - yx, py = ty - yy, pz = tz - yz;
			double t = 1;
			boolean better = false;
			for (int h = 0; h < MAX_HALVINGS; h++) {
				double cx = yx + t * px, cy = yy + t * py, cz = yz + t * pz;
				evaluate(u + cx / sx, v + cy / sy, w + cz / sz);
				double fc = (cx * cx + cy * cy + cz * cz) * invDta2 + sq(valueGy - doseRef) * invCrit2;
				if (fc < f) {
					f = fc;
					yx = cx;
					yy = cy;
					yz = cz;
					better = true;
					break;
				}
				t *= 0.5;
			}
			if (!better || t * Math.sqrt(px * px + py * py + pz * pz) < STOP_MM) {
				break;
			}
		}
		return Math.min(cap, Math.sqrt(f));
	}

	/** An offset (mm) from the reference point moved back so that its index stays within [0, n - 1]. */
	private static double inside(double ref, double target, double spacing, int n) {
		double idx = ref + target / spacing;
		return idx < 0 ? -ref * spacing : idx > n - 1 ? (n - 1 - ref) * spacing : target;
	}

	/** The spline and its gradient at a continuous index inside the grid. */
	void evaluate(double fi, double fj, double fk) {
		axis(fi, nx, ix, wx, dx);
		axis(fj, ny, iy, wy, dy);
		axis(fk, nz, iz, wz, dz);
		double s = 0, gi = 0, gj = 0, gk = 0;
		int pxy = px * py;
		for (int c = 0; c < 4; c++) {
			double ps = 0, pi = 0, pj = 0;
			for (int b = 0; b < 4; b++) {
				int row = iy[b] * px + iz[c] * pxy;
				double rs = 0, ri = 0;
				for (int a = 0; a < 4; a++) {
					float cv = coef[row + ix[a]];
					rs += wx[a] * cv;
					ri += dx[a] * cv;
				}
				ps += wy[b] * rs;
				pi += wy[b] * ri;
				pj += dy[b] * rs;
			}
			s += wz[c] * ps;
			gi += wz[c] * pi;
			gj += wz[c] * pj;
			gk += dz[c] * ps;
		}
		valueGy = s;
		gradGyPerMm[0] = gi / sx;
		gradGyPerMm[1] = gj / sy;
		gradGyPerMm[2] = gk / sz;
	}

	/** The spline at the last {@link #evaluate} point, Gy. */
	double valueGy() {
		return valueGy;
	}

	/** The spline's gradient at the last {@link #evaluate} point, Gy/mm along the grid axes (a copy). */
	double[] gradientGyPerMm() {
		return gradGyPerMm.clone();
	}

	/** Mirrored coefficient indices, weights and derivative weights along one axis. */
	private static void axis(double f, int n, int[] idx, double[] wt, double[] dw) {
		f = f < 0 ? 0 : f > n - 1 ? n - 1 : f;
		int i = Math.min((int) Math.floor(f), n - 2);
		double t = f - i, s = 1 - t;
		for (int o = 0; o < 4; o++) {
			idx[o] = i + o; // the coefficients are padded by one: index i - 1 + o is at i + o
		}
		wt[0] = s * s * s / 6;
		wt[1] = 2.0 / 3 - t * t + t * t * t / 2;
		wt[2] = 2.0 / 3 - s * s + s * s * s / 2;
		wt[3] = t * t * t / 6;
		dw[0] = -s * s / 2;
		dw[1] = -2 * t + 1.5 * t * t;
		dw[2] = 2 * s - 1.5 * s * s;
		dw[3] = t * t / 2;
	}

	private static double sq(double x) {
		return x * x;
	}
}
