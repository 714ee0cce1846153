package org.latticebench.dose.internal;

import org.latticebench.dose.FluenceMap;

/**
 * Points sorted into cells of one beamlet on the isocentre plane (aligned with the fluence map,
 * padded by {@code pad} cells on every side), so that a beamlet finds the points within its
 * reach without scanning them all. Items within a cell are in ascending point order.
 */
final class Bins {

	final int pad, ncx, ncy;
	final int[] start;
	final int[] items;
	final float minF;

	private Bins(int pad, int ncx, int ncy, int[] start, int[] items, float minF) {
		this.pad = pad;
		this.ncx = ncx;
		this.ncy = ncy;
		this.start = start;
		this.items = items;
		this.minF = minF;
	}

	/** Bins padded so that every point within {@code reachMm} (physical, at the point) of the map is kept. */
	static Bins of(BeamGeometry g, float[] keep, FluenceMap fm, double reachMm) {
		float minF0 = Float.MAX_VALUE;
		for (int p = 0; p < g.f().length; p++) {
			if (g.f()[p] > 0 && (keep == null || keep[p] != 0)) {
				minF0 = Math.min(minF0, g.f()[p]);
			}
		}
		if (minF0 == Float.MAX_VALUE) {
			minF0 = 1;
		}
		int pad = (int) Math.ceil(reachMm / minF0 / fm.beamletSizeMm()) + 1;
		int ncx = fm.nx() + 2 * pad, ncy = fm.ny() + 2 * pad;
		int n = g.f().length;
		int[] cell = new int[n];
		int[] count = new int[ncx * ncy + 1];
		double b = fm.beamletSizeMm();
		double x0 = fm.originXMm() - b / 2, y0 = fm.originYMm() - b / 2;
		for (int p = 0; p < n; p++) {
			cell[p] = -1;
			if (g.f()[p] <= 0 || (keep != null && keep[p] == 0)) {
				continue;
			}
			int cx = (int) Math.floor((g.u()[p] - x0) / b) + pad;
			int cy = (int) Math.floor((g.v()[p] - y0) / b) + pad;
			if (cx < 0 || cy < 0 || cx >= ncx || cy >= ncy) {
				continue;
			}
			cell[p] = cx + ncx * cy;
			count[cell[p] + 1]++;
		}
		for (int c = 0; c < ncx * ncy; c++) {
			count[c + 1] += count[c];
		}
		int[] items = new int[count[ncx * ncy]];
		int[] fill = count.clone();
		for (int p = 0; p < n; p++) {
			if (cell[p] >= 0) {
				items[fill[cell[p]]++] = p;
			}
		}
		return new Bins(pad, ncx, ncy, count, items, minF0);
	}
}
