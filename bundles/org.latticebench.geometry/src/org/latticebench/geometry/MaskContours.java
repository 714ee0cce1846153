package org.latticebench.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;

/**
 * A mask back to planar contours (for RTSTRUCT export of generated structures such as spheres,
 * margins and rings).
 * <p>
 * Per axial slice, at the voxel-centre z, the iso-line {@code fraction = threshold} is traced by
 * marching squares over the voxel centres with linear interpolation along cell edges. The slice is
 * padded with zeros so every line closes. Saddle cells are resolved by the mean of their four
 * corners. Outer boundaries run counter-clockwise in (x, y) (positive shoelace area), holes run
 * clockwise and are separate contours, so {@link ContourRasterizer} (XOR) reads them back as holes.
 * Exactly collinear points are dropped.
 *
 * @since 0.1
 */
public final class MaskContours {

	private MaskContours() {
	}

	/**
	 * @param threshold iso-level in (0, 1]; 0.5 gives the surface that keeps the mask's volume
	 * @return contours ordered by slice, never null
	 */
	public static List<PlanarContour> toContours(Mask mask, double threshold) {
		if (!(threshold > 0 && threshold <= 1)) {
			throw new IllegalArgumentException("contour threshold must be in (0, 1], got " + threshold);
		}
		Grid3 grid = mask.grid();
		GridChecks.requireAxisAligned(grid, "mask to contours");
		List<List<PlanarContour>> perSlice = IntStream.range(0, grid.nz()).parallel()
				.mapToObj(k -> slice(mask, k, (float) threshold)).toList();
		List<PlanarContour> all = new ArrayList<>();
		perSlice.forEach(all::addAll);
		return all;
	}

	private static List<PlanarContour> slice(Mask mask, int k, float thr) {
		Grid3 g = mask.grid();
		int nx = g.nx(), ny = g.ny();
		float[] f = mask.fraction();
		int off = nx * ny * k;
		int iMin = Integer.MAX_VALUE, iMax = -1, jMin = Integer.MAX_VALUE, jMax = -1;
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				if (f[off + j * nx + i] >= thr) {
					iMin = Math.min(iMin, i);
					iMax = Math.max(iMax, i);
					jMin = Math.min(jMin, j);
					jMax = Math.max(jMax, j);
				}
			}
		}
		if (iMax < 0) {
			return List.of();
		}
		// padded window: corner (a, b) holds voxel (iMin - 1 + a, jMin - 1 + b), zero outside the grid
		int w = iMax - iMin + 3, h = jMax - jMin + 3;
		float[] p = new float[w * h];
		for (int b = 1; b < h - 1; b++) {
			for (int a = 1; a < w - 1; a++) {
				int i = iMin - 1 + a, j = jMin - 1 + b;
				p[b * w + a] = f[off + j * nx + i];
			}
		}
		// Edge ids: 2*(a + w*b) is the edge (a,b)-(a+1,b), 2*(a + w*b)+1 is (a,b)-(a,b+1).
		int[] next = new int[2 * w * h];
		java.util.Arrays.fill(next, -1);
		int[] starts = new int[2 * w * h];
		int nStarts = 0;
		int[] e = new int[4];
		boolean[] in = new boolean[4];
		for (int b = 0; b < h - 1; b++) {
			for (int a = 0; a < w - 1; a++) {
				float v0 = p[b * w + a], v1 = p[b * w + a + 1], v2 = p[(b + 1) * w + a + 1], v3 = p[(b + 1) * w + a];
				in[0] = v0 >= thr;
				in[1] = v1 >= thr;
				in[2] = v2 >= thr;
				in[3] = v3 >= thr;
				if (in[0] == in[1] && in[1] == in[2] && in[2] == in[3]) {
					continue;
				}
				// cell edges counter-clockwise: bottom, right, top, left; edge n joins corner n to n+1
				e[0] = 2 * (a + w * b);
				e[1] = 2 * (a + 1 + w * b) + 1;
				e[2] = 2 * (a + w * (b + 1));
				e[3] = 2 * (a + w * b) + 1;
				boolean saddle = in[0] == in[2] && in[1] == in[3];
				boolean centreInside = 0.25f * (v0 + v1 + v2 + v3) >= thr;
				for (int n = 0; n < 4; n++) {
					if (in[n] && !in[(n + 1) % 4]) {
						// leaving the inside here; with the inside on the left, the line goes to the
						// next entering crossing: the following edge, or the preceding one when a
						// saddle's centre is outside (the inside corners are then separate)
						int to = !saddle || centreInside ? (n + 1) % 4 : (n + 3) % 4;
						while (!(!in[to] && in[(to + 1) % 4])) {
							to = (to + 1) % 4; // non-saddle: skip edges without a crossing
						}
						next[e[n]] = e[to];
						starts[nStarts++] = e[n];
					}
				}
			}
		}
		double x0 = g.originMm().x() + (iMin - 1) * g.spacingMm().x(), y0 = g.originMm().y() + (jMin - 1) * g.spacingMm().y();
		double z = g.originMm().z() + k * g.spacingMm().z();
		List<PlanarContour> out = new ArrayList<>();
		double[] loop = new double[64];
		for (int s = 0; s < nStarts; s++) {
			int start = starts[s];
			if (next[start] < 0) {
				continue;
			}
			int count = 0;
			int cur = start;
			do {
				if (2 * count + 2 > loop.length) {
					loop = java.util.Arrays.copyOf(loop, 2 * loop.length);
				}
				crossing(p, w, cur, thr, loop, count);
				count++;
				int nxt = next[cur];
				next[cur] = -1;
				cur = nxt;
			} while (cur != start && cur >= 0);
			double[] xyz = toPatient(dropCollinear(loop, count), x0, y0, z, g.spacingMm().x(), g.spacingMm().y());
			if (xyz.length >= 9) {
				out.add(new PlanarContour(xyz));
			}
		}
		return out;
	}

	/** Writes the crossing point of edge {@code id} in padded index units to {@code uv[2n..2n+1]}. */
	private static void crossing(float[] p, int w, int id, float thr, double[] uv, int n) {
		int cell = id >> 1;
		int a = cell % w, b = cell / w;
		boolean horizontal = (id & 1) == 0;
		double fa = p[cell], fb = horizontal ? p[cell + 1] : p[cell + w];
		double t = (thr - fa) / (fb - fa);
		uv[2 * n] = horizontal ? a + t : a;
		uv[2 * n + 1] = horizontal ? b : b + t;
	}

	private static double[] dropCollinear(double[] uv, int n) {
		double[] kept = new double[2 * n];
		int m = 0;
		for (int k = 0; k < n; k++) {
			int prev = (k + n - 1) % n, nxt = (k + 1) % n;
			double ax = uv[2 * k] - uv[2 * prev], ay = uv[2 * k + 1] - uv[2 * prev + 1];
			double bx = uv[2 * nxt] - uv[2 * k], by = uv[2 * nxt + 1] - uv[2 * k + 1];
			double cross = ax * by - ay * bx;
			boolean sameDirection = ax * bx + ay * by > 0;
			if (Math.abs(cross) <= 1e-12 * (Math.abs(ax) + Math.abs(ay)) * (Math.abs(bx) + Math.abs(by)) && sameDirection) {
				continue;
			}
			kept[2 * m] = uv[2 * k];
			kept[2 * m + 1] = uv[2 * k + 1];
			m++;
		}
		return java.util.Arrays.copyOf(kept, 2 * m);
	}

	private static double[] toPatient(double[] uv, double x0, double y0, double z, double sx, double sy) {
		int n = uv.length / 2;
		double[] xyz = new double[3 * n];
		for (int k = 0; k < n; k++) {
			xyz[3 * k] = x0 + uv[2 * k] * sx;
			xyz[3 * k + 1] = y0 + uv[2 * k + 1] * sy;
			xyz[3 * k + 2] = z;
		}
		return xyz;
	}
}
