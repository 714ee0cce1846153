package org.latticebench.core;

/**
 * The user cancelled a long-running operation; its partial results have been discarded.
 *
 * @since 0.1
 */
public class CancelledException extends LatticeBenchException {

	private static final long serialVersionUID = 1L;

	public CancelledException() {
		super("cancelled by the user");
	}
}
