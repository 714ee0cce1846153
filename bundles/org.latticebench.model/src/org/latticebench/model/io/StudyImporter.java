package org.latticebench.model.io;

import java.nio.file.Path;

import org.latticebench.core.ProgressMonitor;
import org.latticebench.model.Study;

/**
 * Turns files in some format into a {@link Study}: an OSGi service (properties {@code id},
 * {@code name}), so formats beyond DICOM can be added as plug-ins. Model in, model out: no
 * format library's types appear here.
 *
 * @since 0.1
 */
public interface StudyImporter {

	String id();

	String name();

	/** A quick check (no full parse) whether this importer recognises the file or folder. */
	boolean canImport(Path source);

	/**
	 * Imports the whole study or nothing: structures with masks on boxes of the image grid (each
	 * structure's own box, so that hundreds of structures on a large CT fit in memory; the whole
	 * image grid is also a box), and any dose present as a plan.
	 *
	 * @throws org.latticebench.core.InvalidInputException naming the file and attribute that is wrong
	 * @throws org.latticebench.core.CancelledException    when the user cancels
	 */
	Study importStudy(Path source, ProgressMonitor monitor);

	/**
	 * Imports like {@link #importStudy(Path, ProgressMonitor)} and also returns the warnings: what
	 * was repaired or skipped, so callers can show it. Importers that repair anything override
	 * this; the default reports none.
	 *
	 * @throws org.latticebench.core.InvalidInputException naming the file and attribute that is wrong
	 * @throws org.latticebench.core.CancelledException    when the user cancels
	 * @since 0.1
	 */
	default ImportResult importWithWarnings(Path source, ProgressMonitor monitor) {
		return new ImportResult(importStudy(source, monitor), java.util.List.of());
	}
}
