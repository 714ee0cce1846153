package org.latticebench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.latticebench.core.CancelledException;
import org.latticebench.core.StudySnapshot;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.ui.internal.session.ProgressMonitorAdapter;
import org.latticebench.ui.internal.session.StudySession;

/** File > Open Built-in Phantom: builds the liver phantom in a cancellable background job. */
public final class OpenPhantomHandler extends AbstractHandler {

	public static final String PLUGIN_ID = "org.latticebench.ui";

	@Override
	public Object execute(ExecutionEvent event) {
		openPhantom(Display.getCurrent());
		return null;
	}

	/** Schedules the job and returns it (tests join it). */
	public static Job openPhantom(Display display) {
		Job job = new Job("Building the built-in liver phantom") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					StudySnapshot study = LiverPhantom.build(PhantomParameters.defaults(), new ProgressMonitorAdapter(monitor));
					display.asyncExec(() -> StudySession.get().open(study));
					return Status.OK_STATUS;
				} catch (CancelledException e) {
					return Status.CANCEL_STATUS;
				} catch (RuntimeException e) {
					return Status.error("Could not build the phantom: " + e.getMessage(), e);
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}
}
