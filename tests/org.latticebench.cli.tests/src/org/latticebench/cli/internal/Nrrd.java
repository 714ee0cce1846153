package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal reader of attached-header NRRD files with raw little-endian float data, written from
 * the NRRD0004 format description (teem.sourceforge.net/nrrd/format.html) to check what the CLI
 * writes; independent of {@link NrrdFiles}.
 */
record Nrrd(Map<String, String> fields, List<String> comments, byte[] data) {

	static Nrrd read(Path file) throws IOException {
		byte[] all = Files.readAllBytes(file);
		int end = -1;
		for (int i = 0; i + 1 < all.length; i++) {
			if (all[i] == '\n' && all[i + 1] == '\n') {
				end = i + 2;
				break;
			}
		}
		if (end < 0) {
			throw new IOException(file + ": no blank line ending the NRRD header");
		}
		List<String> lines = new String(all, 0, end, StandardCharsets.US_ASCII).lines().toList();
		if (!lines.get(0).startsWith("NRRD000")) {
			throw new IOException(file + ": no NRRD magic, got " + lines.get(0));
		}
		Map<String, String> fields = new LinkedHashMap<>();
		List<String> comments = new ArrayList<>();
		for (String l : lines.subList(1, lines.size())) {
			if (l.startsWith("#")) {
				comments.add(l.substring(1).trim());
			} else if (l.contains(": ")) {
				fields.put(l.substring(0, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2));
			}
		}
		byte[] data = new byte[all.length - end];
		System.arraycopy(all, end, data, 0, data.length);
		return new Nrrd(fields, comments, data);
	}

	String field(String name) {
		String v = fields.get(name);
		if (v == null) {
			throw new AssertionError("NRRD field '" + name + "' missing; fields " + fields.keySet());
		}
		return v;
	}

	/** The vectors {@code (a,b,c)} of a field such as {@code space directions}. */
	double[][] vectors(String name) {
		Matcher m = Pattern.compile("\\(([^)]*)\\)").matcher(field(name));
		List<double[]> out = new ArrayList<>();
		while (m.find()) {
			String[] parts = m.group(1).split(",");
			double[] v = new double[parts.length];
			for (int i = 0; i < parts.length; i++) {
				v[i] = Double.parseDouble(parts[i].trim());
			}
			out.add(v);
		}
		return out.toArray(double[][]::new);
	}

	float[] floats() {
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		float[] v = new float[data.length / 4];
		for (int i = 0; i < v.length; i++) {
			v[i] = b.getFloat();
		}
		return v;
	}
}
