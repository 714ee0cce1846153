package org.latticebench.geometry;

/** Small helpers on polygons stored as flat (x, y) pairs. */
final class Polygons {

	private Polygons() {
	}

	/** Shoelace area, positive for counter-clockwise (x right, y up). */
	static double signedArea(double[] xy) {
		int n = xy.length / 2;
		double twice = 0;
		for (int k = 0; k < n; k++) {
			int k2 = (k + 1) % n;
			twice += xy[2 * k] * xy[2 * k2 + 1] - xy[2 * k2] * xy[2 * k + 1];
		}
		return 0.5 * twice;
	}

	/** Even-odd point-in-polygon test (ray towards +x). */
	static boolean contains(double[] xy, double px, double py) {
		int n = xy.length / 2;
		boolean inside = false;
		for (int k = 0, prev = n - 1; k < n; prev = k++) {
			double xk = xy[2 * k], yk = xy[2 * k + 1], xp = xy[2 * prev], yp = xy[2 * prev + 1];
			if ((yk > py) != (yp > py) && px < (xp - xk) * (py - yk) / (yp - yk) + xk) {
				inside = !inside;
			}
		}
		return inside;
	}
}
