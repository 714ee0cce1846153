package org.latticebench.optimization;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * A dense dose operator (row-major float matrix), for small problems and tests. Work is split into
 * fixed blocks of output elements, each summed by one thread in index order, so results are
 * bit-identical for any thread count. Close it to release its threads.
 *
 * @since 0.1
 */
public final class DenseDoseOperator implements DoseOperator, AutoCloseable {

	private static final int BLOCK = 64;

	private final float[] matrix;
	private final int voxels;
	private final int beamlets;
	private final ForkJoinPool pool;

	/**
	 * @param matrix  row-major, {@code matrix[v * beamlets + b]} is the dose in Gy to voxel v per unit weight of
	 *                beamlet b; copied
	 * @param threads 1 for the calling thread only
	 */
	public DenseDoseOperator(float[] matrix, int voxels, int beamlets, int threads) {
		if (voxels < 0 || beamlets < 0 || matrix.length != (long) voxels * beamlets) {
			throw new IllegalArgumentException("a " + voxels + " x " + beamlets + " matrix needs "
					+ (long) voxels * beamlets + " entries, got " + matrix.length);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1, got " + threads);
		}
		this.matrix = matrix.clone();
		this.voxels = voxels;
		this.beamlets = beamlets;
		this.pool = threads == 1 ? null : new ForkJoinPool(threads);
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
	public void multiply(float[] weights, float[] doseOut) {
		run(voxels, v -> {
			double s = 0;
			int base = v * beamlets;
			for (int b = 0; b < beamlets; b++) {
				s += matrix[base + b] * weights[b];
			}
			doseOut[v] = (float) s;
		});
	}

	@Override
	public void multiplyTransposed(float[] voxelValues, float[] beamletOut) {
		run(beamlets, b -> {
			double s = 0;
			for (int v = 0; v < voxels; v++) {
				s += matrix[v * beamlets + b] * voxelValues[v];
			}
			beamletOut[b] = (float) s;
		});
	}

	private void run(int n, java.util.function.IntConsumer body) {
		int blocks = (n + BLOCK - 1) / BLOCK;
		java.util.function.IntConsumer block = k -> {
			for (int i = k * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
				body.accept(i);
			}
		};
		if (pool == null) {
			for (int k = 0; k < blocks; k++) {
				block.accept(k);
			}
		} else {
			pool.submit(() -> IntStream.range(0, blocks).parallel().forEach(block)).join();
		}
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdown();
		}
	}
}
