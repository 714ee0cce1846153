package org.latticebench.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small JSON writer for provenance records: maps (insertion order kept), lists, strings,
 * numbers, booleans and null. Non-finite numbers become {@code null}, as JSON has no NaN.
 *
 * @since 0.1
 */
public final class Json {

	private Json() {
	}

	/** Pretty-printed JSON of a value built from maps, lists, strings, numbers and booleans. */
	public static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(value, sb, 0);
		return sb.append('\n').toString();
	}

	private static void write(Object v, StringBuilder sb, int indent) {
		if (v == null) {
			sb.append("null");
		} else if (v instanceof String s) {
			quote(s, sb);
		} else if (v instanceof Boolean b) {
			sb.append(b.booleanValue());
		} else if (v instanceof Double || v instanceof Float) {
			double d = ((Number) v).doubleValue();
			sb.append(Double.isFinite(d) ? number(d) : "null");
		} else if (v instanceof Number n) {
			sb.append(n.longValue());
		} else if (v instanceof Map<?, ?> m) {
			if (m.isEmpty()) {
				sb.append("{}");
				return;
			}
			sb.append("{\n");
			int i = 0;
			for (Map.Entry<?, ?> e : m.entrySet()) {
				pad(sb, indent + 1);
				quote(String.valueOf(e.getKey()), sb);
				sb.append(": ");
				write(e.getValue(), sb, indent + 1);
				sb.append(++i < m.size() ? ",\n" : "\n");
			}
			pad(sb, indent);
			sb.append('}');
		} else if (v instanceof List<?> l) {
			if (l.isEmpty()) {
				sb.append("[]");
				return;
			}
			sb.append("[\n");
			for (int i = 0; i < l.size(); i++) {
				pad(sb, indent + 1);
				write(l.get(i), sb, indent + 1);
				sb.append(i + 1 < l.size() ? ",\n" : "\n");
			}
			pad(sb, indent);
			sb.append(']');
		} else {
			quote(String.valueOf(v), sb);
		}
	}

	private static String number(double d) {
		if (d == Math.rint(d) && Math.abs(d) < 1e15) {
			return String.format(Locale.ROOT, "%.1f", d);
		}
		return Double.toString(d);
	}

	private static void pad(StringBuilder sb, int indent) {
		sb.append("  ".repeat(indent));
	}

	/** RFC 8259 string escaping; also escapes {@code <} and {@code >} so the text is safe inside HTML. */
	static void quote(String s, StringBuilder sb) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> {
				if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
					sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					sb.append(c);
				}
			}
			}
		}
		sb.append('"');
	}
}
