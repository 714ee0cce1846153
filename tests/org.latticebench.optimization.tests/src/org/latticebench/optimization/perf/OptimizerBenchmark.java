package org.latticebench.optimization.perf;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.optimization.DoseOperator;
import org.latticebench.optimization.FluenceOptimizer;
import org.latticebench.optimization.ObjectiveFactory;
import org.latticebench.optimization.ObjectiveTerm;
import org.latticebench.optimization.OptimizationResult;
import org.latticebench.optimization.OptimizerSettings;
import org.latticebench.optimization.StructureVoxels;
import org.latticebench.optimization.solver.LbfgsSettings;

/**
 * Not a test: time per optimiser iteration on a synthetic sparse matrix of dose-engine size, against
 * the memory-bandwidth bound (matrix bytes read per iteration ÷ measured streaming bandwidth).
 * Run: {@code java -cp <core>:<optimization>:<this fragment> org.latticebench.optimization.perf.OptimizerBenchmark [voxels beamlets nnzPerBeamlet threads]}
 */
public final class OptimizerBenchmark {

	private OptimizerBenchmark() {
	}

	/** Column- and row-compressed copies, so both products parallelise over outputs without races. */
	static final class SparseOperator implements DoseOperator {
		final int voxels, beamlets;
		final int[] colPtr, rowIdx, rowPtr, colIdx;
		final float[] cscValues, csrValues;
		final ForkJoinPool pool;

		SparseOperator(int voxels, int beamlets, int nnzPerBeamlet, int threads, long seed) {
			this.voxels = voxels;
			this.beamlets = beamlets;
			Random r = new Random(seed);
			colPtr = new int[beamlets + 1];
			rowIdx = new int[beamlets * nnzPerBeamlet];
			cscValues = new float[rowIdx.length];
			int[] rowCount = new int[voxels];
			for (int b = 0; b < beamlets; b++) {
				colPtr[b + 1] = colPtr[b] + nnzPerBeamlet;
				// a pencil beam: a contiguous band of rows with a smooth profile
				int first = r.nextInt(voxels - nnzPerBeamlet);
				for (int k = 0; k < nnzPerBeamlet; k++) {
					rowIdx[colPtr[b] + k] = first + k;
					cscValues[colPtr[b] + k] = (float) (0.01 * Math.exp(-k / (double) nnzPerBeamlet));
					rowCount[first + k]++;
				}
			}
			rowPtr = new int[voxels + 1];
			for (int v = 0; v < voxels; v++) {
				rowPtr[v + 1] = rowPtr[v] + rowCount[v];
			}
			colIdx = new int[rowIdx.length];
			csrValues = new float[rowIdx.length];
			int[] fill = rowPtr.clone();
			for (int b = 0; b < beamlets; b++) {
				for (int k = colPtr[b]; k < colPtr[b + 1]; k++) {
					int p = fill[rowIdx[k]]++;
					colIdx[p] = b;
					csrValues[p] = cscValues[k];
				}
			}
			pool = new ForkJoinPool(threads);
		}

		long bytesPerIteration() {
			// D·w reads the CSR values and columns, Dᵀ·g the CSC values and rows
			return 2L * rowIdx.length * (Float.BYTES + Integer.BYTES);
		}

		@Override
		public int voxelCount() {
			return voxels;
		}

		@Override
		public int beamletCount() {
			return beamlets;
		}

		@Override
		public void multiply(float[] w, float[] out) {
			pool.submit(() -> IntStream.range(0, (voxels + 1023) / 1024).parallel().forEach(blk -> {
				for (int v = blk * 1024, end = Math.min(voxels, v + 1024); v < end; v++) {
					float s = 0;
					for (int k = rowPtr[v]; k < rowPtr[v + 1]; k++) {
						s += csrValues[k] * w[colIdx[k]];
					}
					out[v] = s;
				}
			})).join();
		}

		@Override
		public void multiplyTransposed(float[] g, float[] out) {
			pool.submit(() -> IntStream.range(0, beamlets).parallel().forEach(b -> {
				float s = 0;
				for (int k = colPtr[b]; k < colPtr[b + 1]; k++) {
					s += cscValues[k] * g[rowIdx[k]];
				}
				out[b] = s;
			})).join();
		}
	}

	/** Best-of-5 read bandwidth in bytes/s, summing a 256 MiB array on the given threads. */
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
			double sec = (System.nanoTime() - t0) * 1e-9;
			best = Math.max(best, 4.0 * a.length / sec);
			if (s < 0) {
				System.out.println(s); // keeps the sum alive
			}
		}
		pool.shutdown();
		return best;
	}

	public static void main(String[] args) {
		int voxels = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
		int beamlets = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
		int nnz = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
		int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
		double bw = streamingBandwidth(threads);
		SparseOperator op = new SparseOperator(voxels, beamlets, nnz, threads, 42);
		int[] target = IntStream.range(voxels / 2 - voxels / 20, voxels / 2 + voxels / 20).toArray();
		int[] normal = IntStream.range(0, voxels).filter(v -> Math.abs(v - voxels / 2) > voxels / 10).toArray();
		List<ObjectiveTerm> terms = ObjectiveFactory.builtIn().terms(List.of(
				ObjectiveSpec.of(Type.MIN_DOSE, "T", 50, 100), ObjectiveSpec.of(Type.MAX_DOSE, "T", 52, 100),
				new ObjectiveSpec(Type.MAX_DVH, "N", 20, 10, Double.NaN, 5), ObjectiveSpec.of(Type.MAX_MEAN, "N", 10, 1)),
				java.util.Map.of("T", StructureVoxels.whole(target), "N", StructureVoxels.whole(normal)), voxels);
		int iterations = 30;
		OptimizerSettings s = OptimizerSettings.defaults().withSolver(new LbfgsSettings(iterations, 10, 0, 0, 40));
		OptimizationResult r = new FluenceOptimizer().optimize(op, terms, s, ProgressMonitor.NULL);
		long bytes = op.bytesPerIteration();
		double perIteration = r.elapsedSeconds() / Math.max(1, r.iterations());
		double perEvaluation = r.elapsedSeconds() / Math.max(1, r.evaluations());
		System.out.printf("matrix %d x %d, %d nonzeros (%.0f MiB per D·w + Dᵀ·g), %d threads%n", voxels, beamlets,
				(long) beamlets * nnz, bytes / 1048576.0, threads);
		System.out.printf("streaming read bandwidth %.2f GB/s -> bound %.1f ms per product pair%n", bw * 1e-9,
				1e3 * bytes / bw);
		System.out.printf("%d iterations, %d evaluations in %.2f s: %.1f ms per iteration, %.1f ms per evaluation (%s)%n",
				r.iterations(), r.evaluations(), r.elapsedSeconds(), 1e3 * perIteration, 1e3 * perEvaluation, r.reason());
		System.out.printf("time per iteration / bandwidth bound = %.2f%n", perIteration / (bytes / bw));
		op.pool.shutdown();
	}
}
