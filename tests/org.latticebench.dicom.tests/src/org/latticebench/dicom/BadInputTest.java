package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.InvalidInputException;
import org.latticebench.testing.SharedData;

import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.OtherWordAttribute;

/** Broken files written at test time into a temporary folder, each failing with the file and attribute named. */
class BadInputTest {

	private static Path ctSlice() {
		return SharedData.path("synthetic-sphere/CT_001.dcm");
	}

	private static InvalidInputException ctFails(Path file) {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> CtSeriesReader.read(List.of(file)));
		assertEquals(file.toString(), e.source().orElseThrow(), e.getMessage());
		assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
		return e;
	}

	@Test
	void truncatedFileNamesTheCutAttribute(@TempDir Path tmp) throws IOException {
		byte[] bytes = Files.readAllBytes(ctSlice());
		Path cut = tmp.resolve("truncated.dcm");
		Files.write(cut, Arrays.copyOf(bytes, bytes.length - 1000));
		InvalidInputException e = ctFails(cut);
		// the pixel data is the last element, so it is the one cut short
		assertEquals("(7FE0,0010) PixelData", e.attribute().orElseThrow());
		assertTrue(e.getMessage().contains("truncated"), e.getMessage());
	}

	@Test
	void nonDicomFileIsReportedAsSuch(@TempDir Path tmp) throws IOException {
		Path text = tmp.resolve("notes.dcm");
		Files.writeString(text, "This is a treatment note, not an image.\n".repeat(10), StandardCharsets.UTF_8);
		InvalidInputException e = ctFails(text);
		assertTrue(e.getMessage().contains("not a DICOM file"), e.getMessage());
	}

	@Test
	void missingPixelDataIsNamed(@TempDir Path tmp) {
		Path file = DicomEdit.copyWith(ctSlice(), tmp.resolve("nopixels.dcm"), list -> DicomEdit.remove(list, 0x7FE0, 0x0010));
		assertEquals("(7FE0,0010) PixelData", ctFails(file).attribute().orElseThrow());
	}

	@Test
	void zeroLengthPixelDataIsNamed(@TempDir Path tmp) {
		Path file = DicomEdit.copyWith(ctSlice(), tmp.resolve("emptypixels.dcm"),
				list -> list.put(new OtherWordAttribute(new AttributeTag(0x7FE0, 0x0010))));
		InvalidInputException e = ctFails(file);
		assertEquals("(7FE0,0010) PixelData", e.attribute().orElseThrow());
		assertTrue(e.getMessage().contains("zero length"), e.getMessage());
	}

	@Test
	void missingPixelSpacingIsNamedWithItsTag(@TempDir Path tmp) {
		Path file = DicomEdit.copyWith(ctSlice(), tmp.resolve("nospacing.dcm"), list -> DicomEdit.remove(list, 0x0028, 0x0030));
		InvalidInputException e = ctFails(file);
		assertEquals("(0028,0030) PixelSpacing", e.attribute().orElseThrow());
		assertTrue(e.getMessage().contains("missing"), e.getMessage());
	}

	@Test
	void notANumberPixelSpacingIsRefused(@TempDir Path tmp) {
		Path file = DicomEdit.copyWith(ctSlice(), tmp.resolve("nanspacing.dcm"),
				list -> DicomEdit.setDecimals(list, 0x0028, 0x0030, "NaN", "2.0"));
		InvalidInputException e = ctFails(file);
		assertEquals("(0028,0030) PixelSpacing", e.attribute().orElseThrow());
		assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
	}

	@Test
	void hugeDeclaredDimensionsFailBeforeAllocating(@TempDir Path tmp) {
		// 65535 x 65535 x 60000 samples overflow an int (and would need terabytes)
		Path file = DicomEdit.copyWith(SharedData.path("synthetic-sphere/RD_synthetic.dcm"), tmp.resolve("huge.dcm"), list -> {
			DicomEdit.setDecimals(list, 0x0028, 0x0008, "60000");
			DicomEdit.setUnsignedShort(list, 0x0028, 0x0010, 65535);
			DicomEdit.setUnsignedShort(list, 0x0028, 0x0011, 65535);
		});
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> RtDoseReader.read(file));
		assertEquals("(0028,0008) NumberOfFrames", e.attribute().orElseThrow());
		assertTrue(e.getMessage().contains("exceed the addressable array size"), e.getMessage());
	}

	@Test
	void pixelDataShorterThanDeclaredDimensionsIsRefused(@TempDir Path tmp) {
		// 110 x 52 x 60000 frames of 32 bits need 1.37 GB; the file holds 0.94 MB
		Path file = DicomEdit.copyWith(SharedData.path("synthetic-sphere/RD_synthetic.dcm"), tmp.resolve("short.dcm"),
				list -> DicomEdit.setDecimals(list, 0x0028, 0x0008, "60000"));
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> RtDoseReader.read(file));
		assertTrue(e.getMessage().contains("short.dcm"), e.getMessage());
	}

	@Test
	void wrongModalityIsNamed() {
		Path rs = SharedData.path("synthetic-sphere/RS_synthetic.dcm");
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> RtDoseReader.read(rs));
		assertEquals("(0008,0060) Modality", e.attribute().orElseThrow());
	}
}
