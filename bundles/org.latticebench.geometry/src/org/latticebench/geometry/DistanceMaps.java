package org.latticebench.geometry;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;

/**
 * Euclidean distance maps in mm, exact on the voxel lattice (separable distance transform, see
 * {@link Margins} for the method). A voxel counts as inside the mask when its fraction is at least
 * 0.5, as for margins, so {@code distanceToMm(m) <= r} marks the same voxels as an isotropic
 * expansion by r.
 *
 * @since 0.1
 */
public final class DistanceMaps {

	private DistanceMaps() {
	}

	/**
	 * Distance from each voxel centre to the nearest inside voxel centre: 0 inside, +infinity
	 * everywhere for an empty mask.
	 */
	public static FloatVolume distanceToMm(Mask m) {
		Grid3 g = m.grid();
		GridChecks.requireAxisAligned(g, "distance map");
		double[] sq = squaredDistanceMm2(inside(m, true), g);
		float[] out = new float[sq.length];
		for (int n = 0; n < sq.length; n++) {
			out[n] = (float) Math.sqrt(sq[n]);
		}
		return new FloatVolume(g, out);
	}

	/**
	 * Signed distance to the mask's surface: positive outside, negative inside. The surface is put
	 * half a voxel (half the smallest spacing) from the centres on either side of it, so an outside
	 * voxel gets (distance to the nearest inside centre) - h and an inside voxel -((distance to the
	 * nearest outside centre) - h), with h = min spacing / 2. A mask with no outside voxel is
	 * -infinity everywhere, an empty mask +infinity.
	 */
	public static FloatVolume signedDistanceMm(Mask m) {
		Grid3 g = m.grid();
		GridChecks.requireAxisAligned(g, "signed distance map");
		boolean[] in = inside(m, true);
		boolean[] out = inside(m, false);
		double[] toInside = squaredDistanceMm2(in, g);
		double[] toOutside = squaredDistanceMm2(out, g);
		double h = 0.5 * Math.min(g.spacingMm().x(), Math.min(g.spacingMm().y(), g.spacingMm().z()));
		float[] sd = new float[in.length];
		for (int n = 0; n < sd.length; n++) {
			sd[n] = (float) (in[n] ? -(Math.sqrt(toOutside[n]) - h) : Math.sqrt(toInside[n]) - h);
		}
		return new FloatVolume(g, sd);
	}

	private static boolean[] inside(Mask m, boolean wantInside) {
		float[] f = m.fraction();
		boolean[] b = new boolean[f.length];
		for (int n = 0; n < f.length; n++) {
			b[n] = (f[n] >= 0.5f) == wantInside;
		}
		return b;
	}

	static double[] squaredDistanceMm2(boolean[] seeds, Grid3 g) {
		double sx = g.spacingMm().x(), sy = g.spacingMm().y(), sz = g.spacingMm().z();
		double[] w = { sx * sx, sy * sy, sz * sz };
		double[] cost = DistanceTransform.seeds(seeds);
		DistanceTransform.run(cost, g, w, w, Double.POSITIVE_INFINITY);
		return cost;
	}
}
