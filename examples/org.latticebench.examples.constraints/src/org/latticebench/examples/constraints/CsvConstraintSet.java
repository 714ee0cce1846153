package org.latticebench.examples.constraints;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.latticebench.core.InvalidInputException;
import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintComparator;

/**
 * Reads dose-volume constraints from CSV text with the header
 * {@code structure,aliases,metric,comparator,limit,unit,source}. Aliases are separated by
 * {@code |}; lines starting with {@code #} and blank lines are skipped. Fields may not contain
 * commas (keep sources short). Every error names the file and line.
 */
public final class CsvConstraintSet {

	/** The header line the file must start with (after comments). */
	public static final String HEADER = "structure,aliases,metric,comparator,limit,unit,source";

	private CsvConstraintSet() {
	}

	/**
	 * @param fileName where the text comes from, for messages
	 * @throws InvalidInputException naming the file, line and field at fault
	 */
	public static List<Constraint> read(InputStream in, String fileName) {
		List<Constraint> constraints = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int lineNo = 0;
			boolean headerSeen = false;
			while ((line = reader.readLine()) != null) {
				lineNo++;
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				if (!headerSeen) {
					if (!trimmed.equals(HEADER)) {
						throw error(fileName, lineNo, "header", "expected '" + HEADER + "', got '" + trimmed + "'");
					}
					headerSeen = true;
					continue;
				}
				constraints.add(parse(trimmed, fileName, lineNo));
			}
		} catch (IOException e) {
			throw new InvalidInputException(fileName, "file", "cannot be read: " + e.getMessage(), e);
		}
		if (constraints.isEmpty()) {
			throw new InvalidInputException(fileName, "constraints", "the file has no constraint rows");
		}
		return List.copyOf(constraints);
	}

	private static Constraint parse(String line, String fileName, int lineNo) {
		String[] f = line.split(",", -1);
		if (f.length != 7) {
			throw error(fileName, lineNo, "columns", "expected 7 comma-separated fields, got " + f.length);
		}
		List<String> aliases = Arrays.stream(f[1].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (f[0].isBlank() || aliases.isEmpty()) {
			throw error(fileName, lineNo, "structure", "structure and at least one alias are required");
		}
		ConstraintComparator comparator = Arrays.stream(ConstraintComparator.values())
				.filter(c -> c.symbol().equals(f[3].strip())).findFirst()
				.orElseThrow(() -> error(fileName, lineNo, "comparator", "expected <, <=, > or >=, got '" + f[3].strip() + "'"));
		double limit;
		try {
			limit = Double.parseDouble(f[4].strip());
		} catch (NumberFormatException e) {
			throw error(fileName, lineNo, "limit", "not a number: '" + f[4].strip() + "'");
		}
		try {
			return new Constraint(f[0].strip(), aliases, f[2].strip(), comparator, limit, f[5].strip(), f[6].strip());
		} catch (IllegalArgumentException e) { // bad metric text, unit mismatch, non-finite limit
			throw error(fileName, lineNo, "metric", e.getMessage());
		}
	}

	private static InvalidInputException error(String fileName, int lineNo, String field, String problem) {
		return new InvalidInputException(fileName + " line " + lineNo, field, problem);
	}
}
