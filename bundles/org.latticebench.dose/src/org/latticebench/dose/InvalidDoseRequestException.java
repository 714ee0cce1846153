package org.latticebench.dose;

import org.latticebench.core.InvalidInputException;

/**
 * A {@link DoseRequest} that an engine cannot compute, naming the field (and beam) at fault.
 *
 * @since 0.1
 */
public class InvalidDoseRequestException extends InvalidInputException {

	private static final long serialVersionUID = 1L;

	public InvalidDoseRequestException(String attribute, String problem) {
		super("dose request", attribute, problem);
	}
}
