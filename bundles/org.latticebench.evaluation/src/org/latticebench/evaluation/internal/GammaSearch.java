package org.latticebench.evaluation.internal;

import java.util.Arrays;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;

/**
 * The exact minimum of the gamma function over the evaluated dose, for one reference point at a
 * time (Ju et al., Med Phys 2008;35:879-887).
 * <p>
 * Work is in continuous evaluated-grid index units (u, v, w); the grid's axes are orthonormal, so a
 * distance is the index difference times the spacing along each axis. Each cell between eight
 * evaluated voxel centres is split into the six tetrahedra of the Kuhn triangulation (all sharing
 * the cell's main diagonal, so neighbouring cells' tetrahedra meet face to face), and the dose is
 * linear on each. In the scaled space (x / DTA, D / dD) a tetrahedron is a 3-simplex in 4D, and
 * gamma over it is the Euclidean distance from the reference point (r / DTA, Dr / dD) to it: the
 * projection of the point onto the affine hull of the one face whose relative interior holds the
 * nearest point, found among the 15 faces by their barycentric coordinates. The result is exact,
 * with no sampling step.
 * <p>
 * The search starts in the cell holding the reference point, which bounds gamma. Then it takes the
 * cells that can still beat that bound, in increasing order of a lower bound: the distance to the
 * cell together with the gap between Dr and the range of the cell's corner doses (the linear pieces
 * stay within it). It stops at the first cell whose lower bound reaches the best value. One instance
 * per thread.
 */
final class GammaSearch {

	/** Kuhn triangulation: tetrahedron t visits corners 0 -> a -> a|b -> 7, corner bits i + 2j + 4k. */
	private static final int[][] TETRA = { { 0, 1, 3, 7 }, { 0, 1, 5, 7 }, { 0, 2, 3, 7 }, { 0, 2, 6, 7 }, { 0, 4, 5, 7 },
			{ 0, 4, 6, 7 } };

	private final float[] e;
	private final int nx, ny, nz, nxy;
	private final double cap;

	private double ax, ay, az, ur, vr, wr, doseRefGy, invCritGy;

	/** Corner points of the current cell relative to the reference point, scaled: [corner][x y z d]. */
	private final double[][] p = new double[8][4];
	private final double[][] q = new double[4][];
	private final double[] candidate = new double[4], scratch = new double[4];
	/** Where the best value so far is reached, relative to the reference point: (x / DTA, D / dD). */
	private final double[] nearest = new double[4];
	private boolean hasNearest;

	private double[] keys = new double[256];
	private int[] cells = new int[256];
	private int[] heap = new int[256];
	private int heapSize, slotsUsed;

	/** Cells whose tetrahedra were evaluated, since construction (for benchmarks). */
	long cellsVisited;

	GammaSearch(FloatVolume evaluated, double gammaCap) {
		Grid3 g = evaluated.grid();
		this.e = evaluated.values();
		this.nx = g.nx();
		this.ny = g.ny();
		this.nz = g.nz();
		this.nxy = nx * ny;
		this.cap = gammaCap;
	}

	/**
	 * Gamma at one reference point, capped.
	 *
	 * @param u,v,w     the point in continuous evaluated-grid indices (inside the grid)
	 * @param scale     spacing / DTA along the evaluated grid's three axes
	 * @param doseRef   the reference dose at the point, Gy
	 * @param criterion the dose criterion, Gy (&gt; 0)
	 */
	double gamma(double u, double v, double w, double[] scale, double doseRef, double criterion) {
		ur = u;
		vr = v;
		wr = w;
		ax = scale[0];
		ay = scale[1];
		az = scale[2];
		doseRefGy = doseRef;
		invCritGy = 1.0 / criterion;
		hasNearest = false;
		int hi = clampIndex(u, nx), hj = clampIndex(v, ny), hk = clampIndex(w, nz);
		double best = Math.min(cap, cellMin(hi, hj, hk, cap));
		if (best == 0) {
			return 0;
		}
		heapSize = 0;
		slotsUsed = 0;
		int i0 = Math.max(0, (int) Math.floor(u - best / ax)), i1 = Math.min(nx - 2, (int) Math.floor(u + best / ax));
		int j0 = Math.max(0, (int) Math.floor(v - best / ay)), j1 = Math.min(ny - 2, (int) Math.floor(v + best / ay));
		int k0 = Math.max(0, (int) Math.floor(w - best / az)), k1 = Math.min(nz - 2, (int) Math.floor(w + best / az));
		double bestSq = best * best;
		for (int k = k0; k <= k1; k++) {
			for (int j = j0; j <= j1; j++) {
				for (int i = i0; i <= i1; i++) {
					if (i == hi && j == hj && k == hk) {
						continue;
					}
					double lb = cellLowerBoundSq(i, j, k);
					if (lb < bestSq) {
						push(i + nx * j + nxy * k, lb);
					}
				}
			}
		}
		while (heapSize > 0) {
			int slot = heap[0];
			if (keys[slot] >= best * best) {
				break;
			}
			popTop();
			int n = cells[slot];
			best = Math.min(best, cellMin(n % nx, n / nx % ny, n / nxy, best));
		}
		return best;
	}

	/**
	 * The offset from the reference point to where the last {@link #gamma} value is reached, in mm
	 * along the evaluated grid's axes, written to {@code offsetMm}; false when the value is the cap.
	 */
	boolean nearestOffsetMm(double dtaMm, double[] offsetMm) {
		if (!hasNearest) {
			return false;
		}
		for (int a = 0; a < 3; a++) {
			offsetMm[a] = nearest[a] * dtaMm;
		}
		return true;
	}

	private int clampIndex(double f, int n) {
		return Math.min(Math.max((int) Math.floor(f), 0), n - 2);
	}

	/** Squared lower bound over a cell: distance to its box and the gap of Dr to its corner range. */
	private double cellLowerBoundSq(int i, int j, int k) {
		double du = (clamp(ur, i, i + 1) - ur) * ax, dv = (clamp(vr, j, j + 1) - vr) * ay, dw = (clamp(wr, k, k + 1) - wr) * az;
		double dSq = du * du + dv * dv + dw * dw;
		int n = i + nx * j + nxy * k;
		float lo = e[n], hi = lo;
		for (int c = 1; c < 8; c++) {
			float x = e[n + (c & 1) + ((c >> 1) & 1) * nx + (c >> 2) * nxy];
			lo = Math.min(lo, x);
			hi = Math.max(hi, x);
		}
		double gap = (doseRefGy < lo ? lo - doseRefGy : doseRefGy > hi ? doseRefGy - hi : 0) * invCritGy;
		return dSq + gap * gap;
	}

	/** The minimum of gamma over the six tetrahedra of cell (i, j, k), or {@code bound} if none is lower. */
	private double cellMin(int i, int j, int k, double bound) {
		cellsVisited++;
		int n = i + nx * j + nxy * k;
		for (int c = 0; c < 8; c++) {
			int ci = c & 1, cj = (c >> 1) & 1, ck = c >> 2;
			double[] pc = p[c];
			pc[0] = (i + ci - ur) * ax;
			pc[1] = (j + cj - vr) * ay;
			pc[2] = (k + ck - wr) * az;
			pc[3] = (e[n + ci + cj * nx + ck * nxy] - doseRefGy) * invCritGy;
		}
		double du = (clamp(ur, i, i + 1) - ur) * ax, dv = (clamp(vr, j, j + 1) - vr) * ay, dw = (clamp(wr, k, k + 1) - wr) * az;
		double boxSq = du * du + dv * dv + dw * dw;
		double bestSq = bound * bound;
		for (int[] t : TETRA) {
			double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
			for (int a = 0; a < 4; a++) {
				q[a] = p[t[a]];
				lo = Math.min(lo, q[a][3]);
				hi = Math.max(hi, q[a][3]);
			}
			double gap = lo > 0 ? lo : hi < 0 ? -hi : 0;
			if (boxSq + gap * gap >= bestSq) {
				continue;
			}
			double dSq = Simplex4.distanceSqToOrigin(q, candidate, scratch);
			if (dSq < bestSq) {
				bestSq = dSq;
				System.arraycopy(candidate, 0, nearest, 0, 4);
				hasNearest = true;
			}
		}
		return Math.sqrt(bestSq);
	}

	private void push(int cell, double keySq) {
		int slot = slotsUsed++;
		if (slot >= keys.length) {
			int size = keys.length * 2;
			keys = Arrays.copyOf(keys, size);
			cells = Arrays.copyOf(cells, size);
			heap = Arrays.copyOf(heap, size);
		}
		cells[slot] = cell;
		keys[slot] = keySq;
		// sift up; ties go to the lower slot, so the visiting order depends on nothing but the inputs
		int pos = heapSize++;
		while (pos > 0) {
			int parent = (pos - 1) >> 1;
			if (!less(slot, heap[parent])) {
				break;
			}
			heap[pos] = heap[parent];
			pos = parent;
		}
		heap[pos] = slot;
	}

	private void popTop() {
		int last = heap[--heapSize];
		int pos = 0;
		while (true) {
			int l = 2 * pos + 1;
			if (l >= heapSize) {
				break;
			}
			int r = l + 1;
			int m = r < heapSize && less(heap[r], heap[l]) ? r : l;
			if (!less(heap[m], last)) {
				break;
			}
			heap[pos] = heap[m];
			pos = m;
		}
		if (heapSize > 0) {
			heap[pos] = last;
		}
	}

	private boolean less(int a, int b) {
		return keys[a] < keys[b] || (keys[a] == keys[b] && a < b);
	}

	private static double clamp(double x, double lo, double hi) {
		return x < lo ? lo : x > hi ? hi : x;
	}
}
