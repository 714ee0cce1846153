package org.latticebench.cli.internal;

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
}
