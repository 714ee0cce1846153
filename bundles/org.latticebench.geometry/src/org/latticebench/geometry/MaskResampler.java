package org.latticebench.geometry;

import java.util.stream.IntStream;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;

/**
 * Moves a mask onto another axis-aligned grid (e.g. from the CT grid to a coarser dose grid).
 * <p>
 * Fractions are interpolated trilinearly at the target voxel centres. Where the target spacing
 * along an axis is larger than the source's, the target voxel is sampled at
 * {@code ceil(target / source)} evenly spaced points along that axis and averaged, so coarse
 * targets integrate the fractions instead of aliasing them; the volume is then kept to a fraction of
 * a percent. Trilinear interpolation and averaging are both separable, so the work is three 1D
 * passes. The source is taken to extend half a voxel past its outermost centres (nearest value
 * there); beyond that the fraction is 0. A target aligned with the source (same spacing and
 * directions, origins whole voxels apart, as a cropped mask and its CT grid) gets the source's
 * values voxel for voxel, which is what the interpolation gives there, without rounding.
 *
 * @since 0.1
 */
public final class MaskResampler {

	private MaskResampler() {
	}

	public static Mask resample(Mask m, Grid3 target) {
		Grid3 src = m.grid();
		GridChecks.requireAxisAligned(src, "resampling (source grid)");
		GridChecks.requireAxisAligned(target, "resampling (target grid)");
		if (src.sameGeometry(target)) {
			return new Mask(target, m.fraction().clone());
		}
		if (target.alignedOffsetIn(src).isPresent()) {
			// a cropped structure mask back on its CT grid (or another box of it): voxel for voxel, exact
			return m.embedIn(target);
		}
		int[] dims = { src.nx(), src.ny(), src.nz() };
		float[] data = m.fraction();
		for (int axis = 0; axis < 3; axis++) {
			AxisWeights w = weights(src.originMm().get(axis), src.spacingMm().get(axis), src.size(axis),
					target.originMm().get(axis), target.spacingMm().get(axis), target.size(axis));
			data = applyAxis(data, dims, axis, w);
			dims[axis] = target.size(axis);
		}
		for (int n = 0; n < data.length; n++) {
			data[n] = Math.min(1f, Math.max(0f, data[n]));
		}
		return new Mask(target, data);
	}

	/** For target index t: source indices idx[t][*] with weights w[t][*]. */
	private record AxisWeights(int[][] idx, double[][] w) {
	}

	private static AxisWeights weights(double srcOrigin, double srcSpacing, int srcN, double tgtOrigin, double tgtSpacing,
			int tgtN) {
		int sub = Math.max(1, (int) Math.ceil(tgtSpacing / srcSpacing - 1e-9));
		int[][] idx = new int[tgtN][];
		double[][] w = new double[tgtN][];
		double[] acc = new double[srcN];
		for (int t = 0; t < tgtN; t++) {
			int lo = Integer.MAX_VALUE, hi = -1;
			for (int s = 0; s < sub; s++) {
				double pos = tgtOrigin + (t + (s + 0.5) / sub - 0.5) * tgtSpacing;
				double fi = (pos - srcOrigin) / srcSpacing;
				if (fi < -0.5 || fi > srcN - 0.5) {
					continue;
				}
				fi = Math.max(0, Math.min(srcN - 1, fi));
				int i0 = Math.min((int) Math.floor(fi), Math.max(0, srcN - 2));
				double frac = fi - i0;
				acc[i0] += (1 - frac) / sub;
				lo = Math.min(lo, i0);
				hi = Math.max(hi, i0);
				if (srcN > 1) {
					acc[i0 + 1] += frac / sub;
					hi = Math.max(hi, i0 + 1);
				}
			}
			int count = hi < 0 ? 0 : hi - lo + 1;
			idx[t] = new int[count];
			w[t] = new double[count];
			for (int c = 0; c < count; c++) {
				idx[t][c] = lo + c;
				w[t][c] = acc[lo + c];
				acc[lo + c] = 0;
			}
		}
		return new AxisWeights(idx, w);
	}

	/** Applies the weights along one axis of a (nx, ny, nz) array, i fastest. */
	private static float[] applyAxis(float[] in, int[] dims, int axis, AxisWeights aw) {
		int inner = 1;
		for (int a = 0; a < axis; a++) {
			inner *= dims[a];
		}
		int outer = 1;
		for (int a = axis + 1; a < 3; a++) {
			outer *= dims[a];
		}
		int nIn = dims[axis], nOut = aw.idx().length;
		float[] out = new float[inner * nOut * outer];
		final int innerF = inner;
		IntStream.range(0, outer).parallel().forEach(o -> {
			for (int t = 0; t < nOut; t++) {
				int dst = (o * nOut + t) * innerF;
				int[] idx = aw.idx()[t];
				double[] w = aw.w()[t];
				for (int c = 0; c < idx.length; c++) {
					int src = (o * nIn + idx[c]) * innerF;
					float wc = (float) w[c];
					if (wc == 0) {
						continue;
					}
					for (int r = 0; r < innerF; r++) {
						out[dst + r] += wc * in[src + r];
					}
				}
			}
		});
		return out;
	}
}
