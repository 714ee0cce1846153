package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.ProgressMonitor;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.SequenceAttribute;

/**
 * ContourData longer than 16 KB is parsed by DicomObject itself (PixelMed's value lists grow one
 * element at a time, so a million-point contour took hours; see HostileCorpusTest). The values must
 * come back exactly as written.
 */
class LongContourDataTest {

	@Test
	void aTwoThousandPointContourReadsBackExactly(@TempDir Path tmp) throws IOException {
		Path base = tmp.resolve("base");
		DicomExporter.export(ExportRequest.of(HostileDicomCorpus.baseStudy()), base, ProgressMonitor.NULL);
		int points = 2000; // 6000 values of about 9 characters: 54 KB, above the 16 KB threshold, below explicit VR's 64 KB
		String[] values = new String[3 * points];
		for (int k = 0; k < points; k++) {
			double t = 2 * Math.PI * k / points;
			values[3 * k] = String.format(Locale.ROOT, "%.4f", 15 * Math.cos(t));
			values[3 * k + 1] = String.format(Locale.ROOT, "%.4f", 15 * Math.sin(t));
			values[3 * k + 2] = "1";
		}
		Path rs = DicomEdit.copyWith(base.resolve("RS.dcm"), tmp.resolve("RS_long.dcm"), l -> replaceFirstContour(l, values));

		ImportedStructureSet set = RtStructReader.read(rs);
		PlanarContour c = set.rois().get(0).contours().get(0);
		assertEquals(points, c.pointCount());
		for (int n = 0; n < values.length; n++) {
			// the values as written (decimal strings), parsed by Double.parseDouble
			assertEquals(Double.parseDouble(values[n]), c.pointsMm()[n], 0.0, "value " + n);
		}
		assertEquals(List.of(), set.warnings());
	}

	private static void replaceFirstContour(AttributeList list, String[] values) {
		try {
			SequenceAttribute rois = (SequenceAttribute) list.get(new AttributeTag(0x3006, 0x0039));
			SequenceAttribute contours = (SequenceAttribute) rois.getItem(0).getAttributeList().get(new AttributeTag(0x3006, 0x0040));
			AttributeList first = contours.getItem(0).getAttributeList();
			Attribute data = new DecimalStringAttribute(new AttributeTag(0x3006, 0x0050));
			for (String v : values) {
				data.addValue(v);
			}
			first.put(data);
			Attribute count = new IntegerStringAttribute(new AttributeTag(0x3006, 0x0046));
			count.addValue(values.length / 3);
			first.put(count);
		} catch (DicomException e) {
			throw new IllegalStateException(e);
		}
	}
}
