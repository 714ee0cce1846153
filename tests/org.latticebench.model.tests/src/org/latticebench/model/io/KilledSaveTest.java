package org.latticebench.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.latticebench.core.CancelledException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.model.Study;
import org.latticebench.model.io.StudyStore.Step;

/**
 * A save interrupted at any point must leave a loadable study: the old one, or the complete new
 * one once it was renamed into place. A thrown {@link Kill} (an Error) skips the save's own
 * rollback, so the folders are left exactly as a killed process leaves them.
 */
class KilledSaveTest {

	/** Stands for the process dying; Errors are not rolled back by the save. */
	static final class Kill extends Error {
		private static final long serialVersionUID = 1L;
	}

	@TempDir
	Path dir;
	Path folder;
	Study old;
	String oldDigest;

	@BeforeEach
	void saveOldStudy() throws IOException {
		folder = dir.resolve("study");
		old = TestStudies.liverStudy();
		StudyStore.save(old, folder);
		oldDigest = digest(folder);
	}

	@ParameterizedTest
	@EnumSource(names = { "ARRAY_WRITTEN", "XMI_WRITTEN", "SYNCED", "OLD_MOVED_ASIDE" })
	void saveKilledBeforeTheNewStudyIsInPlaceLeavesTheOldStudyIdentical(Step killAt) throws IOException {
		AtomicInteger arraysWritten = new AtomicInteger();
		StudyStore.StepListener killer = (step, path) -> {
			// for ARRAY_WRITTEN die after the second of six array files: some written, some not
			if (step == killAt && (step != Step.ARRAY_WRITTEN || arraysWritten.incrementAndGet() == 2)) {
				throw new Kill();
			}
		};

		assertThrows(Kill.class, () -> StudyStore.save(newerStudy(), folder, ProgressMonitor.NULL, killer));
		assertTrue(Files.exists(dir.resolve("study" + StudyStore.TEMP_SUFFIX)) || Files.exists(dir.resolve("study" + StudyStore.BACKUP_SUFFIX)),
				"the kill left the save's working folders behind");

		Study loaded = StudyStore.load(folder);

		assertTrue(EcoreUtil.equals(old, loaded), "the old study loads after a kill at " + killAt);
		assertEquals(oldDigest, digest(folder), "every file of the old study is byte-identical");
		assertEquals(List.of("study"), StudyStoreTest.listNames(dir), "recovery removed the leftovers");
	}

	@Test
	void saveKilledAfterTheNewStudyIsInPlaceKeepsTheNewStudy() throws IOException {
		Study newer = newerStudy();
		assertThrows(Kill.class, () -> StudyStore.save(newer, folder, ProgressMonitor.NULL, (step, path) -> {
			if (step == Step.NEW_IN_PLACE) {
				throw new Kill();
			}
		}));
		assertTrue(Files.exists(dir.resolve("study" + StudyStore.BACKUP_SUFFIX)), "the old study was not deleted yet");

		Study loaded = StudyStore.load(folder);

		assertTrue(EcoreUtil.equals(newer, loaded));
		assertEquals(List.of("study"), StudyStoreTest.listNames(dir));
	}

	@Test
	void failedWriteRollsBackAtOnceAndLeavesNothingBehind() throws IOException {
		AtomicInteger arraysWritten = new AtomicInteger();
		IOException diskFull = new IOException("No space left on device");

		IOException thrown = assertThrows(IOException.class, () -> StudyStore.save(newerStudy(), folder, ProgressMonitor.NULL,
				(step, path) -> {
					if (step == Step.ARRAY_WRITTEN && arraysWritten.incrementAndGet() == 3) {
						throw diskFull;
					}
				}));

		assertEquals(diskFull, thrown.getCause());
		assertEquals("cannot save the study to " + folder.toAbsolutePath().normalize()
				+ ": No space left on device; the study saved there before is unchanged", thrown.getMessage());
		assertEquals(List.of("study"), StudyStoreTest.listNames(dir));
		assertEquals(oldDigest, digest(folder));
	}

	@Test
	void failureAfterTheOldStudyWasMovedAsidePutsItBack() throws IOException {
		assertThrows(IOException.class, () -> StudyStore.save(newerStudy(), folder, ProgressMonitor.NULL, (step, path) -> {
			if (step == Step.OLD_MOVED_ASIDE) {
				throw new IOException("rename failed");
			}
		}));

		assertEquals(List.of("study"), StudyStoreTest.listNames(dir));
		assertEquals(oldDigest, digest(folder));
	}

	@Test
	void cancelledSaveLeavesTheOldStudy() throws IOException {
		ProgressMonitor cancelAfterFirstArray = new ProgressMonitor() {
			long work;

			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long w) {
				work += w;
			}

			@Override
			public boolean isCanceled() {
				return work >= 1;
			}
		};

		assertThrows(CancelledException.class, () -> StudyStore.save(newerStudy(), folder, cancelAfterFirstArray));

		assertEquals(List.of("study"), StudyStoreTest.listNames(dir));
		assertEquals(oldDigest, digest(folder));
	}

	@Test
	void leftoverPartialTempFolderIsDeletedOnLoad() throws IOException {
		Path tempArrays = Files.createDirectories(dir.resolve("study" + StudyStore.TEMP_SUFFIX).resolve("arrays"));
		Files.write(tempArrays.resolve("0123abcd.bin"), new byte[] { 'L', 'B', 'A' }); // a half-written header

		Study loaded = StudyStore.load(folder);

		assertTrue(EcoreUtil.equals(old, loaded));
		assertFalse(Files.exists(tempArrays.getParent()));
		assertEquals(oldDigest, digest(folder));
	}

	@Test
	void leftoverBackupWithoutStudyFolderIsRestored() throws IOException {
		// the state after "old -> backup" and before "new -> folder", with the new copy half written
		Files.move(folder, dir.resolve("study" + StudyStore.BACKUP_SUFFIX));
		Path temp = Files.createDirectories(dir.resolve("study" + StudyStore.TEMP_SUFFIX));
		Files.writeString(temp.resolve(StudyStore.STUDY_FILE), "<?xml version=\"1.0\"?><lb:Stu");

		Study loaded = StudyStore.load(folder);

		assertTrue(EcoreUtil.equals(old, loaded));
		assertEquals(oldDigest, digest(folder));
		assertEquals(List.of("study"), StudyStoreTest.listNames(dir));
	}

	@Test
	void nextSaveAlsoRecoversBeforeWriting() throws IOException {
		Files.move(folder, dir.resolve("study" + StudyStore.BACKUP_SUFFIX));
		Study newer = newerStudy();

		StudyStore.save(newer, folder);

		assertTrue(EcoreUtil.equals(newer, StudyStore.load(folder)));
		assertEquals(List.of("study"), StudyStoreTest.listNames(dir));
	}

	private static Study newerStudy() {
		Study study = TestStudies.liverStudy();
		study.setName("liver phantom, second save");
		study.getPlans().get(0).getBeams().get(0).setGantryDeg(45);
		return study;
	}

	/** SHA-256 over every file's relative path and bytes, in path order. */
	static String digest(Path folder) throws IOException {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			List<Path> files;
			try (Stream<Path> s = Files.walk(folder)) {
				files = s.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path f : files) {
				sha.update(folder.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				sha.update(Files.readAllBytes(f));
			}
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
