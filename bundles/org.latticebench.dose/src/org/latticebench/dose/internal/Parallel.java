package org.latticebench.dose.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.latticebench.core.CancelledException;
import org.latticebench.core.ProgressMonitor;

/**
 * Chunked parallel loops on a ForkJoinPool. The split into chunks depends only on the problem
 * size, never on the thread count, and every chunk writes disjoint outputs, which is what keeps
 * results bit-identical for any number of threads. Each chunk first checks for cancellation and
 * reports one unit of work; chunks are sized to take well under 0.5 s.
 */
public final class Parallel implements AutoCloseable {

	/** Body of a loop over the half-open index range [from, to). */
	@FunctionalInterface
	public interface RangeBody {
		void run(int from, int to);
	}

	private final ForkJoinPool pool;
	private final ProgressMonitor monitor;
	private final AtomicBoolean cancelled = new AtomicBoolean();

	public Parallel(int threads, ProgressMonitor monitor) {
		this.pool = new ForkJoinPool(Math.max(1, threads));
		this.monitor = monitor;
	}

	public int threads() {
		return pool.getParallelism();
	}

	/** Number of chunks {@link #forRange} makes for {@code n} items of {@code chunkSize}. */
	public static int chunks(int n, int chunkSize) {
		return (n + chunkSize - 1) / chunkSize;
	}

	/** Runs {@code body} over [0, n) in chunks of {@code chunkSize}; throws CancelledException if asked to stop. */
	public void forRange(int n, int chunkSize, RangeBody body) {
		checkCancelled();
		List<Callable<Void>> tasks = new ArrayList<>();
		for (int from = 0; from < n; from += chunkSize) {
			int f = from, t = Math.min(n, from + chunkSize);
			tasks.add(() -> {
				if (cancelled.get()) {
					return null;
				}
				if (monitor.isCanceled()) {
					cancelled.set(true);
					return null;
				}
				body.run(f, t);
				monitor.worked(1);
				return null;
			});
		}
		List<Future<Void>> futures;
		try {
			ExecutorService executor = pool; // declares InterruptedException on every JDK
			futures = executor.invokeAll(tasks);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancelledException();
		}
		for (Future<Void> fu : futures) {
			try {
				fu.get();
			} catch (ExecutionException e) {
				Throwable c = e.getCause();
				if (c instanceof RuntimeException r) {
					throw r;
				}
				if (c instanceof Error er) {
					throw er;
				}
				throw new IllegalStateException(c);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancelledException();
			}
		}
		checkCancelled();
	}

	/** Throws CancelledException when the monitor (or an earlier chunk) asked to stop. */
	public void checkCancelled() {
		if (cancelled.get() || monitor.isCanceled()) {
			cancelled.set(true);
			throw new CancelledException();
		}
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}
}
