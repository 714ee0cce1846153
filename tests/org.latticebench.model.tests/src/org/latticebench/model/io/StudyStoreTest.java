package org.latticebench.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.InvalidInputException;
import org.latticebench.model.Plan;
import org.latticebench.model.Structure;
import org.latticebench.model.Study;

class StudyStoreTest {

	@TempDir
	Path dir;

	@Test
	void savedStudyLoadsEqualIncludingEveryArray() throws IOException {
		Study study = TestStudies.liverStudy();
		Path folder = dir.resolve("study");

		StudyStore.save(study, folder);
		Study loaded = StudyStore.load(folder);

		assertTrue(EcoreUtil.equals(study, loaded), "EcoreUtil.equals after the round trip");
		assertEquals(StudyStore.FORMAT_VERSION, loaded.getFormatVersion());
		assertArrayEquals(study.getImage().getHuValues().toFloatArray(), loaded.getImage().getHuValues().toFloatArray());
		for (int s = 0; s < 3; s++) {
			Structure expected = study.getStructures().get(s);
			Structure actual = loaded.getStructures().get(s);
			assertEquals(expected.getContours(), actual.getContours(), expected.getName() + " contours");
			if (expected.getMask() != null) {
				assertArrayEquals(expected.getMask().toFloatArray(), actual.getMask().toFloatArray(), expected.getName() + " mask");
			}
		}
		for (int p = 0; p < 2; p++) {
			Plan expected = study.getPlans().get(p);
			Plan actual = loaded.getPlans().get(p);
			assertEquals(expected.getDoses().size(), actual.getDoses().size());
			for (int d = 0; d < expected.getDoses().size(); d++) {
				assertArrayEquals(expected.getDoses().get(d).getDoseGy().toFloatArray(),
						actual.getDoses().get(d).getDoseGy().toFloatArray());
			}
		}
		// cross references survive: the evaluation and comparison point at the loaded plans
		assertEquals(loaded.getPlans().get(0), loaded.getEvaluations().get(0).getPlan());
		assertEquals(loaded.getPlans().get(1), loaded.getComparisons().get(0).getReferencePlan());
		assertEquals(loaded.getRegimens().get(0), loaded.getPlans().get(1).getRegimen());
		// 1 image + 2 masks + 3 doses (fixture) = 6 array files, nothing else left beside the folder
		assertEquals(6, listNames(folder.resolve("arrays")).size());
		assertEquals(List.of("study"), listNames(dir));
	}

	@Test
	void savingTwiceReplacesTheOldStudy() throws IOException {
		Path folder = dir.resolve("study");
		StudyStore.save(TestStudies.liverStudy(), folder);
		Study second = TestStudies.liverStudy();
		second.getPlans().get(0).setName("Lattice v2");
		second.getStructures().remove(1);

		StudyStore.save(second, folder);
		Study loaded = StudyStore.load(folder);

		assertTrue(EcoreUtil.equals(second, loaded));
		// the old arrays went with the old folder: 1 image + 1 mask + 3 doses
		assertEquals(5, listNames(folder.resolve("arrays")).size());
		assertEquals(List.of("study"), listNames(dir));
	}

	@Test
	void saveRefusesToReplaceAFolderThatIsNotAStudy() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("documents"));
		Files.writeString(folder.resolve("thesis.txt"), "precious");

		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> StudyStore.save(TestStudies.liverStudy(), folder));

		assertTrue(e.getMessage().contains("documents"), e.getMessage());
		assertEquals("precious", Files.readString(folder.resolve("thesis.txt")));
	}

	@Test
	void loadingAFolderWithoutStudyXmiNamesTheMissingFile() {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StudyStore.load(dir.resolve("nothing")));
		assertTrue(e.getMessage().contains("study.xmi"), e.getMessage());
	}

	@Test
	void truncatedArrayFileIsRefusedNamingTheFile() throws IOException {
		Path folder = savedStudy();
		Path hu = arrayFile(folder, TestStudies.liverStudy().getImage().getHuValues().length());
		byte[] bytes = Files.readAllBytes(hu);
		Files.write(hu, java.util.Arrays.copyOf(bytes, bytes.length - 100));

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StudyStore.load(folder));

		assertEquals(hu.toString(), e.source().orElseThrow());
		assertTrue(e.getMessage().contains("truncated"), e.getMessage());
	}

	@Test
	void headerWithTheWrongLengthIsRefusedNamingTheFile() throws IOException {
		Path folder = savedStudy();
		int voxels = TestStudies.IMAGE_GRID.voxelCount();
		Path hu = arrayFile(folder, voxels);
		byte[] bytes = Files.readAllBytes(hu);
		java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(8, voxels + 1L); // length field at offset 8
		Files.write(hu, bytes);

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StudyStore.load(folder));

		assertEquals(hu.toString(), e.source().orElseThrow());
		assertEquals("length", e.attribute().orElseThrow());
		assertTrue(e.getMessage().contains(Integer.toString(voxels + 1)), e.getMessage());
	}

	@Test
	void flippedDataByteFailsTheChecksumNamingTheFile() throws IOException {
		Path folder = savedStudy();
		Path hu = arrayFile(folder, TestStudies.IMAGE_GRID.voxelCount());
		byte[] bytes = Files.readAllBytes(hu);
		bytes[ArrayFile.HEADER_BYTES + 1001] ^= 0x10;
		Files.write(hu, bytes);

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StudyStore.load(folder));

		assertEquals(hu.toString(), e.source().orElseThrow());
		assertEquals("checksum", e.attribute().orElseThrow());
	}

	@Test
	void missingArrayFileIsNamed() throws IOException {
		Path folder = savedStudy();
		Path hu = arrayFile(folder, TestStudies.IMAGE_GRID.voxelCount());
		Files.delete(hu);

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StudyStore.load(folder));

		assertEquals(hu.toString(), e.source().orElseThrow());
	}

	@Test
	void externalEntityInStudyXmiIsRefusedAndNotRead() throws IOException {
		Path folder = savedStudy();
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-4711");
		Path xmi = folder.resolve(StudyStore.STUDY_FILE);
		String original = Files.readString(xmi);
		String attack = original.replaceFirst("\\?>", "?>\n<!DOCTYPE lb:Study [ <!ENTITY secret SYSTEM \"" + secret.toUri() + "\"> ]>")
				.replaceFirst("name=\"liver phantom\"", "name=\"&secret;\"");
		assertNotEquals(original, attack, "the attack must actually change the file");
		Files.writeString(xmi, attack);

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StudyStore.load(folder));

		assertEquals(xmi.toString(), e.source().orElseThrow());
		for (Throwable t = e; t != null; t = t.getCause()) {
			assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET"), "secret leaked in " + t);
		}
	}

	@Test
	void studyFromANewerFormatVersionGetsAClearMessage() throws IOException {
		Path folder = savedStudy();
		Path xmi = folder.resolve(StudyStore.STUDY_FILE);
		String newer = Files.readString(xmi).replaceFirst("formatVersion=\"" + StudyStore.FORMAT_VERSION + "\"",
				"formatVersion=\"7\" ringDoseGy=\"12.0\"");
		Files.writeString(xmi, newer);

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StudyStore.load(folder));

		assertTrue(e.getMessage().contains("newer Lattice Bench (format version 7)"), e.getMessage());
		assertEquals("formatVersion", e.attribute().orElseThrow());
	}

	@Test
	void studyInANewerModelNamespaceGetsAClearMessage() throws IOException {
		Path folder = savedStudy();
		Path xmi = folder.resolve(StudyStore.STUDY_FILE);
		Files.writeString(xmi, Files.readString(xmi).replace("http://latticebench.org/model/0.1", "http://latticebench.org/model/0.2"));

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StudyStore.load(folder));

		assertTrue(e.getMessage().contains("newer Lattice Bench (model namespace http://latticebench.org/model/0.2)"), e.getMessage());
	}

	private Path savedStudy() throws IOException {
		Path folder = dir.resolve("study");
		StudyStore.save(TestStudies.liverStudy(), folder);
		return folder;
	}

	/** The array file holding {@code length} floats (header + 4 bytes each); the fixture has one image-sized HU array among masks. */
	static Path arrayFile(Path folder, int length) throws IOException {
		Study study = StudyStore.load(folder);
		String id = study.getImage().getHuValues().id();
		Path file = folder.resolve("arrays").resolve(id + ".bin");
		assertEquals(ArrayFile.HEADER_BYTES + 4L * length, Files.size(file));
		return file;
	}

	static List<String> listNames(Path folder) throws IOException {
		List<String> names = new ArrayList<>();
		try (var s = Files.list(folder)) {
			s.forEach(p -> names.add(p.getFileName().toString()));
		}
		names.sort(null);
		return names;
	}
}
