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

	/** One slice's contribution: a histogram over bins [firstBin, firstBin + hist.length). */
	private record SliceResult(int firstBin, double[] histCc, double doseTimesCc, double minGy, double maxGy,
			double outsideCc) {
	}

	private DvhEngine() {
	}

	public static int supersamplingFor(Grid3 doseGrid, Mask mask, DvhSettings settings) {
		double volumeCc = mask.volumeCc();
		boolean small = volumeCc < settings.supersampleBelowCc() || mask.voxelsInside() < settings.supersampleBelowVoxels();
		if (!small) {
			return 1;
		}
		if (settings.supersamplingPerAxis() > 0) {
			return settings.supersamplingPerAxis();
		}
		Vec3 m = mask.grid().spacingMm();
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
		int[] box = boundingBox(mask);
		if (box == null) {
			throw new InvalidInputException(null, "mask", "the structure is empty (0 cc); no DVH can be computed");
		}
		float doseMax = doseGy.max();
		if (!Float.isFinite(doseMax)) {
			throw new InvalidInputException(null, "dose", "the dose grid holds non-finite values (max " + doseMax + ")");
		}
		int s = supersamplingFor(doseGy.grid(), mask, settings);
		double binWidthGy = settings.binWidthGy();
		int nBins = (int) Math.floor(Math.max(doseMax, 0) / binWidthGy) + 1;
		Affine map = Affine.between(mg, doseGy.grid());
		double subWeight = mg.voxelVolumeCc() / ((double) s * s * s);

		monitor.begin("DVH", box[5] - box[4] + 1L);
		List<SliceResult> slices = IntStream.rangeClosed(box[4], box[5]).parallel()
				.mapToObj(k -> slice(k, box, mask, doseGy, map, s, subWeight, binWidthGy, nBins, monitor)).toList();

		// deterministic reduction: slice order, whatever the thread that computed each slice
		double[] hist = new double[nBins];
		double doseTimesCc = 0, outsideCc = 0, minGy = Double.POSITIVE_INFINITY, maxGy = Double.NEGATIVE_INFINITY;
		for (SliceResult r : slices) {
			for (int b = 0; b < r.histCc.length; b++) {
				hist[r.firstBin + b] += r.histCc[b];
			}
			doseTimesCc += r.doseTimesCc;
			outsideCc += r.outsideCc;
			minGy = Math.min(minGy, r.minGy);
			maxGy = Math.max(maxGy, r.maxGy);
		}
		double totalCc = 0;
		int last = 0;
		for (int b = 0; b < nBins; b++) {
			totalCc += hist[b];
			if (hist[b] > 0) {
				last = b;
			}
		}
		monitor.done();
		return new Dvh(binWidthGy, java.util.Arrays.copyOf(hist, last + 1), totalCc, minGy, maxGy, doseTimesCc / totalCc, s,
				outsideCc);
	}

	private static SliceResult slice(int k, int[] box, Mask mask, FloatVolume dose, Affine map, int s, double subWeight,
			double binWidthGy, int nBins, ProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new CancelledException();
		}
		Grid3 mg = mask.grid();
		float[] fraction = mask.fraction();
		Sampler sampler = new Sampler(dose);
		int maxSamples = (box[1] - box[0] + 1) * (box[3] - box[2] + 1) * s * s * s;
		double[] doses = new double[Math.min(maxSamples, 1 << 16)];
		double[] weights = new double[doses.length];
		int n = 0;
		double outsideCc = 0;
		double[] offset = new double[s];
		for (int u = 0; u < s; u++) {
			offset[u] = (u + 0.5) / s - 0.5;
		}
		for (int j = box[2]; j <= box[3]; j++) {
			int row = mg.index(0, j, k);
			for (int i = box[0]; i <= box[1]; i++) {
				float f = fraction[row + i];
				if (!(f > 0)) {
					continue;
				}
				double w = Math.min(f, 1f) * subWeight;
				for (int c = 0; c < s; c++) {
					for (int b = 0; b < s; b++) {
						for (int a = 0; a < s; a++) {
							double mi = i + offset[a], mj = j + offset[b], mk = k + offset[c];
							double d = sampler.sample(map.di(mi, mj, mk), map.dj(mi, mj, mk), map.dk(mi, mj, mk));
							if (sampler.lastWasOutside) {
								outsideCc += w;
								d = 0;
							} else if (!Double.isFinite(d)) {
								throw new InvalidInputException(null, "dose",
										"non-finite dose at mask voxel (" + i + ", " + j + ", " + k + ")");
							}
							if (n == doses.length) {
								doses = java.util.Arrays.copyOf(doses, n * 2);
								weights = java.util.Arrays.copyOf(weights, n * 2);
							}
							doses[n] = d;
							weights[n++] = w;
						}
					}
				}
			}
		}
		monitor.worked(1);
		if (n == 0) {
			return new SliceResult(0, new double[0], 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0);
		}
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, dw = 0;
		for (int q = 0; q < n; q++) {
			min = Math.min(min, doses[q]);
			max = Math.max(max, doses[q]);
			dw += doses[q] * weights[q];
		}
		int first = bin(min, binWidthGy, nBins), lastBin = bin(max, binWidthGy, nBins);
		double[] hist = new double[lastBin - first + 1];
		for (int q = 0; q < n; q++) {
			hist[bin(doses[q], binWidthGy, nBins) - first] += weights[q];
		}
		return new SliceResult(first, hist, dw, min, max, outsideCc);
	}

	private static int bin(double doseGy, double binWidthGy, int nBins) {
		if (!(doseGy > 0)) {
			return 0;
		}
		return Math.min(nBins - 1, (int) Math.floor(doseGy / binWidthGy));
	}

	/** {imin, imax, jmin, jmax, kmin, kmax} of the voxels with a positive fraction, or null when empty. */
	static int[] boundingBox(Mask mask) {
		Grid3 g = mask.grid();
		float[] f = mask.fraction();
		int[] box = { Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1 };
		int idx = 0;
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++, idx++) {
					if (f[idx] > 0) {
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
			final double e = 0.5 + 1e-9;
			if (fi < -e || fj < -e || fk < -e || fi > nx - 1 + e || fj > ny - 1 + e || fk > nz - 1 + e) {
				lastWasOutside = true;
				return Double.NaN;
			}
			lastWasOutside = false;
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
			return c0 + (c1 - c0) * tz;
		}
	}
}
