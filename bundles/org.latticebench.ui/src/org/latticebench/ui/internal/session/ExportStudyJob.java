package org.latticebench.ui.internal.session;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.latticebench.core.CancelledException;
import org.latticebench.model.Study;
import org.latticebench.model.io.StudyExporter;

/**
 * Writes the study (CT, structures, the chosen plans' doses and the first plan's beams) through a
 * registered {@link StudyExporter} in the background. The exporter writes atomically: a cancelled
 * or failed export leaves no half-written folder. A failure is shown in a dialog naming the folder
 * and the problem.
 */
public final class ExportStudyJob extends Job {

	public static final Object FAMILY = ExportStudyJob.class;
	public static final String DICOM_EXPORTER = "dicom-rt";

	private final Study model;
	private final Path folder;
	private final String exporterId;
	private volatile List<Path> written = List.of();

	/** @param model built on the UI thread ({@link StudyFiles#toModel}); not touched there afterwards */
	public ExportStudyJob(Study model, Path folder, String exporterId) {
		super("Exporting DICOM-RT to " + folder);
		this.model = model;
		this.folder = folder;
		this.exporterId = exporterId;
		setUser(true);
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The files written, once the job finished OK. */
	public List<Path> written() {
		return written;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			StudyExporter exporter = Services.exporter(exporterId);
			written = List.copyOf(exporter.export(model, folder, new ProgressMonitorAdapter(monitor)));
			return Status.OK_STATUS;
		} catch (CancelledException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			String message = "Could not export to " + folder + ":\n" + e.getMessage()
					+ "\nNothing was written. Choose an empty folder you can write to and export again.";
			UiErrors.show("Export failed", message);
			return Status.error(message, e);
		}
	}
}
