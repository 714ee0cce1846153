package org.latticebench.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.Shapes;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TransferSyntax;

/**
 * The hostile DICOM half of the issue-14 corpus, generated at test time (no binary blobs): a small
 * consistent study is exported with our own writer, and each case is a copy of its folder with one
 * file edited through PixelMed or at the byte level. Each case states the outcome class the
 * importer must give and why.
 */
final class HostileDicomCorpus {

	/** What the importer must do with a case. */
	enum Expect {
		IMPORTED, REPAIRED, REJECTED
	}

	/** One case: a folder to import, and the outcome the project's policy asks for. */
	record Case(String name, Path folder, Expect expect, String why) {
	}

	private static final int N = 24, SLICES = 8;

	private HostileDicomCorpus() {
	}

	/** A water box with a "Box" target and a "Ring" organ (hole in the middle). */
	static StudySnapshot baseStudy() {
		Grid3 g = Grid3.axisAligned(new Vec3(-23, -23, -7), new Vec3(2, 2, 2), N, N, SLICES);
		float[] hu = new float[g.voxelCount()];
		var box = Shapes.box(g, new Vec3(-10, -10, -4), new Vec3(10, 10, 4));
		var outer = Shapes.box(g, new Vec3(-20, -20, -6), new Vec3(20, 20, 6)).fraction();
		var inner = Shapes.box(g, new Vec3(-14, -14, -6), new Vec3(14, 14, 6)).fraction();
		float[] ring = new float[outer.length];
		for (int n = 0; n < ring.length; n++) {
			ring[n] = Math.max(0, outer[n] - inner[n]);
		}
		List<StructureSnapshot> s = List.of(StructureSnapshot.ofMask("Box", StructureRole.TARGET, 0xFF0000, 10, box),
				StructureSnapshot.ofMask("Ring", StructureRole.OAR, 0x00FF00, 3, new org.latticebench.core.Mask(g, ring)));
		return new StudySnapshot("Corpus^Base", "CORPUS-1", new FloatVolume(g, hu), s);
	}

	/** A dose rising 0.1 Gy per column from 10 Gy: any finite dose would do. */
	private static FloatVolume baseDose(Grid3 g) {
		float[] dose = new float[g.voxelCount()];
		for (int n = 0; n < dose.length; n++) {
			dose[n] = 10 + 0.1f * (n % N);
		}
		return new FloatVolume(g, dose);
	}

	/** Writes every case under {@code root}; the base study is exported once and copied. */
	static List<Case> generate(Path root) throws IOException {
		Path base = exportBase(root);
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("base study (control)", base, Expect.IMPORTED, "consistent CT, RTSTRUCT, RTPLAN, RTDOSE"));

		cases.add(edited(root, base, "1 KB file declaring 4 GB pixel data", Expect.REJECTED,
				"a length beyond the file end is refused before anything is allocated", "CT_0001.dcm",
				HostileDicomCorpus::claimFourGigabytes));
		cases.add(edited(root, base, "sequences nested 50000 deep", Expect.REJECTED,
				"nesting is bounded (32) so no parser recursion can overflow", "RS.dcm", f -> appendDeepNest(f, 50_000)));
		cases.add(attributes(root, base, "Rows x Columns x Frames overflow an int", Expect.REJECTED,
				"65535 x 65535 x 60000 samples are refused before allocation", rd(base), l -> {
					DicomEdit.setDecimals(l, 0x0028, 0x0008, "60000");
					DicomEdit.setUnsignedShort(l, 0x0028, 0x0010, 65535);
					DicomEdit.setUnsignedShort(l, 0x0028, 0x0011, 65535);
				}));
		cases.add(attributes(root, base, "CT pixel data shorter than Rows x Columns", Expect.REJECTED,
				"missing samples cannot be invented", "CT_0003.dcm", l -> pixelWords(l, N * N - 50)));
		cases.add(attributes(root, base, "CT pixel data longer than Rows x Columns", Expect.REJECTED,
				"extra bytes mean Rows/Columns are wrong, so the image layout is unknown", "CT_0003.dcm",
				l -> pixelWords(l, N * N + 50)));
		cases.add(attributes(root, base, "RTDOSE pixel data shorter than its frames", Expect.REJECTED,
				"missing frames cannot be invented", rd(base), l -> DicomEdit.setDecimals(l, 0x0028, 0x0008, "40")));
		for (String bad : List.of("NaN", "Infinity", "-Infinity")) {
			cases.add(attributes(root, base, "DoseGridScaling " + bad, Expect.REJECTED, "a dose must be a finite number",
					rd(base), l -> DicomEdit.setDecimals(l, 0x3004, 0x000E, bad)));
		}
		cases.add(attributes(root, base, "CT ImagePositionPatient NaN", Expect.REJECTED, "positions must be finite",
				"CT_0004.dcm", l -> DicomEdit.setDecimals(l, 0x0020, 0x0032, "-23", "NaN", "-1")));
		cases.add(attributes(root, base, "RTDOSE ImagePositionPatient Infinity", Expect.REJECTED, "positions must be finite",
				rd(base), l -> DicomEdit.setDecimals(l, 0x0020, 0x0032, "Infinity", "-23", "-7")));
		cases.add(attributes(root, base, "CT PixelSpacing Infinity", Expect.REJECTED, "spacings must be finite",
				"CT_0002.dcm", l -> DicomEdit.setDecimals(l, 0x0028, 0x0030, "Infinity", "2")));
		cases.add(attributes(root, base, "CT PixelSpacing zero", Expect.REJECTED, "a zero spacing has no geometry",
				"CT_0002.dcm", l -> DicomEdit.setDecimals(l, 0x0028, 0x0030, "0", "2")));
		cases.add(attributes(root, base, "RTDOSE PixelSpacing negative", Expect.REJECTED, "a negative spacing has no geometry",
				rd(base), l -> DicomEdit.setDecimals(l, 0x0028, 0x0030, "-2", "2")));
		cases.add(attributes(root, base, "two CT slices at one position (zero slice spacing)", Expect.REJECTED,
				"two slices at one z make the series ambiguous", "CT_0005.dcm",
				l -> DicomEdit.setDecimals(l, 0x0020, 0x0032, "-23", "-23", "3"))); // CT_0006's z; CT_0005 is at z = 1
		cases.add(attributes(root, base, "GridFrameOffsetVector out of order", Expect.REPAIRED,
				"frames are sorted by their offsets; the permutation is unambiguous, so it is repaired with a warning", rd(base),
				l -> DicomEdit.setDecimals(l, 0x3004, 0x000C, permutedOffsets())));
		cases.add(attributes(root, base, "GridFrameOffsetVector with a repeated offset", Expect.REJECTED,
				"two frames at one position cannot both be right", rd(base),
				l -> DicomEdit.setDecimals(l, 0x3004, 0x000C, "0", "2", "4", "4", "8", "10", "12", "14")));
		for (int points : new int[] { 0, 1, 2 }) {
			cases.add(shortContour(root, base, points));
		}
		cases.add(attributes(root, base, "self-intersecting (bow-tie) contour", Expect.IMPORTED,
				"filled by the even-odd rule, as DICOM viewers do", "RS.dcm",
				l -> addContour(l, new double[] { -18, -18, 1, 18, 18, 1, 18, -18, 1, -18, 18, 1 })));
		cases.add(millionPoints(root, base));
		cases.add(attributes(root, base, "contour with a NaN coordinate", Expect.REJECTED, "coordinates must be finite",
				"RS.dcm", l -> addContourText(l, "0", "0", "1", "5", "NaN", "1", "5", "5", "1")));
		cases.add(duplicateCopy(root, base));
		cases.add(attributes(root, base, "two different CT slices with one SOP Instance UID", Expect.REJECTED,
				"which slice the RTSTRUCT references would be ambiguous", "CT_0002.dcm", l -> {
					String uid = uidOf(base.resolve("CT_0001.dcm"));
					DicomEdit.setUid(l, 0x0008, 0x0018, uid);
					DicomEdit.setUid(l, 0x0002, 0x0003, uid);
				}));
		cases.add(secondSeries(root, base));
		cases.add(danglingLink(root, base));
		return cases;
	}

	/** The base study (CT, RTSTRUCT, RTPLAN, 32-bit RTDOSE) exported by our writer to {@code root/base}. */
	static Path exportBase(Path root) {
		StudySnapshot study = baseStudy();
		Path base = root.resolve("base");
		DicomExporter.export(ExportRequest.of(study).withDose(DoseExport.physical("dose", baseDose(study.ctHu().grid())))
				.withDoseEncodings(Set.of(DoseEncoding.UINT32)), base, ProgressMonitor.NULL);
		return base;
	}

	/** The base study with one extra contour of {@code points} points in the RTSTRUCT (a repaired case). */
	static Case shortContour(Path root, Path base, int points) throws IOException {
		return attributes(root, base, "contour of " + points + " point(s)", Expect.REPAIRED,
				"a polygon needs 3 points; the contour is skipped with a warning, the other contours stand", "RS.dcm",
				l -> addContour(l, contour(points, 0)));
	}

	/** Replaces the pixel data by {@code words} 16-bit samples, whatever Rows x Columns says. */
	private static void pixelWords(AttributeList list, int words) {
		try {
			Attribute pixels = new com.pixelmed.dicom.OtherWordAttribute(new AttributeTag(0x7FE0, 0x0010));
			pixels.setValues(new short[words]);
			list.put(pixels);
		} catch (DicomException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String rd(Path base) {
		try (Stream<Path> s = Files.list(base)) {
			return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("RD_")).findFirst().orElseThrow();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String[] permutedOffsets() {
		return new String[] { "0", "4", "2", "6", "10", "8", "14", "12" };
	}

	private static Case edited(Path root, Path base, String name, Expect expect, String why, String file,
			Consumer<Path> edit) throws IOException {
		Path folder = copyOf(root, base, name);
		edit.accept(folder.resolve(file));
		return new Case(name, folder, expect, why);
	}

	private static Case attributes(Path root, Path base, String name, Expect expect, String why, String file,
			Consumer<AttributeList> edit) throws IOException {
		return attributes(root, base, name, expect, why, file, edit, TransferSyntax.ExplicitVRLittleEndian);
	}

	private static Case attributes(Path root, Path base, String name, Expect expect, String why, String file,
			Consumer<AttributeList> edit, String transferSyntax) throws IOException {
		Path folder = copyOf(root, base, name);
		Path target = folder.resolve(file);
		try {
			AttributeList list = new AttributeList();
			list.read(target.toFile());
			edit.accept(list);
			list.removeGroupLengthAttributes();
			FileMetaInformation.addFileMetaInformation(list, transferSyntax, "LATTICEBENCH");
			list.write(target.toFile(), transferSyntax, true, true);
		} catch (DicomException e) {
			throw new IOException("cannot write corpus file " + target, e);
		}
		return new Case(name, folder, expect, why);
	}

	private static Path copyOf(Path root, Path base, String name) throws IOException {
		Path folder = root.resolve(String.format("case%02d", countCases(root)));
		Files.createDirectories(folder);
		try (Stream<Path> s = Files.list(base)) {
			for (Path p : s.toList()) {
				Files.copy(p, folder.resolve(p.getFileName()));
			}
		}
		return folder;
	}

	private static int countCases(Path root) throws IOException {
		try (Stream<Path> s = Files.list(root)) {
			return (int) s.filter(p -> p.getFileName().toString().startsWith("case") && Files.isDirectory(p)).count() + 1;
		}
	}

	/** Keeps the first bytes of a CT file, through the pixel data header, and makes it claim 0xFFFFFFF0 bytes. */
	private static void claimFourGigabytes(Path file) {
		try {
			byte[] b = Files.readAllBytes(file);
			int at = indexOf(b, new byte[] { (byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0 });
			if (at < 0) {
				throw new IllegalStateException("no explicit-VR OW pixel data header in " + file);
			}
			ByteBuffer.wrap(b, at + 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0xFFFFFFF0);
			int keep = Math.max(1024, at + 12 + 16);
			Files.write(file, Arrays.copyOf(b, keep));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Appends a private sequence nested {@code depth} deep (undefined lengths) after the last element. */
	private static void appendDeepNest(Path file, int depth) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(Files.readAllBytes(file));
			ByteBuffer head = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
			head.putShort((short) 0x7FE1).putShort((short) 0x0010).put("LO".getBytes(StandardCharsets.US_ASCII))
					.putShort((short) 8).put("LATTICE ".getBytes(StandardCharsets.US_ASCII));
			out.write(head.array());
			ByteBuffer open = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
			open.putShort((short) 0x7FE1).putShort((short) 0x1000).put("SQ".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0)
					.putInt(-1).putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(-1);
			ByteBuffer close = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
			close.putShort((short) 0xFFFE).putShort((short) 0xE00D).putInt(0).putShort((short) 0xFFFE).putShort((short) 0xE0DD)
					.putInt(0);
			for (int d = 0; d < depth; d++) {
				out.write(open.array());
			}
			for (int d = 0; d < depth; d++) {
				out.write(close.array());
			}
			Files.write(file, out.toByteArray());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int indexOf(byte[] b, byte[] pattern) {
		outer: for (int i = 0; i + pattern.length <= b.length; i++) {
			for (int k = 0; k < pattern.length; k++) {
				if (b[i + k] != pattern[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** {@code points} points on a circle of 15 mm in the plane z = 1 mm (a CT slice centre). */
	private static double[] contour(int points, double phase) {
		double[] xyz = new double[3 * points];
		for (int k = 0; k < points; k++) {
			double t = phase + 2 * Math.PI * k / Math.max(points, 1);
			xyz[3 * k] = 15 * Math.cos(t);
			xyz[3 * k + 1] = 15 * Math.sin(t);
			xyz[3 * k + 2] = 1;
		}
		return xyz;
	}

	private static void addContour(AttributeList list, double[] xyz) {
		String[] text = new String[xyz.length];
		for (int k = 0; k < xyz.length; k++) {
			text[k] = String.format(java.util.Locale.ROOT, "%.4f", xyz[k]);
		}
		addContourText(list, text);
	}

	/** Appends a CLOSED_PLANAR contour with this ContourData to the first ROI of (3006,0039). */
	private static void addContourText(AttributeList list, String... values) {
		try {
			SequenceAttribute rois = (SequenceAttribute) list.get(new AttributeTag(0x3006, 0x0039));
			AttributeList roi = rois.getItem(0).getAttributeList();
			SequenceAttribute contours = (SequenceAttribute) roi.get(new AttributeTag(0x3006, 0x0040));
			AttributeList template = contours.getItem(0).getAttributeList();
			AttributeList c = new AttributeList();
			for (Attribute a : template.values()) {
				c.put(a);
			}
			Attribute data = new DecimalStringAttribute(new AttributeTag(0x3006, 0x0050));
			for (String v : values) {
				data.addValue(v);
			}
			c.put(data);
			Attribute count = new IntegerStringAttribute(new AttributeTag(0x3006, 0x0046));
			count.addValue(values.length / 3);
			c.put(count);
			contours.addItem(new SequenceItem(c));
		} catch (DicomException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String uidOf(Path file) {
		try {
			AttributeList l = new AttributeList();
			l.read(file.toFile());
			return Attribute.getSingleStringValueOrEmptyString(l, new AttributeTag(0x0008, 0x0018));
		} catch (IOException | DicomException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A contour of 1,000,000 points. ContourData (DS) longer than 64 KB needs 32-bit lengths, so the file
	 * is implicit VR. PixelMed grows a value list one value at a time (quadratic), so the file gets a
	 * 3-point placeholder whose bytes are then replaced (its sequences have undefined lengths, so only the
	 * element's own length changes).
	 */
	private static Case millionPoints(Path root, Path base) throws IOException {
		String name = "contour of 1,000,000 points";
		String marker = "-1.2345";
		Case c = attributes(root, base, name, Expect.IMPORTED, "large but valid: it must import in bounded time and memory",
				"RS.dcm", l -> {
					addContourText(l, marker, marker, "1", marker, "1.2345", "1", "1.2345", "1.2345", "1");
					try {
						SequenceAttribute rois = (SequenceAttribute) l.get(new AttributeTag(0x3006, 0x0039));
						SequenceAttribute cs = (SequenceAttribute) rois.getItem(0).getAttributeList().get(new AttributeTag(0x3006, 0x0040));
						AttributeList added = cs.getItem(cs.getNumberOfItems() - 1).getAttributeList();
						Attribute count = new IntegerStringAttribute(new AttributeTag(0x3006, 0x0046));
						count.addValue(1_000_000);
						added.put(count);
					} catch (DicomException e) {
						throw new IllegalStateException(e);
					}
				}, TransferSyntax.ImplicitVRLittleEndian);
		Path rs = c.folder().resolve("RS.dcm");
		byte[] b = Files.readAllBytes(rs);
		byte[] placeholder = (marker + "\\" + marker + "\\1\\" + marker + "\\1.2345\\1\\1.2345\\1.2345\\1")
				.getBytes(StandardCharsets.US_ASCII);
		int at = indexOf(b, placeholder);
		if (at < 8 || b[at - 8] != 0x06 || b[at - 7] != 0x30 || b[at - 6] != 0x50 || b[at - 5] != 0x00) {
			throw new IllegalStateException("placeholder ContourData not found in " + rs);
		}
		int oldLength = ByteBuffer.wrap(b, at - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
		StringBuilder sb = new StringBuilder(30_000_000);
		double[] xyz = contour(1_000_000, 0);
		for (int k = 0; k < xyz.length; k++) {
			sb.append(k == 0 ? "" : "\\").append(String.format(java.util.Locale.ROOT, "%.4f", xyz[k]));
		}
		if (sb.length() % 2 == 1) {
			sb.append(' ');
		}
		byte[] value = sb.toString().getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + value.length);
		out.write(b, 0, at - 4);
		out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value.length).array());
		out.write(value);
		out.write(b, at + oldLength, b.length - at - oldLength);
		Files.write(rs, out.toByteArray());
		return c;
	}

	/** A byte-identical second copy of a CT slice under another file name. */
	private static Case duplicateCopy(Path root, Path base) throws IOException {
		Path folder = copyOf(root, base, "byte-identical duplicate of a CT slice (same SOP Instance UID)");
		Files.copy(folder.resolve("CT_0003.dcm"), folder.resolve("CT_0003 copy.dcm"));
		return new Case("byte-identical duplicate of a CT slice (same SOP Instance UID)", folder, Expect.REPAIRED,
				"an exact copy carries no conflicting data; one copy is kept, with a warning");
	}

	/** The CT series twice, the copy under new series and instance UIDs but the same frame of reference. */
	private static Case secondSeries(Path root, Path base) throws IOException {
		String name = "two CT series sharing one frame of reference";
		Path folder = copyOf(root, base, name);
		for (int k = 1; k <= SLICES; k++) {
			String file = String.format("CT_%04d.dcm", k);
			int slice = k;
			DicomEdit.copyWith(folder.resolve(file), folder.resolve("second_" + file), l -> {
				DicomEdit.setUid(l, 0x0020, 0x000E, "2.25.4711");
				DicomEdit.setUid(l, 0x0008, 0x0018, "2.25.4711" + slice);
				DicomEdit.setUid(l, 0x0002, 0x0003, "2.25.4711" + slice);
			});
		}
		return new Case(name, folder, Expect.REJECTED, "which series the structures belong to is ambiguous; one per folder");
	}

	/** A symbolic link to a file that does not exist: unreadable even for root, unlike chmod 000. */
	private static Case danglingLink(Path root, Path base) throws IOException {
		String name = "unreadable file (dangling link) next to the study";
		Path folder = copyOf(root, base, name);
		Files.createSymbolicLink(folder.resolve("RD_missing.dcm"), folder.resolve("no-such-target.dcm"));
		return new Case(name, folder, Expect.REPAIRED, "the file is reported and skipped; the readable study imports");
	}

	/** chmod 000: only meaningful when the test does not run as root (root reads any file). */
	static Case permissionDenied(Path root, Path base) throws IOException {
		String name = "permission-denied file (chmod 000) next to the study";
		Path folder = copyOf(root, base, name);
		Path locked = Files.copy(folder.resolve(rd(base)), folder.resolve("RD_locked.dcm"));
		Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
		return new Case(name, folder, Expect.REPAIRED, "the file is reported and skipped; the readable study imports");
	}
}
