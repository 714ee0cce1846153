package org.latticebench.dicom.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.latticebench.core.InvalidInputException;

import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;

/**
 * Walks the data element structure of a whole DICOM file in memory before PixelMed parses it:
 * every declared length must fit inside its enclosing item, sequence or file, and nesting is
 * bounded. A truncated or corrupted file therefore fails here with the attribute and byte offset
 * named, and PixelMed never sees a length that would make it allocate gigabytes or read past the
 * end. Each step advances by at least eight bytes, so the walk always terminates.
 */
final class DicomStructure {

	static final String IMPLICIT_LE = "1.2.840.10008.1.2";
	static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
	static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
	static final String DEFLATED = "1.2.840.10008.1.2.1.99";

	private static final long UNDEFINED = 0xFFFFFFFFL;
	private static final int MAX_DEPTH = 32;
	private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR",
			"UT", "UV");
	private static final Set<String> SHORT_VRS = Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO",
			"LT", "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US");

	/**
	 * Where the data set starts and how it is encoded.
	 *
	 * @param longNumberLists {offset, length} of every DS or IS value longer than {@link #LONG_NUMBER_LIST_BYTES}
	 */
	record Layout(int datasetOffset, String transferSyntaxUid, boolean explicitVr, boolean bigEndian,
			List<int[]> longNumberLists) {
	}

	/**
	 * DS/IS values longer than this (about 700 contour points) are parsed by us, not by PixelMed,
	 * whose value lists grow one element at a time: a million-point contour would take hours.
	 */
	static final int LONG_NUMBER_LIST_BYTES = 16 * 1024;

	private final List<int[]> longNumberLists = new ArrayList<>();

	private final String source;
	private final byte[] b;
	private boolean explicit;
	private boolean bigEndian;

	private DicomStructure(String source, byte[] bytes) {
		this.source = source;
		this.b = bytes;
	}

	/** Checks the whole file; throws {@link NotDicomException} or {@link InvalidInputException}. */
	static Layout check(String source, byte[] bytes) {
		return new DicomStructure(source, bytes).check();
	}

	private Layout check() {
		int pos;
		String ts;
		boolean hasPreamble = b.length >= 132 && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M';
		if (hasPreamble) {
			pos = 132;
		} else if (b.length >= 8 && u16le(0) == 0x0002) {
			pos = 0;
		} else if (b.length >= 8 && u16le(0) == 0x0008 && u16le(2) < 0x0100) {
			// No preamble and no meta information: a bare data set (older tools write these).
			boolean looksExplicit = isVrCharacters(4);
			ts = looksExplicit ? EXPLICIT_LE : IMPLICIT_LE;
			return walkDataset(0, ts);
		} else {
			throw new NotDicomException(source,
					"not a DICOM file: no 'DICM' marker at byte 128 and no DICOM data element at the start ("
							+ b.length + " bytes)");
		}
		// File meta information: always explicit VR little endian, group 0002.
		explicit = true;
		bigEndian = false;
		ts = null;
		while (pos + 8 <= b.length && u16le(pos) == 0x0002) {
			int element = u16le(pos + 2);
			ElementHeader h = header(pos, b.length);
			if (h.length == UNDEFINED || h.length > b.length - (long) h.valueStart) {
				throw lengthError(0x0002, element, pos, h.length, b.length - (long) h.valueStart);
			}
			if (element == 0x0010) {
				ts = new String(b, h.valueStart, (int) h.length, StandardCharsets.US_ASCII).replace('\0', ' ').trim();
			}
			pos = h.valueStart + (int) h.length;
		}
		if (ts == null) {
			throw new InvalidInputException(source, Tags.TRANSFER_SYNTAX_UID.toString(),
					hasPreamble ? "missing from the file meta information" : "missing (file truncated in its meta information)");
		}
		return walkDataset(pos, ts);
	}

	private Layout walkDataset(int start, String ts) {
		switch (ts) {
		case IMPLICIT_LE -> {
			explicit = false;
			bigEndian = false;
		}
		case EXPLICIT_BE -> {
			explicit = true;
			bigEndian = true;
		}
		case DEFLATED -> throw new InvalidInputException(source, Tags.TRANSFER_SYNTAX_UID.toString(),
				"the deflated transfer syntax " + DEFLATED + " is not supported");
		default -> {
			// explicit little endian, and every encapsulated (compressed) syntax
			explicit = true;
			bigEndian = false;
		}
		}
		dataset(start, b.length, false, explicit, 0);
		return new Layout(start, ts, explicit, bigEndian, List.copyOf(longNumberLists));
	}

	private record ElementHeader(String vr, long length, int valueStart) {
	}

	private ElementHeader header(int pos, int end) {
		if (explicit) {
			if (!isVrCharacters(pos + 4)) {
				throw new InvalidInputException(source, tagName(u16(pos), u16(pos + 2)),
						"unknown value representation '" + printable(pos + 4) + "' at byte " + pos);
			}
			String vr = new String(b, pos + 4, 2, StandardCharsets.US_ASCII);
			if (LONG_VRS.contains(vr)) {
				if (end - pos < 12) {
					throw truncated(u16(pos), u16(pos + 2), pos);
				}
				return new ElementHeader(vr, u32(pos + 8), pos + 12);
			}
			if (!SHORT_VRS.contains(vr)) {
				throw new InvalidInputException(source, tagName(u16(pos), u16(pos + 2)),
						"unknown value representation '" + vr + "' at byte " + pos);
			}
			return new ElementHeader(vr, u16(pos + 6), pos + 8);
		}
		return new ElementHeader(null, u32(pos + 4), pos + 8);
	}

	/** Walks elements in [pos, end); in an undefined-length item, until its delimiter. */
	private int dataset(int pos, int end, boolean untilItemDelimiter, boolean explicitHere, int depth) {
		boolean saved = explicit;
		explicit = explicitHere;
		try {
			while (pos < end) {
				if (end - pos < 8) {
					throw truncated(-1, -1, pos);
				}
				int group = u16(pos), element = u16(pos + 2);
				if (group == 0xFFFE) {
					if (element == 0xE00D && untilItemDelimiter) {
						return pos + 8;
					}
					throw new InvalidInputException(source, null,
							String.format("unexpected delimiter (FFFE,%04X) at byte %d", element, pos));
				}
				ElementHeader h = header(pos, end);
				int valueStart = h.valueStart;
				boolean pixelData = group == 0x7FE0 && element == 0x0010;
				if (h.length == UNDEFINED) {
					if (pixelData) {
						pos = encapsulated(valueStart, end, element);
					} else if (h.vr == null || "SQ".equals(h.vr) || "UN".equals(h.vr)) {
						// UN of undefined length holds an implicit VR little endian sequence
						boolean childExplicit = explicit && !"UN".equals(h.vr);
						pos = sequence(valueStart, end, true, childExplicit, depth + 1, group, element);
					} else {
						throw new InvalidInputException(source, tagName(group, element),
								"undefined length on a " + h.vr + " attribute at byte " + pos);
					}
				} else {
					if (h.length > end - (long) valueStart) {
						throw lengthError(group, element, pos, h.length, end - (long) valueStart);
					}
					int valueEnd = valueStart + (int) h.length;
					if (h.length > LONG_NUMBER_LIST_BYTES && isNumberList(h.vr, group, element)) {
						longNumberLists.add(new int[] { valueStart, (int) h.length });
					}
					if (isSequence(h.vr, group, element, valueStart, valueEnd)) {
						sequence(valueStart, valueEnd, false, explicit && !"UN".equals(h.vr), depth + 1, group, element);
					}
					pos = valueEnd;
				}
			}
			if (untilItemDelimiter) {
				throw truncated(-1, -1, pos);
			}
			return pos;
		} finally {
			explicit = saved;
		}
	}

	/** DS or IS, from the explicit VR or, for implicit VR, from the dictionary. */
	private static boolean isNumberList(String vr, int group, int element) {
		if (vr != null) {
			return vr.equals("DS") || vr.equals("IS");
		}
		byte[] dictVr = DicomDictionary.StandardDictionary.getValueRepresentationFromTag(new AttributeTag(group, element));
		return dictVr != null && dictVr.length == 2 && (dictVr[0] == 'D' && dictVr[1] == 'S' || dictVr[0] == 'I' && dictVr[1] == 'S');
	}

	private boolean isSequence(String vr, int group, int element, int valueStart, int valueEnd) {
		if ("SQ".equals(vr)) {
			return true;
		}
		if (vr != null && !"UN".equals(vr)) {
			return false;
		}
		// implicit VR (or UN): the dictionary decides, as it does for PixelMed
		byte[] dictVr = DicomDictionary.StandardDictionary.getValueRepresentationFromTag(new AttributeTag(group, element));
		boolean dictionarySq = dictVr != null && dictVr.length == 2 && dictVr[0] == 'S' && dictVr[1] == 'Q';
		return dictionarySq && valueEnd > valueStart;
	}

	private int sequence(int pos, int end, boolean undefinedLength, boolean explicitHere, int depth, int group,
			int element) {
		if (depth > MAX_DEPTH) {
			throw new InvalidInputException(source, tagName(group, element),
					"sequences nested deeper than " + MAX_DEPTH + " levels at byte " + pos);
		}
		while (true) {
			if (!undefinedLength && pos >= end) {
				return end;
			}
			if (end - pos < 8) {
				throw truncated(group, element, pos);
			}
			int itemGroup = u16(pos), itemElement = u16(pos + 2);
			long length = u32(pos + 4);
			pos += 8;
			if (itemGroup == 0xFFFE && itemElement == 0xE000) {
				if (length == UNDEFINED) {
					pos = dataset(pos, end, true, explicitHere, depth);
				} else {
					if (length > end - (long) pos) {
						throw lengthError(group, element, pos - 8, length, end - (long) pos);
					}
					dataset(pos, pos + (int) length, false, explicitHere, depth);
					pos += (int) length;
				}
			} else if (itemGroup == 0xFFFE && itemElement == 0xE0DD && undefinedLength) {
				return pos;
			} else {
				throw new InvalidInputException(source, tagName(group, element),
						String.format("expected a sequence item at byte %d, found (%04X,%04X)", pos - 8, itemGroup, itemElement));
			}
		}
	}

	/** Encapsulated pixel data: fragments of defined length up to the sequence delimiter. */
	private int encapsulated(int pos, int end, int element) {
		while (true) {
			if (end - pos < 8) {
				throw truncated(0x7FE0, element, pos);
			}
			int g = u16(pos), e = u16(pos + 2);
			long length = u32(pos + 4);
			pos += 8;
			if (g == 0xFFFE && e == 0xE0DD) {
				return pos;
			}
			if (g != 0xFFFE || e != 0xE000 || length == UNDEFINED || length > end - (long) pos) {
				throw new InvalidInputException(source, tagName(0x7FE0, element),
						"corrupt encapsulated pixel data fragment at byte " + (pos - 8));
			}
			pos += (int) length;
		}
	}

	private InvalidInputException lengthError(int group, int element, int pos, long declared, long left) {
		return new InvalidInputException(source, tagName(group, element), "declared length " + declared
				+ " bytes at byte " + pos + " exceeds the " + Math.max(left, 0) + " bytes left (truncated or corrupt file)");
	}

	private InvalidInputException truncated(int group, int element, int pos) {
		return new InvalidInputException(source, group < 0 ? null : tagName(group, element),
				"file ends inside a data element at byte " + pos + " of " + b.length + " (truncated)");
	}

	static String tagName(int group, int element) {
		String keyword = DicomDictionary.StandardDictionary.getNameFromTag(new AttributeTag(group, element));
		return String.format("(%04X,%04X)", group, element) + (keyword == null ? "" : " " + keyword);
	}

	private boolean isVrCharacters(int pos) {
		return pos + 1 < b.length && b[pos] >= 'A' && b[pos] <= 'Z' && b[pos + 1] >= 'A' && b[pos + 1] <= 'Z';
	}

	private String printable(int pos) {
		byte[] two = Arrays.copyOfRange(b, pos, Math.min(pos + 2, b.length));
		StringBuilder sb = new StringBuilder();
		for (byte x : two) {
			sb.append(x >= 0x20 && x < 0x7F ? String.valueOf((char) x) : String.format("\\x%02X", x & 0xFF));
		}
		return sb.toString();
	}

	private int u16le(int pos) {
		return (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8;
	}

	private int u16(int pos) {
		return bigEndian ? (b[pos] & 0xFF) << 8 | (b[pos + 1] & 0xFF) : u16le(pos);
	}

	private long u32(int pos) {
		long lo = u16(bigEndian ? pos + 2 : pos), hi = u16(bigEndian ? pos : pos + 2);
		return hi << 16 | lo;
	}
}
