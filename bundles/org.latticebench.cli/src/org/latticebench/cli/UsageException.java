package org.latticebench.cli;

/**
 * A command line that cannot be run as typed. The headless application prints the message and
 * exits with status 2.
 *
 * @since 0.1
 */
public class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
