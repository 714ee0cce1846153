package org.latticebench.dicom.internal;

import java.util.function.Supplier;

import org.latticebench.core.CancelledException;
import org.latticebench.core.InvalidInputException;

/**
 * The last line of defence of every public reader: whatever slips past the explicit checks (an
 * unexpected runtime exception inside PixelMed or in geometry arithmetic on hostile values)
 * leaves as an {@link InvalidInputException} naming the source, never as anything else.
 */
public final class Guard {

	private Guard() {
	}

	public static <T> T reading(String source, Supplier<T> body) {
		try {
			return body.get();
		} catch (InvalidInputException | CancelledException e) {
			throw e;
		} catch (RuntimeException | StackOverflowError e) {
			throw new InvalidInputException(source, null, "cannot be read: " + DicomObject.describe(e), e);
		}
	}
}
