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
import org.latticebench.evaluation.gamma.GammaResult;
import org.latticebench.evaluation.gamma.GammaSettings;

/** The gamma driver behind {@link org.latticebench.evaluation.gamma.GammaIndex}: selection, threads, statistics. */
public final class GammaEngine {

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
		DvhEngine.Affine map = DvhEngine.Affine.between(rg, eg);
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
			run(reference, evaluated, settings, c, normGy, map, selected, gamma, monitor);
			results.add(summarise(c, settings, normGy, gamma, candidates, count, outside, rg));
		}
		monitor.done();
		return results;
	}

	private static void run(FloatVolume reference, FloatVolume evaluated, GammaSettings st, GammaCriterion c, double normGy,
			DvhEngine.Affine map, boolean[] selected, float[] gamma, ProgressMonitor monitor) {
		Grid3 rg = reference.grid(), eg = evaluated.grid();
		double[] scale = { eg.spacingMm().x() / c.dtaMm(), eg.spacingMm().y() / c.dtaMm(), eg.spacingMm().z() / c.dtaMm() };
		double globalCritGy = c.dosePct() / 100.0 * normGy;
		float[] ref = reference.values();
		Runnable work = () -> IntStream.range(0, rg.nz()).parallel().forEach(k -> {
			if (monitor.isCanceled()) {
				throw new CancelledException();
			}
			GammaSearch search = new GammaSearch(evaluated, st.gammaCap());
			for (int j = 0; j < rg.ny(); j++) {
				for (int i = 0; i < rg.nx(); i++) {
					int n = rg.index(i, j, k);
					if (!selected[n]) {
						continue;
					}
					double critGy = st.local() ? c.dosePct() / 100.0 * ref[n] : globalCritGy;
					gamma[n] = (float) search.gamma(map.di(i, j, k), map.dj(i, j, k), map.dk(i, j, k), scale, ref[n], critGy);
				}
			}
			monitor.worked(1);
		});
		ForkJoinPool pool = new ForkJoinPool(st.threads());
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
		} finally {
			pool.shutdownNow();
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
