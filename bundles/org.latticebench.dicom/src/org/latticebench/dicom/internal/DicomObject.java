package org.latticebench.dicom.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.latticebench.core.InvalidInputException;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;

/**
 * One DICOM data set (or sequence item), read through PixelMed, with accessors that turn every
 * problem into an {@link InvalidInputException} naming the file and the attribute. This is the
 * only place the readers touch PixelMed.
 */
public final class DicomObject {

	/** Files above this size are refused before they are read into memory. */
	static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 64;
	private static final Set<String> UNCOMPRESSED = Set.of(DicomStructure.IMPLICIT_LE, DicomStructure.EXPLICIT_LE,
			DicomStructure.EXPLICIT_BE);

	/** Stands in for a long DS/IS value handed to PixelMed; followed by the value's index in {@link #longValues}. */
	private static final String LONG_VALUE_TOKEN = "LBLONG";

	private final String source;
	private final AttributeList list;
	private final String transferSyntaxUid;
	/** The file's long DS/IS values, as they were in the file (see DicomStructure.LONG_NUMBER_LIST_BYTES). */
	private final List<String> longValues;

	private DicomObject(String source, AttributeList list, String transferSyntaxUid, List<String> longValues) {
		this.source = source;
		this.list = list;
		this.transferSyntaxUid = transferSyntaxUid;
		this.longValues = longValues;
	}

	/**
	 * Reads a file. Without pixel data, parsing stops at (7FE0,0010), which is enough for scanning.
	 *
	 * @throws NotDicomException     when the file is not DICOM at all
	 * @throws InvalidInputException for any other problem (unreadable, truncated, corrupt)
	 */
	public static DicomObject read(Path file, boolean withPixelData) {
		String source = file.toString();
		byte[] bytes = readBytes(file);
		DicomStructure.Layout layout = DicomStructure.check(source, bytes);
		List<String> longValues = new ArrayList<>();
		for (int[] v : layout.longNumberLists()) {
			// PixelMed gets one short token instead (same length, so no enclosing length changes)
			longValues.add(new String(bytes, v[0], v[1], java.nio.charset.StandardCharsets.US_ASCII));
			byte[] token = (LONG_VALUE_TOKEN + (longValues.size() - 1)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			Arrays.fill(bytes, v[0], v[0] + v[1], (byte) ' ');
			System.arraycopy(token, 0, bytes, v[0], token.length);
		}
		AttributeList list = new AttributeList();
		try (DicomInputStream in = new DicomInputStream(new ByteArrayInputStream(bytes, layout.datasetOffset(),
				bytes.length - layout.datasetOffset()), layout.transferSyntaxUid(), false)) {
			if (withPixelData) {
				list.read(in);
			} else {
				list.read(in, new com.pixelmed.dicom.AttributeTag(0x7FE0, 0x0010));
			}
		} catch (IOException | DicomException | RuntimeException e) {
			throw new InvalidInputException(source, null, "cannot be parsed as DICOM: " + describe(e), e);
		}
		return new DicomObject(source, list, layout.transferSyntaxUid(), List.copyOf(longValues));
	}

	private static byte[] readBytes(Path file) {
		String source = file.toString();
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				throw new InvalidInputException(source, null, "file of " + size + " bytes is too large to read");
			}
			return Files.readAllBytes(file);
		} catch (AccessDeniedException e) {
			throw new InvalidInputException(source, null, "permission denied", e);
		} catch (NoSuchFileException e) {
			throw new InvalidInputException(source, null, "file does not exist", e);
		} catch (IOException e) {
			throw new InvalidInputException(source, null, "cannot be read: " + describe(e), e);
		}
	}

	static String describe(Throwable e) {
		String m = e.getMessage();
		return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m.strip() + ")");
	}

	public String source() {
		return source;
	}

	public String transferSyntaxUid() {
		return transferSyntaxUid;
	}

	public InvalidInputException error(DicomTag tag, String problem) {
		return new InvalidInputException(source, tag == null ? null : tag.toString(), problem);
	}

	/** True when the attribute is in the data set, even without a value. */
	public boolean present(DicomTag tag) {
		return list.get(tag.toPixelMed()) != null;
	}

	public boolean has(DicomTag tag) {
		Attribute a = list.get(tag.toPixelMed());
		return a != null && a.getVL() > 0;
	}

	private String[] strings(DicomTag tag) {
		Attribute a = list.get(tag.toPixelMed());
		if (a == null) {
			return new String[0];
		}
		try {
			String[] values = a.getStringValues();
			if (values != null && values.length == 1 && values[0] != null && values[0].startsWith(LONG_VALUE_TOKEN)) {
				return longValues.get(Integer.parseInt(values[0].strip().substring(LONG_VALUE_TOKEN.length())))
						.replace('\0', ' ').split("\\\\", -1);
			}
			return values == null ? new String[0] : values;
		} catch (DicomException | RuntimeException e) {
			throw new InvalidInputException(source, tag.toString(), "unreadable value: " + describe(e), e);
		}
	}

	/** The first value, trimmed; empty when absent or blank. */
	public Optional<String> string(DicomTag tag) {
		String[] v = strings(tag);
		if (v.length == 0 || v[0] == null || v[0].isBlank()) {
			return Optional.empty();
		}
		return Optional.of(v[0].strip());
	}

	public String stringOrEmpty(DicomTag tag) {
		return string(tag).orElse("");
	}

	public String requiredString(DicomTag tag) {
		return string(tag).orElseThrow(() -> error(tag, "missing mandatory attribute"));
	}

	/** All numeric values; empty when absent. Non-numbers and non-finite numbers are errors. */
	public double[] doubles(DicomTag tag) {
		int longIndex = longValueIndex(tag);
		if (longIndex >= 0) {
			return parseLongList(tag, longValues.get(longIndex));
		}
		String[] v = strings(tag);
		double[] out = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			String s = v[i] == null ? "" : v[i].strip();
			try {
				out[i] = Double.parseDouble(s);
			} catch (NumberFormatException e) {
				throw error(tag, "value " + (i + 1) + " '" + s + "' is not a number");
			}
			if (!Double.isFinite(out[i])) {
				throw error(tag, "value " + (i + 1) + " is " + out[i] + ", not a finite number");
			}
		}
		return out;
	}

	/** Index into {@link #longValues} when the attribute holds a long DS/IS list, else -1. */
	private int longValueIndex(DicomTag tag) {
		Attribute a = list.get(tag.toPixelMed());
		if (a == null) {
			return -1;
		}
		try {
			String[] values = a.getStringValues();
			if (values != null && values.length == 1 && values[0] != null && values[0].startsWith(LONG_VALUE_TOKEN)) {
				return Integer.parseInt(values[0].strip().substring(LONG_VALUE_TOKEN.length()));
			}
			return -1;
		} catch (DicomException | RuntimeException e) {
			throw new InvalidInputException(source, tag.toString(), "unreadable value: " + describe(e), e);
		}
	}

	/** Parses a backslash-separated number list without first splitting it into strings (a million points fit). */
	private double[] parseLongList(DicomTag tag, String text) {
		int count = 1;
		for (int i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) {
			count++;
		}
		double[] out = new double[count];
		int start = 0;
		for (int i = 0; i < count; i++) {
			int end = text.indexOf('\\', start);
			if (end < 0) {
				end = text.length();
			}
			String s = text.substring(start, end).replace('\0', ' ').strip();
			try {
				out[i] = Double.parseDouble(s);
			} catch (NumberFormatException e) {
				throw error(tag, "value " + (i + 1) + " '" + s + "' is not a number");
			}
			if (!Double.isFinite(out[i])) {
				throw error(tag, "value " + (i + 1) + " is " + out[i] + ", not a finite number");
			}
			start = end + 1;
		}
		return out;
	}

	/** Exactly {@code count} numbers. */
	public double[] requiredDoubles(DicomTag tag, int count) {
		double[] v = doubles(tag);
		if (v.length == 0) {
			throw error(tag, "missing mandatory attribute");
		}
		if (v.length != count) {
			throw error(tag, "expected " + count + " values, found " + v.length);
		}
		return v;
	}

	public Optional<Double> decimal(DicomTag tag) {
		double[] v = doubles(tag);
		return v.length == 0 ? Optional.empty() : Optional.of(v[0]);
	}

	public double requiredDouble(DicomTag tag) {
		return requiredDoubles(tag, 1)[0];
	}

	public OptionalInt integer(DicomTag tag) {
		double[] v = doubles(tag);
		if (v.length == 0) {
			return OptionalInt.empty();
		}
		if (v[0] != Math.rint(v[0]) || Math.abs(v[0]) > Integer.MAX_VALUE) {
			throw error(tag, "value " + v[0] + " is not an integer");
		}
		return OptionalInt.of((int) v[0]);
	}

	public int requiredInt(DicomTag tag) {
		return integer(tag).orElseThrow(() -> error(tag, "missing mandatory attribute"));
	}

	/** The items of a sequence, empty when the sequence is absent or empty. */
	public List<DicomObject> sequence(DicomTag tag) {
		Attribute a = list.get(tag.toPixelMed());
		if (a == null) {
			return List.of();
		}
		if (!(a instanceof SequenceAttribute sq)) {
			throw error(tag, "is not a sequence (VR " + a.getVRAsString() + ")");
		}
		List<DicomObject> items = new ArrayList<>(sq.getNumberOfItems());
		for (int i = 0; i < sq.getNumberOfItems(); i++) {
			SequenceItem item = sq.getItem(i);
			items.add(new DicomObject(source, item.getAttributeList(), transferSyntaxUid, longValues));
		}
		return items;
	}

	/**
	 * Decodes native (uncompressed) pixel data into {@code raw * slope + intercept}.
	 *
	 * @param sampleCount rows x columns x frames, already checked against the array limit
	 */
	public float[] pixelSamples(long sampleCount, double slope, double intercept) {
		Attribute a = list.get(Tags.PIXEL_DATA.toPixelMed());
		if (a == null) {
			throw error(Tags.PIXEL_DATA, "missing mandatory attribute");
		}
		if (!UNCOMPRESSED.contains(transferSyntaxUid)) {
			throw error(Tags.TRANSFER_SYNTAX_UID,
					"compressed pixel data (transfer syntax " + transferSyntaxUid + ") is not supported; decompress it first");
		}
		int bitsAllocated = requiredInt(Tags.BITS_ALLOCATED);
		if (bitsAllocated != 8 && bitsAllocated != 16 && bitsAllocated != 32) {
			throw error(Tags.BITS_ALLOCATED, "is " + bitsAllocated + "; only 8, 16 and 32 are supported");
		}
		int bitsStored = integer(Tags.BITS_STORED).orElse(bitsAllocated);
		if (bitsStored < 1 || bitsStored > bitsAllocated) {
			throw error(Tags.BITS_STORED, "is " + bitsStored + ", outside 1.." + bitsAllocated);
		}
		int representation = requiredInt(Tags.PIXEL_REPRESENTATION);
		if (representation != 0 && representation != 1) {
			throw error(Tags.PIXEL_REPRESENTATION, "is " + representation + ", not 0 (unsigned) or 1 (signed)");
		}
		if (sampleCount <= 0 || sampleCount > Integer.MAX_VALUE - 8) {
			throw error(Tags.PIXEL_DATA, sampleCount + " samples exceed the addressable array size");
		}
		long neededBytes = sampleCount * (bitsAllocated / 8);
		long lengthBytes = a.getVL();
		if (lengthBytes == 0) {
			throw error(Tags.PIXEL_DATA, "is empty (zero length)");
		}
		if (lengthBytes < neededBytes) {
			throw error(Tags.PIXEL_DATA, "holds " + lengthBytes + " bytes but Rows x Columns x frames x BitsAllocated/8 needs "
					+ neededBytes);
		}
		// one byte pads an odd length; more means Rows, Columns or frames are wrong, so the layout is unknown
		if (lengthBytes > neededBytes + 1) {
			throw error(Tags.PIXEL_DATA, "holds " + lengthBytes + " bytes but Rows x Columns x frames x BitsAllocated/8 is "
					+ neededBytes + "; the declared dimensions do not describe the data");
		}
		boolean bigEndian = DicomStructure.EXPLICIT_BE.equals(transferSyntaxUid);
		RawSamples raw = rawSamples(a, bigEndian);
		int n = (int) sampleCount;
		float[] out = new float[n];
		long mask = bitsStored == 64 ? -1L : (1L << bitsStored) - 1;
		long signBit = 1L << (bitsStored - 1);
		boolean signed = representation == 1;
		for (int i = 0; i < n; i++) {
			long v = raw.get(i, bitsAllocated) & mask;
			if (signed && (v & signBit) != 0) {
				v -= 1L << bitsStored;
			}
			out[i] = (float) (v * slope + intercept);
		}
		return out;
	}

	/** Access to the stored words whatever the VR PixelMed chose, in the file's byte order. */
	private record RawSamples(short[] words, byte[] bytes, boolean bigEndian) {

		long get(int i, int bitsAllocated) {
			if (words != null) {
				return switch (bitsAllocated) {
				case 8 -> {
					int w = words[i >> 1] & 0xFFFF;
					boolean firstByte = (i & 1) == 0;
					// a word holds two 8-bit samples, the first in the low byte (little endian)
					yield (firstByte != bigEndian) ? w & 0xFF : w >>> 8;
				}
				case 16 -> words[i] & 0xFFFF;
				default -> {
					long w0 = words[2 * i] & 0xFFFF, w1 = words[2 * i + 1] & 0xFFFF;
					yield bigEndian ? w0 << 16 | w1 : w1 << 16 | w0;
				}
				};
			}
			int size = bitsAllocated / 8;
			long v = 0;
			for (int k = 0; k < size; k++) {
				int byteIndex = bigEndian ? i * size + k : i * size + size - 1 - k;
				v = v << 8 | (bytes[byteIndex] & 0xFF);
			}
			return v;
		}
	}

	private RawSamples rawSamples(Attribute a, boolean bigEndian) {
		try {
			if (a instanceof OtherWordAttribute) {
				return new RawSamples(a.getShortValues(), null, bigEndian);
			}
			if (a instanceof OtherByteAttribute) {
				return new RawSamples(null, a.getByteValues(), bigEndian);
			}
		} catch (DicomException | RuntimeException e) {
			throw new InvalidInputException(source, Tags.PIXEL_DATA.toString(), "unreadable: " + describe(e), e);
		}
		throw error(Tags.PIXEL_DATA, "unsupported value representation " + a.getVRAsString().toUpperCase(Locale.ROOT));
	}
}
