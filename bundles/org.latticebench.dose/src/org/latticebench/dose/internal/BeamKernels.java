package org.latticebench.dose.internal;

import org.latticebench.dose.FluenceMap;

/**
 * The per-point kernel quantities of one beam: for dose voxels (rows) the depth-dose factor
 * A = D(d)/f² and the primary Gaussian; for coarse-lattice nodes the scatter Gaussian. A
 * beamlet's dose at a row is A·[w1·B1 + interpolated w3·B3], each B the product of two erf
 * differences (a square beamlet convolved with a Gaussian).
 */
public final class BeamKernels {

	private static final double INV_SQRT2 = 1 / Math.sqrt(2);

	final FluenceMap fluence;
	final BeamGeometry rows;
	final BeamGeometry nodes;
	/** Depth-dose factor per row (Gy per unit weight before the lateral kernel). */
	final float[] rowFactor;
	final float[] w1, s1;
	final float[] w3, s3;

	BeamKernels(FluenceMap fluence, BeamGeometry rows, BeamGeometry nodes, double sadMm, Parallel parallel) {
		this.fluence = fluence;
		this.rows = rows;
		this.nodes = nodes;
		BeamModel6MV model = BeamModel6MV.get();
		int nr = rows.f().length, nn = nodes.f().length;
		rowFactor = new float[nr];
		w1 = new float[nr];
		s1 = new float[nr];
		w3 = new float[nn];
		s3 = new float[nn];
		parallel.forRange(nr, 16384, (from, to) -> {
			double[] c = new double[4];
			for (int p = from; p < to; p++) {
				double f = rows.f()[p];
				if (f > 0) {
					double d = rows.depthMm()[p];
					BeamModel6MV.components(d, f * sadMm, sadMm, c);
					rowFactor[p] = (float) (model.depthDose(d) / (f * f));
					w1[p] = (float) c[0];
					s1[p] = (float) (INV_SQRT2 / c[1]);
				}
			}
		});
		parallel.forRange(nn, 4096, (from, to) -> {
			double[] c = new double[4];
			for (int p = from; p < to; p++) {
				double f = nodes.f()[p];
				if (f > 0) {
					BeamModel6MV.components(nodes.depthMm()[p], f * sadMm, sadMm, c);
					w3[p] = (float) c[2];
					s3[p] = (float) (INV_SQRT2 / c[3]);
				}
			}
		});
	}

	/** Narrow-kernel value of beamlet (ix, iy) at a row, including the depth-dose factor A. */
	double narrow(int row, int ix, int iy) {
		double f = rows.f()[row];
		double b = fluence.beamletSizeMm();
		double half = 0.5 * f * b;
		double tu = f * (rows.u()[row] - fluence.centreXMm(ix));
		double tv = f * (rows.v()[row] - fluence.centreYMm(iy));
		return rowFactor[row] * w1[row] * Erf.box(tu, half, s1[row]) * Erf.box(tv, half, s1[row]);
	}

	/** Broad-kernel value (without A) of beamlet (ix, iy) at a node. */
	double broad(int node, int ix, int iy) {
		double f = nodes.f()[node];
		double b = fluence.beamletSizeMm();
		double half = 0.5 * f * b;
		double tu = f * (nodes.u()[node] - fluence.centreXMm(ix));
		double tv = f * (nodes.v()[node] - fluence.centreYMm(iy));
		return w3[node] * Erf.box(tu, half, s3[node]) * Erf.box(tv, half, s3[node]);
	}

	/** Narrow dose at a row from the whole fluence map (beamlets within 6 σ), including A. */
	double narrowDirect(int row, double[] pu, double[] pv) {
		double f = rows.f()[row];
		if (f <= 0 || rowFactor[row] == 0) {
			return 0;
		}
		double b = fluence.beamletSizeMm();
		double half = 0.5 * f * b;
		double reachIso = b / 2 + 6 * INV_SQRT2 / s1[row] / f;
		double u = rows.u()[row], v = rows.v()[row];
		int nx = fluence.nx(), ny = fluence.ny();
		int ix0 = Math.max(0, (int) Math.ceil((u - reachIso - fluence.originXMm()) / b));
		int ix1 = Math.min(nx - 1, (int) Math.floor((u + reachIso - fluence.originXMm()) / b));
		int iy0 = Math.max(0, (int) Math.ceil((v - reachIso - fluence.originYMm()) / b));
		int iy1 = Math.min(ny - 1, (int) Math.floor((v + reachIso - fluence.originYMm()) / b));
		if (ix0 > ix1 || iy0 > iy1) {
			return 0;
		}
		float[] w = fluence.weights();
		for (int ix = ix0; ix <= ix1; ix++) {
			pu[ix] = Erf.box(f * (u - fluence.centreXMm(ix)), half, s1[row]);
		}
		double sum = 0;
		for (int iy = iy0; iy <= iy1; iy++) {
			double s = 0;
			int base = nx * iy;
			for (int ix = ix0; ix <= ix1; ix++) {
				s += pu[ix] * w[base + ix];
			}
			if (s != 0) {
				sum += s * Erf.box(f * (v - fluence.centreYMm(iy)), half, s1[row]);
			}
		}
		return rowFactor[row] * w1[row] * sum;
	}

	/** Broad (scatter) bracket at a node from every beamlet of the map (no cut-off). */
	double broadDirect(int node, double[] pu, double[] pv) {
		double f = nodes.f()[node];
		if (f <= 0) {
			return 0;
		}
		double b = fluence.beamletSizeMm();
		double half = 0.5 * f * b;
		double u = nodes.u()[node], v = nodes.v()[node];
		int nx = fluence.nx(), ny = fluence.ny();
		for (int ix = 0; ix < nx; ix++) {
			pu[ix] = Erf.box(f * (u - fluence.centreXMm(ix)), half, s3[node]);
		}
		for (int iy = 0; iy < ny; iy++) {
			pv[iy] = Erf.box(f * (v - fluence.centreYMm(iy)), half, s3[node]);
		}
		float[] w = fluence.weights();
		double sum = 0;
		for (int iy = 0; iy < ny; iy++) {
			double a = 0;
			int base = nx * iy;
			for (int ix = 0; ix < nx; ix++) {
				a += pu[ix] * w[base + ix];
			}
			sum += a * pv[iy];
		}
		return w3[node] * sum;
	}
}
