package org.latticebench.dicom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.latticebench.dicom.HostileDicomCorpus.Expect;
import org.latticebench.model.io.StudyStore;
import org.latticebench.model.snapshot.Snapshots;

/**
 * The saved-study half of the issue-14 corpus: a study saved by {@link StudyStore}, then copies of
 * its folder with study.xmi or an array file made hostile. Generated at test time.
 */
final class HostileStudyCorpus {

	/** Text that a successful XXE would copy into the study; the test checks it never appears. */
	static final String SECRET = "TOP-SECRET-CORPUS-0451";

	/** One saved-study case. */
	record Case(String name, Path folder, Expect expect, String why) {
	}

	private HostileStudyCorpus() {
	}

	static List<Case> generate(Path root) throws IOException {
		Path base = root.resolve("saved");
		StudyStore.save(Snapshots.fromSnapshot(HostileDicomCorpus.baseStudy()), base);
		Path secret = Files.writeString(root.resolve("secret.txt"), SECRET);
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("saved study (control)", base, Expect.IMPORTED, "written by StudyStore"));
		cases.add(xmi(root, base, "XXE: external entity naming a local file", "no DOCTYPE is accepted, so nothing is read",
				x -> x.replaceFirst("\\?>", "?>\n<!DOCTYPE lb:Study [ <!ENTITY secret SYSTEM \"" + secret.toUri() + "\"> ]>")
						.replaceFirst("name=\"([^\"]*)\"", "name=\"&secret;\"")));
		cases.add(xmi(root, base, "external DTD on a local file", "no DOCTYPE is accepted, so the DTD is never opened",
				x -> x.replaceFirst("\\?>", "?>\n<!DOCTYPE lb:Study SYSTEM \"" + secret.toUri() + "\">")));
		cases.add(xmi(root, base, "entity expansion bomb (billion laughs)", "refused at the DOCTYPE, before any expansion",
				x -> x.replaceFirst("\\?>", "?>\n" + laughs()).replaceFirst("name=\"([^\"]*)\"", "name=\"&lol9;\"")));
		cases.add(xmi(root, base, "study.xmi truncated half-way", "malformed XML is refused naming the file",
				x -> x.substring(0, x.length() / 2)));
		cases.add(xmi(root, base, "study from a newer format version", "says which version to update to",
				x -> x.replaceFirst("formatVersion=\"" + StudyStore.FORMAT_VERSION + "\"", "formatVersion=\"9\"")));
		cases.add(xmi(root, base, "array reference escaping the folder (../)", "array ids are plain file names",
				x -> x.replaceFirst("\"([A-Za-z0-9_-]+):(\\d+)\"", "\"../../secret:$2\"")));
		cases.add(array(root, base, "array file whose header length does not match study.xmi",
				"header, study.xmi and file size must agree", b -> patchHeaderLength(b, 7)));
		cases.add(array(root, base, "array file header claiming 2^40 floats (4 TB)",
				"the length is checked against the file size before allocating", b -> patchHeaderLength(b, 1L << 40)));
		cases.add(array(root, base, "array file cut short", "a truncated array is refused naming the file",
				b -> Arrays.copyOf(b, b.length / 2)));
		return cases;
	}

	private static String laughs() {
		StringBuilder sb = new StringBuilder("<!DOCTYPE lb:Study [\n <!ENTITY lol0 \"lol\">\n");
		for (int k = 1; k <= 9; k++) {
			String prev = "&lol" + (k - 1) + ";";
			sb.append(" <!ENTITY lol").append(k).append(" \"").append(prev.repeat(10)).append("\">\n");
		}
		return sb.append("]>").toString();
	}

	private interface TextEdit {
		String apply(String xmi);
	}

	private interface BytesEdit {
		byte[] apply(byte[] array);
	}

	private static Case xmi(Path root, Path base, String name, String why, TextEdit edit) throws IOException {
		Path folder = copyOf(root, base);
		Path xmi = folder.resolve(StudyStore.STUDY_FILE);
		String original = Files.readString(xmi);
		String changed = edit.apply(original);
		if (changed.equals(original)) {
			throw new IllegalStateException("corpus case '" + name + "' did not change study.xmi");
		}
		Files.writeString(xmi, changed);
		return new Case(name, folder, Expect.REJECTED, why);
	}

	private static Case array(Path root, Path base, String name, String why, BytesEdit edit) throws IOException {
		Path folder = copyOf(root, base);
		Path largest;
		try (Stream<Path> s = Files.list(folder.resolve(StudyStore.ARRAYS_FOLDER))) {
			largest = s.max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
		}
		Files.write(largest, edit.apply(Files.readAllBytes(largest)));
		return new Case(name, folder, Expect.REJECTED, why);
	}

	/** Overwrites the element count of the array header (8 bytes little-endian at offset 8, see ArrayFile). */
	private static byte[] patchHeaderLength(byte[] b, long length) {
		byte[] c = b.clone();
		ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putLong(8, length);
		return c;
	}

	private static Path copyOf(Path root, Path base) throws IOException {
		int n;
		try (Stream<Path> s = Files.list(root)) {
			n = (int) s.filter(p -> p.getFileName().toString().startsWith("study")).count() + 1;
		}
		Path folder = root.resolve(String.format("study%02d", n));
		try (Stream<Path> walk = Files.walk(base)) {
			for (Path p : walk.toList()) {
				Path target = folder.resolve(base.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
		return folder;
	}
}
