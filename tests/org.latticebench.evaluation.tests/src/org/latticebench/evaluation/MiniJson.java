package org.latticebench.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough JSON (objects, arrays, strings, numbers, literals) to read the shared expected.json files. */
final class MiniJson {

	private final String text;
	private int pos;

	private MiniJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		MiniJson p = new MiniJson(text);
		Object v = p.value();
		p.skipSpace();
		if (p.pos != text.length()) {
			throw new IllegalArgumentException("trailing text at " + p.pos);
		}
		return v;
	}

	/** Follows object keys, e.g. {@code number(root, "Sphere", "continuum", "D98_gy")}. */
	@SuppressWarnings("unchecked")
	static double number(Object root, String... keys) {
		Object o = root;
		for (String k : keys) {
			o = ((Map<String, Object>) o).get(k);
			if (o == null) {
				throw new IllegalArgumentException("no key " + k);
			}
		}
		return ((Number) o).doubleValue();
	}

	private Object value() {
		skipSpace();
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		default:
			if (text.startsWith("true", pos)) {
				pos += 4;
				return Boolean.TRUE;
			}
			if (text.startsWith("false", pos)) {
				pos += 5;
				return Boolean.FALSE;
			}
			if (text.startsWith("null", pos)) {
				pos += 4;
				return null;
			}
			int start = pos;
			while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
				pos++;
			}
			return Double.parseDouble(text.substring(start, pos));
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> m = new LinkedHashMap<>();
		pos++;
		skipSpace();
		if (text.charAt(pos) == '}') {
			pos++;
			return m;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			m.put(key, value());
			skipSpace();
			if (text.charAt(pos) == ',') {
				pos++;
			} else {
				expect('}');
				return m;
			}
		}
	}

	private List<Object> array() {
		List<Object> l = new ArrayList<>();
		pos++;
		skipSpace();
		if (text.charAt(pos) == ']') {
			pos++;
			return l;
		}
		while (true) {
			l.add(value());
			skipSpace();
			if (text.charAt(pos) == ',') {
				pos++;
			} else {
				expect(']');
				return l;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder sb = new StringBuilder();
		while (text.charAt(pos) != '"') {
			char c = text.charAt(pos++);
			if (c == '\\') {
				char e = text.charAt(pos++);
				switch (e) {
				case 'n' -> sb.append('\n');
				case 't' -> sb.append('\t');
				case 'u' -> {
					sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					pos += 4;
				}
				default -> sb.append(e);
				}
			} else {
				sb.append(c);
			}
		}
		pos++;
		return sb.toString();
	}

	private void expect(char c) {
		if (text.charAt(pos) != c) {
			throw new IllegalArgumentException("expected '" + c + "' at " + pos);
		}
		pos++;
	}

	private void skipSpace() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}
}
