import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.StandardPlanPipeline;
import org.latticebench.workflow.WorkflowSettings;

import com.sun.management.OperatingSystemMXBean;

/**
 * End-to-end plan benchmark (not a test; run with ./run.sh [repeats] [grid-mm] [threads]): SBRT 50 Gy / 5 fx
 * and lattice SFRT on the built-in phantom (2.5 mm CT), 9 coplanar 6 MV beams, 5 mm beamlets, through the
 * standard pipeline on a 3 mm dose grid. Reports per plan the medians over the repeats of the matrix time,
 * optimisation time and iterations, time per iteration against the memory-bandwidth bound (matrix bytes
 * read by one D·w and one Dᵀ·g, divided by a measured streaming read bandwidth), the final-dose time and
 * the end-to-end time (matrix + optimisation + final dose), as wall-clock and process CPU time.
 */
public final class WorkflowBench {

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	public static void main(String[] args) {
		int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
		double gridMm = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
		int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
		StudySnapshot study = LiverPhantom.build(PhantomParameters.defaults(), ProgressMonitor.NULL);
		WorkflowSettings settings = WorkflowSettings.defaults().withDoseGridSpacingMm(gridMm).withThreads(threads);
		StandardPlanPipeline pipeline = new StandardPlanPipeline();
		double bandwidth = streamingBandwidth(threads);
		System.out.printf(Locale.ROOT, "phantom %s, dose grid %.1f mm, %d threads, %d repeats; streaming read %.2f GB/s%n",
				study.ctHu().grid(), gridMm, threads, repeats, bandwidth * 1e-9);
		for (String id : List.of("sbrt-50-5", "lattice-sfrt")) {
			PlanRequest request = PlanRequest.of(RegimenLibrary.builtIn().require(id));
			List<double[]> rows = new ArrayList<>();
			PlanRun last = null;
			for (int r = 0; r < repeats; r++) {
				System.gc();
				long c0 = OS.getProcessCpuTime();
				last = pipeline.run(study, request, settings, ProgressMonitor.NULL);
				double cpu = (OS.getProcessCpuTime() - c0) / 1e9;
				var t = last.times();
				double matrix = sec(t.matrix()), opt = sec(t.optimize()), fin = sec(t.finalDose());
				int it = last.optimization().iterations();
				rows.add(new double[] { matrix, opt, it, opt / Math.max(it, 1), fin, matrix + opt + fin, cpu,
						last.optimization().evaluations() });
				System.out.printf(Locale.ROOT,
						"  %s run %d: matrix %.2f s, optimise %.2f s (%d iterations, %d evaluations), final dose %.2f s,"
								+ " end to end %.2f s (process CPU %.1f s, load %.1f)%n",
						id, r + 1, matrix, opt, it, last.optimization().evaluations(), fin, matrix + opt + fin, cpu,
						OS.getSystemLoadAverage());
			}
			double[] history = last.optimization().objectiveHistory();
			StringBuilder h = new StringBuilder("  objective by iteration:");
			for (int k = 0; k < history.length; k += 10) {
				h.append(String.format(Locale.ROOT, " %d:%.4g", k, history[k]));
			}
			h.append(String.format(Locale.ROOT, " last(%d):%.4g", history.length - 1, history[history.length - 1]));
			System.out.println(h);
			double bytes = last.matrix().bytesPerIteration();
			double bound = bytes / bandwidth;
			double perIt = median(rows, 3), evals = median(rows, 7), iters = median(rows, 2);
			System.out.printf(Locale.ROOT, "%s medians: matrix %.2f s (%d beamlets, %d non-zeros, %d MiB), optimise %.2f s,"
					+ " %.0f iterations, %.3f s per iteration; final dose %.2f s; END TO END %.2f s%n", id, median(rows, 0),
					last.matrix().columns(), last.matrix().nonZeros(), last.matrix().bytes() >> 20, median(rows, 1), iters,
					perIt, median(rows, 4), median(rows, 5));
			System.out.printf(Locale.ROOT,
					"  bandwidth bound: %.0f MB per D·w + Dᵀ·g pair -> %.3f s; per iteration %.2fx the bound"
							+ " (%.2f objective evaluations per iteration, so %.2fx per evaluation)%n",
					bytes / 1e6, bound, perIt / bound, evals / Math.max(iters, 1), perIt / bound / (evals / Math.max(iters, 1)));
		}
	}

	private static double sec(java.time.Duration d) {
		return d.toNanos() / 1e9;
	}

	private static double median(List<double[]> rows, int col) {
		double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
		return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
	}

	/** Best-of-5 read bandwidth in bytes/s, summing a 256 MiB float array in 256 blocks on the given threads. */
	static double streamingBandwidth(int threads) {
		float[] a = new float[64 << 20];
		for (int i = 0; i < a.length; i++) {
			a[i] = i & 7;
		}
		ForkJoinPool pool = new ForkJoinPool(threads);
		double best = 0;
		for (int rep = 0; rep < 5; rep++) {
			long t0 = System.nanoTime();
			double s = pool.submit(() -> IntStream.range(0, 256).parallel().mapToDouble(blk -> {
				float acc = 0;
				for (int i = blk * (a.length / 256), end = i + a.length / 256; i < end; i++) {
					acc += a[i];
				}
				return acc;
			}).sum()).join();
			best = Math.max(best, 4.0 * a.length / ((System.nanoTime() - t0) * 1e-9));
			if (s < 0) {
				System.out.println(s);
			}
		}
		pool.shutdown();
		return best;
	}
}
