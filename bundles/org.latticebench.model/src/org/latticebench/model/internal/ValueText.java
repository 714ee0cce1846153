package org.latticebench.model.internal;


import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;
import org.latticebench.model.data.BulkArray;

/**
 * Text forms of the model's data types in study.xmi, called by the generated ModelFactoryImpl.
 * Doubles are written with {@link Double#toString(double)}, which reads back to the same bits.
 */
public final class ValueText {

	private ValueText() {
	}

	public static Vec3 parseVec3(String text) {
		if (text == null) {
			return null;
		}
		double[] xyz = parseNumbers(text);
		if (xyz.length != 3) {
			throw new IllegalArgumentException("a point needs 3 numbers 'x y z', got '" + text + "'");
		}
		return new Vec3(xyz[0], xyz[1], xyz[2]);
	}

	public static String formatVec3(Vec3 v) {
		return v == null ? null : v.x() + " " + v.y() + " " + v.z();
	}

	public static PlanarContour parseContour(String text) {
		return text == null ? null : new PlanarContour(parseNumbers(text));
	}

	public static String formatContour(PlanarContour contour) {
		if (contour == null) {
			return null;
		}
		double[] p = contour.pointsMm();
		StringBuilder sb = new StringBuilder(p.length * 8);
		for (int n = 0; n < p.length; n++) {
			if (n > 0) {
				sb.append(' ');
			}
			sb.append(p[n]);
		}
		return sb.toString();
	}

	/** The reference written into study.xmi for a bulk array: {@code <id>:<length>}. */
	public static String formatBulkArrayReference(BulkArray array) {
		return array == null ? null : array.id() + ":" + array.length();
	}

	/** Parsed {@code <id>:<length>} reference. */
	public record BulkArrayReference(String id, int length) {
	}

	public static BulkArrayReference parseReference(String text) {
		int colon = text.lastIndexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("bulk array reference '" + text + "' is not <id>:<length>");
		}
		String id = text.substring(0, colon).trim();
		if (!BulkArray.isValidId(id)) {
			throw new IllegalArgumentException("bulk array id '" + id + "' is not a plain file name");
		}
		int length;
		try {
			length = Integer.parseInt(text.substring(colon + 1).trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("bulk array reference '" + text + "' has no valid length", e);
		}
		if (length < 0) {
			throw new IllegalArgumentException("bulk array reference '" + text + "' has a negative length");
		}
		return new BulkArrayReference(id, length);
	}

	/**
	 * The samples of a bulk array are in a binary file beside study.xmi, which only StudyStore's
	 * reader knows; a plain XMI load cannot produce them.
	 */
	public static BulkArray parseBulkArrayReference(String text) {
		throw new UnsupportedOperationException("bulk array '" + text
				+ "' is stored in arrays/<id>.bin; load studies with org.latticebench.model.io.StudyStore");
	}

	private static double[] parseNumbers(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return new double[0];
		}
		String[] parts = trimmed.split("\\s+");
		double[] out = new double[parts.length];
		for (int n = 0; n < parts.length; n++) {
			try {
				out[n] = Double.parseDouble(parts[n]);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + parts[n] + "' is not a number (value starts '"
						+ trimmed.substring(0, Math.min(40, trimmed.length())) + "')", e);
			}
		}
		return out;
	}

}
