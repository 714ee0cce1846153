package org.latticebench.ui.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.latticebench.core.CancelledException;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.StudySnapshot;
import org.latticebench.model.Study;
import org.latticebench.model.io.ImportResult;
import org.latticebench.model.io.StudyImporter;
import org.latticebench.model.snapshot.Snapshots;

/**
 * Imports a folder through a registered {@link StudyImporter} in the background (cancellable; a
 * cancelled or failed import leaves the open study as it was), then opens the imported anatomy in
 * the session. A failure is shown in a dialog that names the file and the problem; what the
 * importer repaired or skipped (duplicate files, degenerate contours, re-ordered frames) is shown
 * in a warning dialog after the study opens.
 */
public final class ImportStudyJob extends Job {

	/** Job family, so tests and the UI can find or join running imports. */
	public static final Object FAMILY = ImportStudyJob.class;
	public static final String DICOM_IMPORTER = "dicom-rt";

	private final Path folder;
	private final String importerId;
	private volatile StudySnapshot result;
	private volatile int importedDoses;
	private volatile List<String> warnings = List.of();

	public ImportStudyJob(Path folder, String importerId) {
		super("Importing " + folder);
		this.folder = folder;
		this.importerId = importerId;
		setUser(true);
		// the failure is reported by our own dialog, which names the file; no second, generic one
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The imported study, once the job finished OK. */
	public Optional<StudySnapshot> result() {
		return Optional.ofNullable(result);
	}

	/** How many doses in Gy came with the study (listed by the wizard; the workbench plans its own). */
	public int importedDoses() {
		return importedDoses;
	}

	/** What the importer repaired or skipped, once the job finished OK; empty when it took the files as they are. */
	public List<String> warnings() {
		return warnings;
	}

	/** The warning dialog's text: the folder, then up to 20 warnings, one per line. */
	static String warningText(Path folder, List<String> warnings) {
		StringBuilder sb = new StringBuilder("Imported " + folder + " with " + warnings.size()
				+ (warnings.size() == 1 ? " repair or skipped file:" : " repairs or skipped files:"));
		warnings.stream().limit(20).forEach(w -> sb.append("\n- ").append(w));
		if (warnings.size() > 20) {
			sb.append("\n… and ").append(warnings.size() - 20).append(" more");
		}
		return sb.toString();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			StudyImporter importer = Services.importer(importerId);
			ImportResult imported = importer.importWithWarnings(folder, new ProgressMonitorAdapter(monitor));
			Study study = imported.study();
			StudySnapshot snapshot = Snapshots.toSnapshot(study);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			importedDoses = study.getPlans().size();
			warnings = imported.warnings();
			result = snapshot;
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> StudySession.get().open(snapshot));
			if (!warnings.isEmpty()) {
				UiErrors.warn("Imported with warnings", warningText(folder, warnings));
			}
			return Status.OK_STATUS;
		} catch (CancelledException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InvalidInputException e) {
			return failed("Could not import " + folder + ":\n" + e.getMessage()
					+ "\nNothing was imported. Fix or remove that file (or choose another folder) and import again.", e);
		} catch (Services.MissingServiceException e) {
			return failed(e.getMessage(), e);
		} catch (RuntimeException | OutOfMemoryError e) {
			return failed("Importing " + folder + " failed: " + e + "\nNothing was imported.", e);
		}
	}

	private static IStatus failed(String message, Throwable e) {
		UiErrors.show("Import failed", message);
		return Status.error(message, e);
	}
}
