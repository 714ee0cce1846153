package org.latticebench.dose;

import org.latticebench.core.LatticeBenchException;

/**
 * A calculation was refused before allocating because its estimated memory exceeds the heap
 * available to it. The message suggests how to make it fit.
 *
 * @since 0.1
 */
public class DoseMemoryException extends LatticeBenchException {

	private static final long serialVersionUID = 1L;

	private final long requiredBytes;
	private final long availableBytes;

	public DoseMemoryException(String what, long requiredBytes, long availableBytes, String suggestion) {
		super(String.format("%s needs about %d MiB but only %d MiB of heap are available; %s", what,
				requiredBytes >> 20, availableBytes >> 20, suggestion));
		this.requiredBytes = requiredBytes;
		this.availableBytes = availableBytes;
	}

	public long requiredBytes() {
		return requiredBytes;
	}

	public long availableBytes() {
		return availableBytes;
	}
}
