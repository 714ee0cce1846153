package org.latticebench.dicom;

import java.nio.file.Path;

import org.latticebench.core.LatticeBenchException;

/**
 * An export could not be written (disk full, permission denied, an existing output folder). The
 * export left nothing behind; {@link #file()} names what was being written.
 *
 * @since 0.1
 */
public class ExportFailedException extends LatticeBenchException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String problem;

	public ExportFailedException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
		this.problem = problem;
	}

	/** What went wrong, without the file name. */
	public String problem() {
		return problem;
	}

	public Path file() {
		return file;
	}
}
