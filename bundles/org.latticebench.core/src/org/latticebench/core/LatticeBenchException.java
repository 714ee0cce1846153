package org.latticebench.core;

/**
 * Base of the typed errors that compute services throw instead of returning error codes or null.
 *
 * @since 0.1
 */
public class LatticeBenchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public LatticeBenchException(String message) {
		super(message);
	}

	public LatticeBenchException(String message, Throwable cause) {
		super(message, cause);
	}
}
