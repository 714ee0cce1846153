package org.latticebench.model.data;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A large array of 32-bit floats held by the model (HU, mask fractions, dose in Gy) that is saved
 * outside the XMI, in its own binary file {@code arrays/<id>.bin}.
 * <p>
 * The numbers are never an EMF list: one value of the model's {@code BulkArray} data type stands
 * for millions of samples. A bulk array is immutable in use: {@link #wrap(float[])} hands the
 * array over to it, and readers get copies ({@link #toFloatArray()}) or a read-only view
 * ({@link #asReadOnlyBuffer()}). Two bulk arrays are equal when their samples are equal; the id
 * is only the storage key.
 *
 * @since 0.1
 */
public final class BulkArray {

	/** Ids become file names, so they are restricted to a safe alphabet (no separators, no "..") . */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	private final String id;
	private final float[] values;

	private BulkArray(String id, float[] values) {
		if (!isValidId(id)) {
			throw new IllegalArgumentException("bulk array id '" + id + "' must match " + ID.pattern());
		}
		this.id = id;
		this.values = values;
	}

	/** A bulk array with a fresh id that takes over {@code values}; the caller must not change them afterwards. */
	public static BulkArray wrap(float[] values) {
		return new BulkArray(newId(), values);
	}

	/** A bulk array with a fresh id holding a copy of {@code values}. */
	public static BulkArray copyOf(float[] values) {
		return new BulkArray(newId(), values.clone());
	}

	/** A bulk array with a given id that takes over {@code values} (used when reading a study). */
	public static BulkArray withId(String id, float[] values) {
		return new BulkArray(id, values);
	}

	public static boolean isValidId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	private static String newId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	public String id() {
		return id;
	}

	public int length() {
		return values.length;
	}

	public float get(int index) {
		return values[index];
	}

	/** A private copy of the samples. */
	public float[] toFloatArray() {
		return values.clone();
	}

	/** The samples without copying, read-only. */
	public FloatBuffer asReadOnlyBuffer() {
		return FloatBuffer.wrap(values).asReadOnlyBuffer();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof BulkArray b && Arrays.equals(values, b.values);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(values);
	}

	@Override
	public String toString() {
		return "BulkArray[" + id + ", " + values.length + " floats]";
	}
}
