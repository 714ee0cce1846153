package org.latticebench.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;

/** Writes edited copies of the shared sample files into a test's temporary folder (never committed). */
final class DicomEdit {

	private DicomEdit() {
	}

	static Path copyWith(Path original, Path target, Consumer<AttributeList> edit) {
		try {
			AttributeList list = new AttributeList();
			list.read(original.toFile());
			edit.accept(list);
			list.write(target.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
			return target;
		} catch (IOException | DicomException e) {
			throw new IllegalStateException("cannot write test file " + target, e);
		}
	}

	static void setDecimals(AttributeList list, int group, int element, String... values) {
		try {
			Attribute a = new DecimalStringAttribute(new AttributeTag(group, element));
			for (String v : values) {
				a.addValue(v);
			}
			list.put(a);
		} catch (DicomException e) {
			throw new IllegalStateException(e);
		}
	}

	static void setUid(AttributeList list, int group, int element, String uid) {
		try {
			Attribute a = new UniqueIdentifierAttribute(new AttributeTag(group, element));
			a.addValue(uid);
			list.put(a);
		} catch (DicomException e) {
			throw new IllegalStateException(e);
		}
	}

	static void setUnsignedShort(AttributeList list, int group, int element, int value) {
		try {
			Attribute a = new UnsignedShortAttribute(new AttributeTag(group, element));
			a.addValue(value);
			list.put(a);
		} catch (DicomException e) {
			throw new IllegalStateException(e);
		}
	}

	static void remove(AttributeList list, int group, int element) {
		list.remove(new AttributeTag(group, element));
	}

	/** Copies the files unchanged into {@code folder}. */
	static void copyAll(List<Path> files, Path folder) throws IOException {
		for (Path f : files) {
			Files.copy(f, folder.resolve(f.getFileName()));
		}
	}
}
