package org.latticebench.geometry;

import org.latticebench.core.Mask;

/**
 * Voxelwise boolean operations on partial-volume masks (fuzzy-set rules on the fractions). Both
 * masks must be on the same grid geometry; the result is on the first mask's grid.
 *
 * @since 0.1
 */
public final class Booleans {

	private Booleans() {
	}

	/** max(a, b) */
	public static Mask union(Mask a, Mask b) {
		GridChecks.requireSameGeometry(a.grid(), b.grid(), "union");
		float[] fa = a.fraction(), fb = b.fraction(), out = new float[fa.length];
		for (int n = 0; n < out.length; n++) {
			out[n] = Math.max(fa[n], fb[n]);
		}
		return new Mask(a.grid(), out);
	}

	/** min(a, b) */
	public static Mask intersect(Mask a, Mask b) {
		GridChecks.requireSameGeometry(a.grid(), b.grid(), "intersection");
		float[] fa = a.fraction(), fb = b.fraction(), out = new float[fa.length];
		for (int n = 0; n < out.length; n++) {
			out[n] = Math.min(fa[n], fb[n]);
		}
		return new Mask(a.grid(), out);
	}

	/** max(0, a - b), e.g. normal liver = liver - GTV */
	public static Mask subtract(Mask a, Mask b) {
		GridChecks.requireSameGeometry(a.grid(), b.grid(), "subtraction");
		float[] fa = a.fraction(), fb = b.fraction(), out = new float[fa.length];
		for (int n = 0; n < out.length; n++) {
			out[n] = Math.max(0f, fa[n] - fb[n]);
		}
		return new Mask(a.grid(), out);
	}
}
