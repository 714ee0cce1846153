package org.latticebench.evaluation;

import org.latticebench.core.LatticeBenchException;

/**
 * Two services claim one id (two metrics called {@code D95%}, two constraint sets called
 * {@code tg101-5fx}). The message names both providers so the user knows which plug-in to remove.
 *
 * @since 0.1
 */
public class DuplicateServiceIdException extends LatticeBenchException {

	private static final long serialVersionUID = 1L;

	private final String id;

	public DuplicateServiceIdException(String kind, String id, String firstProvider, String secondProvider) {
		super(kind + " id '" + id + "' is provided twice: by " + firstProvider + " and by " + secondProvider
				+ "; remove or rename one of them");
		this.id = id;
	}

	public String id() {
		return id;
	}
}
