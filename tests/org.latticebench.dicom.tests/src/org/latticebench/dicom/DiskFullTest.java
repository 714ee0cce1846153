package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.model.io.StudyStore;
import org.latticebench.model.snapshot.Snapshots;

/**
 * Issue 14, "the disk fills during a save or an export": a real full file system, a 1 MB tmpfs
 * mounted for the test (the build runs as root; elsewhere the test is skipped with a message). The
 * previous study and the previous export must survive byte for byte (SHA-256 over every file), and
 * the error must say where and what happened.
 */
class DiskFullTest {

	private static final String SIZE = "1m";

	@TempDir
	Path tmp;
	private Path disk;

	@BeforeEach
	void mountSmallFileSystem() throws IOException, InterruptedException {
		disk = Files.createDirectory(tmp.resolve("small-disk"));
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + SIZE, "tmpfs", disk.toString())
				.redirectErrorStream(true).start();
		String output = new String(mount.getInputStream().readAllBytes());
		boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
		Assumptions.assumeTrue(mounted, "skipped: cannot mount a " + SIZE + " tmpfs here (needs root): " + output.strip());
	}

	@AfterEach
	void unmount() throws IOException, InterruptedException {
		new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
	}

	@Test
	void saveThatFillsTheDiskLeavesThePreviousStudyIdenticalAndSaysWhere() throws IOException {
		Path folder = disk.resolve("study");
		StudyStore.save(Snapshots.fromSnapshot(HostileDicomCorpus.baseStudy()), folder);
		String before = digest(folder);
		// 80 x 80 x 100 float32 HU = 2.6 MB: cannot fit on a 1 MB disk
		IOException e = assertThrows(IOException.class,
				() -> StudyStore.save(Snapshots.fromSnapshot(largeStudy()), folder));

		assertTrue(e.getMessage().startsWith("cannot save the study to " + folder + ": "), e.getMessage());
		assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
		assertTrue(e.getMessage().endsWith("the study saved there before is unchanged"), e.getMessage());
		assertEquals(before, digest(folder));
		assertEquals(List.of("study"), names(disk), "no temporary or backup folder left behind");
		assertEquals(HostileDicomCorpus.baseStudy().ctHu().grid(),
				Snapshots.toSnapshot(StudyStore.load(folder)).ctHu().grid());
	}

	@Test
	void exportThatFillsTheDiskLeavesNothingHalfWrittenAndThePreviousExportIntact() throws IOException {
		Path previous = disk.resolve("previous");
		DicomExporter.export(ExportRequest.of(HostileDicomCorpus.baseStudy()), previous, ProgressMonitor.NULL);
		String before = digest(previous);
		Path out = disk.resolve("new-export");

		ExportFailedException e = assertThrows(ExportFailedException.class, () -> DicomExporter
				.export(ExportRequest.of(largeStudy()).withDoseEncodings(Set.of(DoseEncoding.UINT32)), out, ProgressMonitor.NULL));

		assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
		assertTrue(e.file().startsWith(out), "names the file it was writing in " + out + ": " + e.file());
		assertEquals(before, digest(previous));
		assertEquals(List.of("previous"), names(disk), "the failed export left nothing, not even a hidden folder");
	}

	/** 80 x 80 x 100 voxels at 2 mm: 1.3 MB of 16-bit CT slices, 2.6 MB of float32 HU. */
	private static StudySnapshot largeStudy() {
		StudySnapshot small = HostileDicomCorpus.baseStudy();
		Grid3 g = Grid3.axisAligned(new Vec3(-79, -79, -99), new Vec3(2, 2, 2), 80, 80, 100);
		return new StudySnapshot("Large^Study", "LARGE-1", new FloatVolume(g, new float[g.voxelCount()]), small.structures()
				.stream().map(s -> s.withMask(org.latticebench.geometry.MaskResampler.resample(s.mask().orElseThrow(), g)))
				.toList());
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** SHA-256 over every file's relative path and bytes, in path order. */
	static String digest(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
				sha.update(folder.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				sha.update(Files.readAllBytes(p));
			}
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
