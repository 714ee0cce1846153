package org.latticebench.dicom.internal;

import com.pixelmed.dicom.AttributeTag;

/**
 * A DICOM attribute tag with its keyword, so that every error message can name the attribute the
 * way the standard does, e.g. {@code (0028,0030) PixelSpacing}.
 */
public record DicomTag(int group, int element, String keyword) {

	AttributeTag toPixelMed() {
		return new AttributeTag(group, element);
	}

	@Override
	public String toString() {
		return String.format("(%04X,%04X) %s", group, element, keyword);
	}
}
