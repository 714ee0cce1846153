package org.latticebench.core;

/**
 * Progress and cancellation for long-running compute work, free of any Eclipse dependency.
 * The UI adapts an {@code IProgressMonitor} to this; the CLI prints it.
 * Implementations must be safe to call from worker threads.
 *
 * @since 0.1
 */
public interface ProgressMonitor {

	ProgressMonitor NULL = new ProgressMonitor() {
		@Override
		public void begin(String task, long totalWork) {
		}

		@Override
		public void worked(long work) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	void begin(String task, long totalWork);

	void worked(long work);

	boolean isCanceled();

	default void subTask(String name) {
	}

	default void done() {
	}

	/** Throws {@link CancelledException} when the user has asked to stop. */
	default void checkCanceled() {
		if (isCanceled()) {
			throw new CancelledException();
		}
	}
}
