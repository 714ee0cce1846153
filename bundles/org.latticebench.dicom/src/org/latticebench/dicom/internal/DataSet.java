package org.latticebench.dicom.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TransferSyntax;

/**
 * A data set (or sequence item) being written, addressed by PS3.6 keywords so that writer code
 * reads like the standard's module tables. This and {@link DicomObject} are the only places that
 * touch PixelMed; nothing here leaves the bundle's internal package.
 */
public final class DataSet {

	private final AttributeList list = new AttributeList();

	private static AttributeTag tag(String keyword) {
		AttributeTag t = DicomDictionary.StandardDictionary.getTagFromName(keyword);
		if (t == null) {
			throw new IllegalStateException("not a DICOM keyword: " + keyword);
		}
		return t;
	}

	private static Attribute attribute(String keyword) {
		try {
			return AttributeFactory.newAttribute(tag(keyword));
		} catch (DicomException e) {
			throw new IllegalStateException("cannot make attribute " + keyword + ": " + e.getMessage(), e);
		}
	}

	/** Puts an attribute with the given values; no values writes it empty (type 2 attributes). */
	public DataSet put(String keyword, String... values) {
		Attribute a = attribute(keyword);
		try {
			for (String v : values) {
				a.addValue(v);
			}
		} catch (DicomException e) {
			throw new IllegalStateException(keyword + ": " + e.getMessage(), e);
		}
		list.put(a);
		return this;
	}

	/** A DS attribute, each value formatted by {@link DecimalStrings} (at most 16 characters). */
	public DataSet putDecimals(String keyword, double... values) {
		String[] s = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			s[i] = DecimalStrings.format(values[i]);
		}
		return put(keyword, s);
	}

	public DataSet putInts(String keyword, int... values) {
		String[] s = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			s[i] = Integer.toString(values[i]);
		}
		return put(keyword, s);
	}

	/** An AT attribute pointing at another attribute, e.g. FrameIncrementPointer. */
	public DataSet putTagPointer(String keyword, String pointedKeyword) {
		AttributeTagAttribute a = new AttributeTagAttribute(tag(keyword));
		try {
			a.addValue(tag(pointedKeyword));
		} catch (DicomException e) {
			throw new IllegalStateException(keyword + ": " + e.getMessage(), e);
		}
		list.put(a);
		return this;
	}

	/** A sequence of the given items (none writes an empty sequence). */
	public DataSet putSequence(String keyword, List<DataSet> items) {
		SequenceAttribute sq = new SequenceAttribute(tag(keyword));
		for (DataSet item : items) {
			sq.addItem(item.list);
		}
		list.put(sq);
		return this;
	}

	public DataSet putSequence(String keyword, DataSet... items) {
		return putSequence(keyword, List.of(items));
	}

	/** Native pixel data as 16-bit words (OW), little endian on writing. */
	public DataSet putPixelWords(short[] words) {
		OtherWordAttribute a = new OtherWordAttribute(tag("PixelData"));
		try {
			a.setValues(words);
		} catch (DicomException e) {
			throw new IllegalStateException("PixelData: " + e.getMessage(), e);
		}
		list.put(a);
		return this;
	}

	/**
	 * Writes a Part 10 file (preamble, meta information, explicit VR little endian) whose meta
	 * information is taken from SOPClassUID and SOPInstanceUID of this data set; the source AE title
	 * is LATTICEBENCH, the implementation class is PixelMed's.
	 */
	public void write(Path file) throws IOException {
		try {
			FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "LATTICEBENCH");
			try (OutputStream out = Files.newOutputStream(file)) {
				list.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
			}
		} catch (DicomException e) {
			throw new IOException("PixelMed refused to encode " + file.getFileName() + ": " + e.getMessage(), e);
		}
	}
}
