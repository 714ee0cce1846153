package org.latticebench.dicom.internal;

import org.latticebench.core.InvalidInputException;

/** A file that is not DICOM at all, as opposed to a damaged DICOM file. */
public final class NotDicomException extends InvalidInputException {

	private static final long serialVersionUID = 1L;

	public NotDicomException(String source, String problem) {
		super(source, null, problem);
	}
}
