package org.latticebench.model.io;

import java.nio.file.Path;
import java.util.List;

import org.latticebench.core.ProgressMonitor;
import org.latticebench.model.Study;

/**
 * Writes a {@link Study} (its image, structures and plans with their doses) in some format: an
 * OSGi service with properties {@code id} and {@code name}.
 *
 * @since 0.1
 */
public interface StudyExporter {

	String id();

	String name();

	/**
	 * Writes into a folder that must not exist or be empty; the output appears whole or not at all.
	 *
	 * @return the files written
	 */
	List<Path> export(Study study, Path outputFolder, ProgressMonitor monitor);
}
