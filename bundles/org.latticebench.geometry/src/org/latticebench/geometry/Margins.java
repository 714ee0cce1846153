package org.latticebench.geometry;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;

/**
 * Isotropic and anisotropic 3D margins (expansion and contraction) by an exact Euclidean
 * distance transform, not by repeated box dilation.
 * <p>
 * The mask is first binarised at fraction &gt;= 0.5 (the voxel's centre is taken as inside). Each
 * axis is scaled by its margin so that the margin ellipsoid becomes the unit sphere; a different
 * margin on each side of an axis (say 5 mm right, 10 mm left) uses the matching half-ellipsoid per
 * octant. A voxel is in the expansion when its centre lies in the margin ellipsoid of some inside
 * voxel centre (scaled distance &lt;= 1). Contraction is the complement of the expansion of the
 * complement by the mirrored margin (morphological erosion).
 * <p>
 * Output fractions: {@code expand = max(original, binary dilation)}, so the result always contains
 * the original, partial edge fractions below 0.5 included; {@code contract = original where the
 * binary erosion keeps the voxel, else 0}, so the result is inside the original and keeps its
 * partial fractions at or above 0.5. A zero margin therefore leaves a mask unchanged apart from
 * binarising (expand) or dropping (contract) fractions below 0.5.
 * <p>
 * Accuracy: the binarisation puts each face within half a voxel of the exact one, and along an
 * axis the dilation advances whole voxels, {@code floor(margin / spacing)} of them. A margin that is
 * a whole number of voxels therefore moves a face to within half a voxel of its exact position
 * (exactly, for faces on voxel edges); otherwise a face can fall short by up to one and a half
 * voxels. On curved surfaces the nearest inside centre lies a little below the surface, so an
 * expanded sphere's equivalent radius comes out about 0.2 voxel short (tests: within half a voxel).
 * <p>
 * Voxels outside the grid count neither as inside (expansion) nor as outside (contraction): a
 * structure touching the grid edge is not eroded from that edge.
 *
 * @since 0.1
 */
public final class Margins {

	/** A zero margin is taken as this, which cannot reach a neighbouring voxel centre. */
	private static final double MIN_MARGIN_MM = 1e-3;
	/** Round-off allowance on the unit ellipsoid, so that a margin of exactly n voxels reaches n. */
	private static final double UNIT_LIMIT = 1 + 1e-9;

	private Margins() {
	}

	public static Mask expand(Mask m, Margin margin) {
		Grid3 g = m.grid();
		GridChecks.requireAxisAligned(g, "margin expansion");
		float[] f = m.fraction();
		boolean[] inside = new boolean[f.length];
		for (int n = 0; n < f.length; n++) {
			inside[n] = f[n] >= 0.5f;
		}
		double[] cost = dilationCost(inside, g, margin);
		float[] out = new float[f.length];
		for (int n = 0; n < f.length; n++) {
			out[n] = cost[n] <= UNIT_LIMIT ? 1f : f[n];
		}
		return new Mask(g, out);
	}

	public static Mask contract(Mask m, Margin margin) {
		Grid3 g = m.grid();
		GridChecks.requireAxisAligned(g, "margin contraction");
		float[] f = m.fraction();
		boolean[] outside = new boolean[f.length];
		for (int n = 0; n < f.length; n++) {
			outside[n] = f[n] < 0.5f;
		}
		double[] cost = dilationCost(outside, g, margin.reflected());
		float[] out = new float[f.length];
		for (int n = 0; n < f.length; n++) {
			out[n] = cost[n] <= UNIT_LIMIT ? 0f : f[n];
		}
		return new Mask(g, out);
	}

	/** Scaled squared distance to the nearest seed under the margin ellipsoid (&lt;= 1 means reached). */
	private static double[] dilationCost(boolean[] seeds, Grid3 g, Margin margin) {
		double sx = g.spacingMm().x(), sy = g.spacingMm().y(), sz = g.spacingMm().z();
		// a step of +t voxels moves towards +x (Left), +y (Posterior), +z (Superior)
		double[] wPos = { weight(sx, margin.leftMm()), weight(sy, margin.posteriorMm()), weight(sz, margin.superiorMm()) };
		double[] wNeg = { weight(sx, margin.rightMm()), weight(sy, margin.anteriorMm()), weight(sz, margin.inferiorMm()) };
		double[] cost = DistanceTransform.seeds(seeds);
		DistanceTransform.run(cost, g, wNeg, wPos, UNIT_LIMIT);
		return cost;
	}

	private static double weight(double spacingMm, double marginMm) {
		double r = spacingMm / Math.max(marginMm, MIN_MARGIN_MM);
		return r * r;
	}
}
