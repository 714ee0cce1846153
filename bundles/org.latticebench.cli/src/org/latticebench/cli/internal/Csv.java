package org.latticebench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** RFC 4180 CSV cells: quoted when they hold a comma, quote, CR or LF; numbers in a fixed locale. */
final class Csv {

	private Csv() {
	}

	static String cell(String s) {
		if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
			return '"' + s.replace("\"", "\"\"") + '"';
		}
		return s;
	}

	/** A number with up to 4 decimals, or an empty cell for NaN (not evaluable). */
	static String number(double v) {
		if (Double.isNaN(v)) {
			return "";
		}
		return String.format(Locale.ROOT, "%.4f", v);
	}

	static String row(List<String> cells) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				sb.append(',');
			}
			sb.append(cell(cells.get(i)));
		}
		return sb.append("\r\n").toString();
	}

	/**
	 * The cells of one RFC 4180 line (quoted cells may hold commas and doubled quotes; no line
	 * breaks inside a cell).
	 *
	 * @throws IllegalArgumentException for an unterminated quote or text after a closing quote
	 */
	static List<String> parseLine(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int i = 0;
		int n = line.length();
		while (true) {
			if (i < n && line.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= n) {
						throw new IllegalArgumentException("unterminated quoted cell");
					}
					char c = line.charAt(i++);
					if (c == '"') {
						if (i < n && line.charAt(i) == '"') {
							cell.append('"');
							i++;
						} else {
							break;
						}
					} else {
						cell.append(c);
					}
				}
				if (i < n && line.charAt(i) != ',') {
					throw new IllegalArgumentException("text after a closing quote at column " + (i + 1));
				}
			} else {
				while (i < n && line.charAt(i) != ',') {
					char c = line.charAt(i++);
					if (c == '"') {
						throw new IllegalArgumentException("a quote inside an unquoted cell at column " + i);
					}
					cell.append(c);
				}
			}
			cells.add(cell.toString());
			cell.setLength(0);
			if (i >= n) {
				return cells;
			}
			i++; // the comma
		}
	}
}
