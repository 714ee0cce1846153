package org.latticebench.ui.internal.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.latticebench.core.ProgressMonitor;

/** Lets compute code (which knows no Eclipse) report to and be cancelled from an Eclipse Job. */
public final class ProgressMonitorAdapter implements ProgressMonitor {

	private static final int SCALE = 1000;
	private final IProgressMonitor delegate;
	private long total = 1;
	private long done;
	private int reported;

	public ProgressMonitorAdapter(IProgressMonitor delegate) {
		this.delegate = delegate;
	}

	@Override
	public synchronized void begin(String task, long totalWork) {
		total = Math.max(1, totalWork);
		done = 0;
		reported = 0;
		delegate.beginTask(task, SCALE);
	}

	@Override
	public synchronized void worked(long work) {
		done += work;
		int target = (int) Math.min(SCALE, done * SCALE / total);
		if (target > reported) {
			delegate.worked(target - reported);
			reported = target;
		}
	}

	@Override
	public boolean isCanceled() {
		return delegate.isCanceled();
	}

	@Override
	public void subTask(String name) {
		delegate.subTask(name);
	}

	@Override
	public void done() {
		delegate.done();
	}
}
