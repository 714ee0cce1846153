package org.latticebench.core;

import java.util.Optional;

/**
 * Input that cannot be used, with where it came from: the file (or other source) and, where it
 * applies, the attribute or field that is wrong.
 *
 * @since 0.1
 */
public class InvalidInputException extends LatticeBenchException {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final String attribute;

	public InvalidInputException(String source, String attribute, String problem) {
		this(source, attribute, problem, null);
	}

	public InvalidInputException(String source, String attribute, String problem, Throwable cause) {
		super(format(source, attribute, problem), cause);
		this.source = source;
		this.attribute = attribute;
	}

	private static String format(String source, String attribute, String problem) {
		StringBuilder sb = new StringBuilder();
		if (source != null) {
			sb.append(source).append(": ");
		}
		if (attribute != null) {
			sb.append(attribute).append(": ");
		}
		return sb.append(problem).toString();
	}

	public Optional<String> source() {
		return Optional.ofNullable(source);
	}

	public Optional<String> attribute() {
		return Optional.ofNullable(attribute);
	}
}
