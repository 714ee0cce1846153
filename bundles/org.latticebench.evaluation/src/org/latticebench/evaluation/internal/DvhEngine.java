package org.latticebench.evaluation.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.latticebench.core.CancelledException;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.DvhSettings;

/** The DVH computation behind {@link org.latticebench.evaluation.DvhCalculator}. */
public final class DvhEngine {

	/**
	 * One slice's contribution over bins [firstBin, firstBin + pointCc.length): point masses, and the
	 * starts (+rate) and ends (-rate) of uniform spreads with rate * dose, by the bin they fall in.
	 */
	private record SliceResult(int firstBin, double[] pointCc, double[] slope, double[] slopeTimesDose,
			double doseTimesCc, double minGy, double maxGy, double outsideCc) {
	}

	private DvhEngine() {
	}

	public static int supersamplingFor(Grid3 doseGrid, Mask mask, DvhSettings settings) {
		return supersamplingFor(doseGrid, mask.grid(), mask.volumeCc(), mask.voxelsInside(), settings);
	}

	private static int supersamplingFor(Grid3 doseGrid, Grid3 maskGrid, double volumeCc, int voxelsInside,
			DvhSettings settings) {
		boolean small = volumeCc < settings.supersampleBelowCc() || voxelsInside < settings.supersampleBelowVoxels();
		if (!small) {
			return 1;
		}
		if (settings.supersamplingPerAxis() > 0) {
			return settings.supersamplingPerAxis();
		}
		Vec3 m = maskGrid.spacingMm();
		Vec3 d = doseGrid.spacingMm();
		double maskMm = Math.max(m.x(), Math.max(m.y(), m.z()));
		double doseMm = Math.min(d.x(), Math.min(d.y(), d.z()));
		// sub-voxels no larger than a third of a dose voxel, and never fewer than 3 per axis
		int s = (int) Math.ceil(3 * maskMm / doseMm - 1e-9);
		return Math.min(DvhSettings.MAX_SUPERSAMPLING, Math.max(3, s));
	}

	public static Dvh compute(FloatVolume doseGy, Mask mask, DvhSettings settings, ProgressMonitor monitor) {
		Objects.requireNonNull(doseGy, "doseGy");
		Objects.requireNonNull(mask, "mask");
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(monitor, "monitor");
		Grid3 mg = mask.grid();
		double[] volumeAndCount = new double[2];
		int[] box = boundingBox(mask, volumeAndCount);
		if (box == null) {
			throw new InvalidInputException(null, "mask", "the structure is empty (0 cc); no DVH can be computed");
		}
		float doseMax = doseGy.max();
		if (!Float.isFinite(doseMax)) {
			throw new InvalidInputException(null, "dose", "the dose grid holds non-finite values (max " + doseMax + ")");
		}
		float doseMin = Float.POSITIVE_INFINITY;
		for (float v : doseGy.values()) {
			doseMin = Math.min(doseMin, v);
		}
		// a trilinear interpolant stays within its corner values, so no spread reaches outside [min, max]
		double[] doseRangeGy = { doseMin, doseMax };
		int s = supersamplingFor(doseGy.grid(), mg, volumeAndCount[0] * mg.voxelVolumeCc(), (int) volumeAndCount[1],
				settings);
		double binWidthGy = settings.binWidthGy();
		Affine map = Affine.between(mg, doseGy.grid());
		double subWeight = mg.voxelVolumeCc() / ((double) s * s * s);

		monitor.begin("DVH", box[5] - box[4] + 1L);
		List<SliceResult> slices = IntStream.rangeClosed(box[4], box[5]).parallel()
				.mapToObj(k -> slice(k, box, mask, doseGy, map, s, subWeight, binWidthGy, doseRangeGy, monitor)).toList();

		// deterministic reduction: slice order, whatever the thread that computed each slice
		int nBins = 1;
		for (SliceResult r : slices) {
			nBins = Math.max(nBins, r.firstBin + r.pointCc.length);
		}
		double[] point = new double[nBins], slope = new double[nBins], slopeTimesDose = new double[nBins];
		double doseTimesCc = 0, outsideCc = 0, minGy = Double.POSITIVE_INFINITY, maxGy = Double.NEGATIVE_INFINITY;
		for (SliceResult r : slices) {
			for (int b = 0; b < r.pointCc.length; b++) {
				point[r.firstBin + b] += r.pointCc[b];
				slope[r.firstBin + b] += r.slope[b];
				slopeTimesDose[r.firstBin + b] += r.slopeTimesDose[b];
			}
			doseTimesCc += r.doseTimesCc;
			outsideCc += r.outsideCc;
			minGy = Math.min(minGy, r.minGy);
			maxGy = Math.max(maxGy, r.maxGy);
		}
		// the spread part of the cumulative-from-below volume at bin edge e is e * sum(slope) - sum(slope * start)
		// over the ramp ends below e; differences of it between edges give the bins
		double[] hist = new double[nBins];
		double sumSlope = 0, sumSlopeDose = 0, below = 0, totalCc = 0;
		int last = 0;
		for (int b = 0; b < nBins; b++) {
			sumSlope += slope[b];
			sumSlopeDose += slopeTimesDose[b];
			double edgeGy = (b + 1) * binWidthGy;
			double upToEdge = edgeGy * sumSlope - sumSlopeDose;
			hist[b] = Math.max(0, point[b] + upToEdge - below);
			below = upToEdge;
			totalCc += hist[b];
			if (hist[b] > 0) {
				last = b;
			}
		}
		monitor.done();
		return new Dvh(binWidthGy, java.util.Arrays.copyOf(hist, last + 1), totalCc, minGy, maxGy, doseTimesCc / totalCc, s,
				outsideCc);
	}

	/**
	 * Samples one mask slice. Each (sub-)voxel sample is taken as a small box in which the dose is
	 * linear (the trilinear gradient at the sample): its volume is spread uniformly over the dose
	 * range of width {@code W = |grad D . box edges|_2} centred on the sample (the uniform with the
	 * same variance as the exact distribution). Without this, samples lying in planes across a
	 * gradient give a staircase DVH; with it a linear field gives the exact DVH of the box.
	 */
	private static SliceResult slice(int k, int[] box, Mask mask, FloatVolume dose, Affine map, int s, double subWeight,
			double binWidthGy, double[] doseRangeGy, ProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new CancelledException();
		}
		Grid3 mg = mask.grid();
		float[] fraction = mask.fraction();
		Sampler sampler = new Sampler(dose);
		int capacity = 1 << 12;
		double[] doses = new double[capacity], widths = new double[capacity], weights = new double[capacity];
		int n = 0;
		double outsideCc = 0;
		double[] offset = new double[s];
		for (int u = 0; u < s; u++) {
			offset[u] = (u + 0.5) / s - 0.5;
		}
		double[] share = new double[s * s * s];
		double[] grad = new double[3];
		for (int j = box[2]; j <= box[3]; j++) {
			int row = mg.index(0, j, k);
			for (int i = box[0]; i <= box[1]; i++) {
				float f = fraction[row + i];
				if (!(f > 0)) {
					continue;
				}
				boolean partial = f < 1f && s > 1 && subWeights(mask, i, j, k, offset, share);
				double w = Math.min(f, 1f) * subWeight;
				int u = 0;
				for (int c = 0; c < s; c++) {
					for (int b = 0; b < s; b++) {
						for (int a = 0; a < s; a++, u++) {
							if (partial) {
								w = f * subWeight * s * s * s * share[u];
							}
							double mi = i + offset[a], mj = j + offset[b], mk = k + offset[c];
							double d = sampler.sample(map.di(mi, mj, mk), map.dj(mi, mj, mk), map.dk(mi, mj, mk), grad);
							double width = 0;
							if (sampler.lastWasOutside) {
								outsideCc += w;
								d = 0;
							} else if (!Double.isFinite(d)) {
								throw new InvalidInputException(null, "dose",
										"non-finite dose at mask voxel (" + i + ", " + j + ", " + k + ")");
							} else {
								width = map.spreadGy(grad, s);
							}
							if (n == doses.length) {
								doses = java.util.Arrays.copyOf(doses, n * 2);
								widths = java.util.Arrays.copyOf(widths, n * 2);
								weights = java.util.Arrays.copyOf(weights, n * 2);
							}
							doses[n] = d;
							widths[n] = width;
							weights[n++] = w;
						}
					}
				}
			}
		}
		monitor.worked(1);
		if (n == 0) {
			return new SliceResult(0, new double[0], new double[0], new double[0], 0, Double.POSITIVE_INFINITY,
					Double.NEGATIVE_INFINITY, 0);
		}
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, dw = 0;
		for (int q = 0; q < n; q++) {
			double lo = low(doses[q], widths[q], doseRangeGy), hi = high(doses[q], widths[q], doseRangeGy);
			min = Math.min(min, lo);
			max = Math.max(max, hi);
			dw += doses[q] * weights[q];
		}
		int first = bin(min, binWidthGy), lastBin = bin(max, binWidthGy);
		int len = lastBin - first + 1;
		double[] point = new double[len], slope = new double[len], slopeTimesDose = new double[len];
		for (int q = 0; q < n; q++) {
			double lo = low(doses[q], widths[q], doseRangeGy), hi = high(doses[q], widths[q], doseRangeGy);
			if (hi - lo < binWidthGy * 1e-3) {
				point[bin(doses[q], binWidthGy) - first] += weights[q];
			} else {
				double rate = weights[q] / (hi - lo);
				int bl = bin(lo, binWidthGy) - first, bh = bin(hi, binWidthGy) - first;
				slope[bl] += rate;
				slopeTimesDose[bl] += rate * lo;
				slope[bh] -= rate;
				slopeTimesDose[bh] -= rate * hi;
			}
		}
		return new SliceResult(first, point, slope, slopeTimesDose, dw, min, max, outsideCc);
	}

	/**
	 * Lower end of a sample's dose range: not below the grid's coldest voxel (nor above the sample,
	 * which may be an outside sample counted at 0 Gy), and a non-negative dose is not spread below 0 Gy.
	 */
	private static double low(double doseGy, double widthGy, double[] doseRangeGy) {
		double lo = Math.max(doseGy - widthGy / 2, Math.min(doseRangeGy[0], doseGy));
		return doseGy >= 0 ? Math.max(0, lo) : lo;
	}

	/** Upper end of a sample's dose range: never above the grid's hottest voxel (nor below the sample). */
	private static double high(double doseGy, double widthGy, double[] doseRangeGy) {
		return Math.max(doseGy, Math.min(doseGy + widthGy / 2, doseRangeGy[1]));
	}

	private static int bin(double doseGy, double binWidthGy) {
		if (!(doseGy > 0)) {
			return 0;
		}
		return (int) Math.floor(doseGy / binWidthGy);
	}

	/**
	 * Where inside a partial voxel its volume lies is not known from the fractions alone. Spreading
	 * it uniformly puts some of it outside the structure, which smears the DVH tails in steep
	 * gradients. Instead the surface is reconstructed as the 0.5 level set of the fractions
	 * interpolated trilinearly between voxel centres: the voxel's volume goes to the sub-samples
	 * inside it. When none is inside (a voxel clipped by less than half everywhere) the shares
	 * follow the interpolated fractions, and when those are all 0, the spread is uniform. The
	 * shares sum to 1, so the voxel's volume is unchanged.
	 *
	 * @return false for the uniform fallback
	 */
	private static boolean subWeights(Mask mask, int i, int j, int k, double[] offset, double[] share) {
		Grid3 g = mask.grid();
		float[] fr = mask.fraction();
		int s = offset.length;
		double sumInside = 0, sum = 0;
		int u = 0;
		for (int c = 0; c < s; c++) {
			for (int b = 0; b < s; b++) {
				for (int a = 0; a < s; a++, u++) {
					double v = interpolate(g, fr, i + offset[a], j + offset[b], k + offset[c]);
					share[u] = v;
					sum += v;
					sumInside += v >= 0.5 ? 1 : 0;
				}
			}
		}
		if (sumInside > 0) {
			for (int q = 0; q < share.length; q++) {
				share[q] = share[q] >= 0.5 ? 1 / sumInside : 0;
			}
			return true;
		}
		if (!(sum > 0)) {
			return false;
		}
		for (int q = 0; q < share.length; q++) {
			share[q] /= sum;
		}
		return true;
	}

	private static double interpolate(Grid3 g, float[] fr, double fi, double fj, double fk) {
		int i0 = (int) Math.floor(fi), j0 = (int) Math.floor(fj), k0 = (int) Math.floor(fk);
		double tx = fi - i0, ty = fj - j0, tz = fk - k0;
		double sum = 0;
		for (int dk = 0; dk <= 1; dk++) {
			for (int dj = 0; dj <= 1; dj++) {
				for (int di = 0; di <= 1; di++) {
					int ii = i0 + di, jj = j0 + dj, kk = k0 + dk;
					double w = (di == 0 ? 1 - tx : tx) * (dj == 0 ? 1 - ty : ty) * (dk == 0 ? 1 - tz : tz);
					if (w > 0 && g.contains(ii, jj, kk)) {
						sum += w * fr[g.index(ii, jj, kk)];
					}
				}
			}
		}
		return Math.max(0, sum);
	}

	/**
	 * {imin, imax, jmin, jmax, kmin, kmax} of the voxels with a positive fraction, or null when empty;
	 * also adds up the fractions and counts the voxels into {@code sumAndCount}.
	 */
	static int[] boundingBox(Mask mask, double[] sumAndCount) {
		Grid3 g = mask.grid();
		float[] f = mask.fraction();
		int[] box = { Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1 };
		int idx = 0;
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++, idx++) {
					if (f[idx] > 0) {
						sumAndCount[0] += f[idx];
						sumAndCount[1]++;
						box[0] = Math.min(box[0], i);
						box[1] = Math.max(box[1], i);
						box[2] = Math.min(box[2], j);
						box[3] = Math.max(box[3], j);
						box[4] = Math.min(box[4], k);
						box[5] = Math.max(box[5], k);
					}
				}
			}
		}
		return box[1] < 0 ? null : box;
	}

	/** Maps continuous mask indices to continuous dose indices (both grids are affine). */
	record Affine(double[] base, double[] ci, double[] cj, double[] ck) {

		static Affine between(Grid3 from, Grid3 to) {
			double[] base = to.toIndex(from.toPatientMm(0, 0, 0));
			return new Affine(base, minus(to.toIndex(from.toPatientMm(1, 0, 0)), base),
					minus(to.toIndex(from.toPatientMm(0, 1, 0)), base), minus(to.toIndex(from.toPatientMm(0, 0, 1)), base));
		}

		private static double[] minus(double[] a, double[] b) {
			return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
		}

		/**
		 * Dose range across a sub-voxel of 1/s mask voxels per axis, from the gradient in dose-index
		 * units: the root sum of squares of the dose change along each sub-voxel edge.
		 */
		double spreadGy(double[] grad, int s) {
			double ei = grad[0] * ci[0] + grad[1] * ci[1] + grad[2] * ci[2];
			double ej = grad[0] * cj[0] + grad[1] * cj[1] + grad[2] * cj[2];
			double ek = grad[0] * ck[0] + grad[1] * ck[1] + grad[2] * ck[2];
			return Math.sqrt(ei * ei + ej * ej + ek * ek) / s;
		}

		double di(double i, double j, double k) {
			return base[0] + i * ci[0] + j * cj[0] + k * ck[0];
		}

		double dj(double i, double j, double k) {
			return base[1] + i * ci[1] + j * cj[1] + k * ck[1];
		}

		double dk(double i, double j, double k) {
			return base[2] + i * ci[2] + j * cj[2] + k * ck[2];
		}
	}

	/**
	 * Trilinear sampling that extends each edge voxel by half a voxel (its own extent) with the
	 * edge value; beyond that a sample is outside and returns NaN with {@link #lastWasOutside} set.
	 * Not thread-safe: one per slice task.
	 */
	static final class Sampler {
		private final float[] v;
		private final int nx, ny, nz;
		boolean lastWasOutside;

		Sampler(FloatVolume volume) {
			this.v = volume.values();
			this.nx = volume.grid().nx();
			this.ny = volume.grid().ny();
			this.nz = volume.grid().nz();
		}

		double sample(double fi, double fj, double fk) {
			return sample(fi, fj, fk, null);
		}

		/** On a voxel centre (coincident grids): the stored value, central differences for the gradient. */
		private double atCentre(int i, int j, int k, double[] grad) {
			int sj = nx, sk = nx * ny;
			int idx = i + j * sj + k * sk;
			if (grad != null) {
				grad[0] = difference(idx, i, nx, 1);
				grad[1] = difference(idx, j, ny, sj);
				grad[2] = difference(idx, k, nz, sk);
			}
			return v[idx];
		}

		private double difference(int idx, int pos, int n, int stride) {
			if (n == 1) {
				return 0;
			}
			if (pos == 0) {
				return v[idx + stride] - v[idx];
			}
			if (pos == n - 1) {
				return v[idx] - v[idx - stride];
			}
			return 0.5 * (v[idx + stride] - v[idx - stride]);
		}

		/** Value, and when {@code grad} is given the gradient in index units (0 along clamped axes). */
		double sample(double fi, double fj, double fk, double[] grad) {
			final double e = 0.5 + 1e-9;
			if (fi < -e || fj < -e || fk < -e || fi > nx - 1 + e || fj > ny - 1 + e || fk > nz - 1 + e) {
				lastWasOutside = true;
				return Double.NaN;
			}
			lastWasOutside = false;
			int ri = (int) Math.rint(fi), rj = (int) Math.rint(fj), rk = (int) Math.rint(fk);
			if (Math.abs(fi - ri) < 1e-9 && Math.abs(fj - rj) < 1e-9 && Math.abs(fk - rk) < 1e-9 && ri >= 0 && rj >= 0
					&& rk >= 0 && ri < nx && rj < ny && rk < nz) {
				return atCentre(ri, rj, rk, grad);
			}
			boolean clampI = fi < 0 || fi > nx - 1, clampJ = fj < 0 || fj > ny - 1, clampK = fk < 0 || fk > nz - 1;
			fi = Math.max(0, Math.min(fi, nx - 1));
			fj = Math.max(0, Math.min(fj, ny - 1));
			fk = Math.max(0, Math.min(fk, nz - 1));
			int i0 = Math.min((int) fi, Math.max(nx - 2, 0)), j0 = Math.min((int) fj, Math.max(ny - 2, 0)),
					k0 = Math.min((int) fk, Math.max(nz - 2, 0));
			int i1 = Math.min(i0 + 1, nx - 1), j1 = Math.min(j0 + 1, ny - 1), k1 = Math.min(k0 + 1, nz - 1);
			double tx = fi - i0, ty = fj - j0, tz = fk - k0;
			int sj = nx, sk = nx * ny;
			int b00 = j0 * sj + k0 * sk, b10 = j1 * sj + k0 * sk, b01 = j0 * sj + k1 * sk, b11 = j1 * sj + k1 * sk;
			double c00 = v[b00 + i0] + (v[b00 + i1] - v[b00 + i0]) * tx;
			double c10 = v[b10 + i0] + (v[b10 + i1] - v[b10 + i0]) * tx;
			double c01 = v[b01 + i0] + (v[b01 + i1] - v[b01 + i0]) * tx;
			double c11 = v[b11 + i0] + (v[b11 + i1] - v[b11 + i0]) * tx;
			double c0 = c00 + (c10 - c00) * ty;
			double c1 = c01 + (c11 - c01) * ty;
			if (grad != null) {
				double dx00 = v[b00 + i1] - v[b00 + i0], dx10 = v[b10 + i1] - v[b10 + i0];
				double dx01 = v[b01 + i1] - v[b01 + i0], dx11 = v[b11 + i1] - v[b11 + i0];
				double dx0 = dx00 + (dx10 - dx00) * ty, dx1 = dx01 + (dx11 - dx01) * ty;
				grad[0] = clampI || i1 == i0 ? 0 : dx0 + (dx1 - dx0) * tz;
				double dy0 = c10 - c00, dy1 = c11 - c01;
				grad[1] = clampJ || j1 == j0 ? 0 : dy0 + (dy1 - dy0) * tz;
				grad[2] = clampK || k1 == k0 ? 0 : c1 - c0;
				// on a voxel centre the interpolant has a kink: use the central difference there, so the
				// spread does not depend on which neighbouring cell the index happens to fall in
				if (!clampI && tx < 1e-9 && i0 > 0) {
					grad[0] = 0.5 * (sample(fi + 1, fj, fk, null) - sample(fi - 1, fj, fk, null));
				}
				if (!clampJ && ty < 1e-9 && j0 > 0) {
					grad[1] = 0.5 * (sample(fi, fj + 1, fk, null) - sample(fi, fj - 1, fk, null));
				}
				if (!clampK && tz < 1e-9 && k0 > 0) {
					grad[2] = 0.5 * (sample(fi, fj, fk + 1, null) - sample(fi, fj, fk - 1, null));
				}
			}
			return c0 + (c1 - c0) * tz;
		}
	}
}
