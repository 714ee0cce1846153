package org.latticebench.evaluation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.latticebench.core.CancelledException;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.evaluation.gamma.GammaCriterion;
import org.latticebench.evaluation.gamma.GammaInterpolation;
import org.latticebench.evaluation.gamma.GammaResult;
import org.latticebench.evaluation.gamma.GammaSettings;

/** The gamma driver behind {@link org.latticebench.evaluation.gamma.GammaIndex}: selection, threads, statistics. */
public final class GammaEngine {

	/** Evaluated samples kept beyond the search radius when the spline is built on part of the grid. */
	private static final int SPLINE_CONTEXT = 12;

	private GammaEngine() {
	}

	public static List<GammaResult> compute(FloatVolume reference, FloatVolume evaluated, GammaSettings settings,
			ProgressMonitor monitor) {
		checkFinite(reference, "reference dose");
		checkFinite(evaluated, "evaluated dose");
		Grid3 rg = reference.grid(), eg = evaluated.grid();
		if (eg.nx() < 2 || eg.ny() < 2 || eg.nz() < 2) {
			throw new InvalidInputException("evaluated dose", "grid", "needs at least 2 voxels along each axis for "
					+ "trilinear interpolation, got " + eg.nx() + "x" + eg.ny() + "x" + eg.nz());
		}
		double normGy = settings.normalisationGy().orElse(reference.max());
		if (!(normGy > 0)) {
			throw new InvalidInputException("reference dose", null, "maximum is " + normGy + " Gy; nothing to normalise to");
		}
		ForkJoinPool pool = new ForkJoinPool(settings.threads());
		try {
			if (settings.interpolation() == GammaInterpolation.LINEAR) {
				return compute(reference, evaluated, null, settings, normGy, pool, monitor);
			}
			FloatVolume region = searchedRegion(reference, evaluated, settings, normGy);
			float[] coef = CubicSupersampler.coefficients(region, pool);
			Spline spline = new Spline(region.grid(), coef, GammaInterpolation.CUBIC_SUPERSAMPLING);
			return compute(reference, CubicSupersampler.supersample(region, coef, spline.factor(), pool), spline, settings,
					normGy, pool, monitor);
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The part of the evaluated dose that cubic gamma needs: the box around the evaluated reference
	 * voxels, widened by the search radius ({@code cap * DTA}) and by {@link #SPLINE_CONTEXT} samples,
	 * so that the spline on it differs from the spline on the whole grid by less than 1e-7 of the dose
	 * (the prefilter's reach decays by 0.268 per sample). An RTDOSE often covers the whole body while
	 * the 10 % region is a small part of it; the spline is sampled only where it is searched.
	 */
	private static FloatVolume searchedRegion(FloatVolume reference, FloatVolume evaluated, GammaSettings st, double normGy) {
		Grid3 rg = reference.grid(), eg = evaluated.grid();
		DvhEngine.Affine map = DvhEngine.Affine.between(rg, eg);
		boolean[] sel = select(reference, evaluated, st, normGy, map);
		double[] lo = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE }, hi = { -Double.MAX_VALUE, -Double.MAX_VALUE,
				-Double.MAX_VALUE };
		boolean any = false;
		for (int k = 0; k < rg.nz(); k++) {
			for (int j = 0; j < rg.ny(); j++) {
				for (int i = 0; i < rg.nx(); i++) {
					if (sel[rg.index(i, j, k)]) {
						any = true;
						double[] p = { map.di(i, j, k), map.dj(i, j, k), map.dk(i, j, k) };
						for (int a = 0; a < 3; a++) {
							lo[a] = Math.min(lo[a], p[a]);
							hi[a] = Math.max(hi[a], p[a]);
						}
					}
				}
			}
		}
		if (!any) {
			return evaluated;
		}
		double reachMm = st.gammaCap() * st.criteria().stream().mapToDouble(GammaCriterion::dtaMm).max().orElseThrow();
		double[] spacing = { eg.spacingMm().x(), eg.spacingMm().y(), eg.spacingMm().z() };
		int[] n = { eg.nx(), eg.ny(), eg.nz() }, from = new int[3], to = new int[3];
		for (int a = 0; a < 3; a++) {
			int margin = (int) Math.ceil(reachMm / spacing[a]) + 1 + SPLINE_CONTEXT;
			from[a] = Math.max(0, (int) Math.floor(lo[a]) - margin);
			to[a] = Math.min(n[a] - 1, (int) Math.ceil(hi[a]) + margin);
			if (to[a] - from[a] < 1) {
				from[a] = Math.max(0, to[a] - 1);
				to[a] = from[a] + 1;
			}
		}
		if (from[0] == 0 && from[1] == 0 && from[2] == 0 && to[0] == n[0] - 1 && to[1] == n[1] - 1 && to[2] == n[2] - 1) {
			return evaluated;
		}
		Grid3 sub = new Grid3(eg.toPatientMm(from[0], from[1], from[2]), eg.spacingMm(), to[0] - from[0] + 1,
				to[1] - from[1] + 1, to[2] - from[2] + 1, eg.rowDir(), eg.columnDir(), eg.sliceDir());
		float[] v = new float[sub.voxelCount()];
		for (int k = 0; k < sub.nz(); k++) {
			for (int j = 0; j < sub.ny(); j++) {
				for (int i = 0; i < sub.nx(); i++) {
					v[sub.index(i, j, k)] = evaluated.get(from[0] + i, from[1] + j, from[2] + k);
				}
			}
		}
		return new FloatVolume(sub, v);
	}

	/** The cubic B-spline of the evaluated dose: its grid, coefficients, and the supersampling factor of the searched grid. */
	private record Spline(Grid3 grid, float[] coefficients, int factor) {
	}

	/**
	 * @param evaluated the grid that is searched: the evaluated dose itself (linear), or its spline
	 *                  supersampled (cubic)
	 * @param spline    the spline to polish the minimum on, or null (linear)
	 */
	private static List<GammaResult> compute(FloatVolume reference, FloatVolume evaluated, Spline spline, GammaSettings settings,
			double normGy, ForkJoinPool pool, ProgressMonitor monitor) {
		Grid3 rg = reference.grid();
		DvhEngine.Affine map = DvhEngine.Affine.between(rg, evaluated.grid());
		boolean[] selected = select(reference, evaluated, settings, normGy, map);
		int outside = 0;
		int[] candidates = new int[rg.voxelCount()];
		int count = 0;
		double thresholdGy = settings.thresholdPct() / 100.0 * normGy;
		float[] mask = settings.mask().map(m -> maskOnGrid(m, rg)).orElse(null);
		for (int n = 0; n < candidates.length; n++) {
			if (selected[n]) {
				candidates[count++] = n;
			} else if (reference.values()[n] >= thresholdGy && (mask == null || mask[n] >= 0.5f)
					&& !(settings.local() && reference.values()[n] <= 0)) {
				outside++;
			}
		}
		List<GammaResult> results = new ArrayList<>();
		monitor.begin("Gamma", (long) settings.criteria().size() * rg.nz());
		for (GammaCriterion c : settings.criteria()) {
			monitor.subTask(c.label() + (settings.local() ? " local" : " global"));
			float[] gamma = new float[rg.voxelCount()];
			Arrays.fill(gamma, Float.NaN);
			run(reference, evaluated, spline, settings, c, normGy, map, selected, gamma, pool, monitor);
			results.add(summarise(c, settings, normGy, gamma, candidates, count, outside, rg));
		}
		monitor.done();
		return results;
	}

	private static void run(FloatVolume reference, FloatVolume evaluated, Spline spline, GammaSettings st, GammaCriterion c,
			double normGy,
			DvhEngine.Affine map, boolean[] selected, float[] gamma, ForkJoinPool pool, ProgressMonitor monitor) {
		Grid3 rg = reference.grid(), eg = evaluated.grid();
		double[] scale = { eg.spacingMm().x() / c.dtaMm(), eg.spacingMm().y() / c.dtaMm(), eg.spacingMm().z() / c.dtaMm() };
		double globalCritGy = c.dosePct() / 100.0 * normGy;
		float[] ref = reference.values();
		Runnable work = () -> IntStream.range(0, rg.nz()).parallel().forEach(k -> {
			if (monitor.isCanceled()) {
				throw new CancelledException();
			}
			GammaSearch search = new GammaSearch(evaluated, st.gammaCap());
			SplinePolish polish = spline == null ? null : new SplinePolish(spline.grid(), spline.coefficients());
			double[] offsetMm = new double[3];
			for (int j = 0; j < rg.ny(); j++) {
				for (int i = 0; i < rg.nx(); i++) {
					int n = rg.index(i, j, k);
					if (!selected[n]) {
						continue;
					}
					double critGy = st.local() ? c.dosePct() / 100.0 * ref[n] : globalCritGy;
					double u = map.di(i, j, k), v = map.dj(i, j, k), w = map.dk(i, j, k);
					double g = search.gamma(u, v, w, scale, ref[n], critGy);
					if (polish != null && g > 0 && g < st.gammaCap() && search.nearestOffsetMm(c.dtaMm(), offsetMm)) {
						int f = spline.factor();
						g = polish.gamma(u / f, v / f, w / f, offsetMm, c.dtaMm(), ref[n], critGy, st.gammaCap());
					}
					gamma[n] = (float) g;
				}
			}
			monitor.worked(1);
		});
		try {
			pool.submit(work).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancelledException();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/** Reference voxels to evaluate: threshold, mask, inside the evaluated grid, local needs dose &gt; 0. */
	private static boolean[] select(FloatVolume reference, FloatVolume evaluated, GammaSettings st, double normGy,
			DvhEngine.Affine map) {
		Grid3 rg = reference.grid(), eg = evaluated.grid();
		double thresholdGy = st.thresholdPct() / 100.0 * normGy;
		float[] mask = st.mask().map(m -> maskOnGrid(m, rg)).orElse(null);
		boolean[] sel = new boolean[rg.voxelCount()];
		final double eps = 1e-6;
		for (int k = 0; k < rg.nz(); k++) {
			for (int j = 0; j < rg.ny(); j++) {
				for (int i = 0; i < rg.nx(); i++) {
					int n = rg.index(i, j, k);
					float d = reference.values()[n];
					if (d < thresholdGy || (st.local() && d <= 0) || (mask != null && mask[n] < 0.5f)) {
						continue;
					}
					double u = map.di(i, j, k), v = map.dj(i, j, k), w = map.dk(i, j, k);
					sel[n] = u >= -eps && v >= -eps && w >= -eps && u <= eg.nx() - 1 + eps && v <= eg.ny() - 1 + eps
							&& w <= eg.nz() - 1 + eps;
				}
			}
		}
		return sel;
	}

	private static float[] maskOnGrid(Mask m, Grid3 g) {
		return m.grid().sameGeometry(g) ? m.fraction() : Resampler.nearestFractions(m, g);
	}

	private static GammaResult summarise(GammaCriterion c, GammaSettings st, double normGy, float[] gamma, int[] candidates,
			int count, int outside, Grid3 rg) {
		float[] values = new float[count];
		double sum = 0;
		int pass = 0;
		for (int m = 0; m < count; m++) {
			float g = gamma[candidates[m]];
			values[m] = g;
			sum += g;
			if (g <= 1f) {
				pass++;
			}
		}
		Arrays.sort(values);
		double p95 = Double.NaN;
		if (count > 0) {
			double h = 0.95 * (count - 1);
			int lo = (int) Math.floor(h);
			int hi = Math.min(lo + 1, count - 1);
			p95 = values[lo] + (h - lo) * (values[hi] - values[lo]);
		}
		return new GammaResult(c, st.local(), normGy, st.thresholdPct(), count, outside,
				count == 0 ? Double.NaN : 100.0 * pass / count, count == 0 ? Double.NaN : sum / count, p95, st.gammaCap(),
				new FloatVolume(rg, gamma));
	}

	private static void checkFinite(FloatVolume v, String what) {
		float[] a = v.values();
		Grid3 g = v.grid();
		for (int n = 0; n < a.length; n++) {
			if (!Float.isFinite(a[n])) {
				throw new InvalidInputException(what, null, "voxel (" + n % g.nx() + ", " + n / g.nx() % g.ny() + ", "
						+ n / (g.nx() * g.ny()) + ") is " + a[n] + "; gamma needs finite doses");
			}
		}
	}
}
