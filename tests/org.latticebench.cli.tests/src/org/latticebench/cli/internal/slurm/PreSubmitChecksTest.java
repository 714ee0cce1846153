package org.latticebench.cli.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.cli.UsageException;

class PreSubmitChecksTest {

	private final PreSubmitChecks checks = new PreSubmitChecks("batch");

	@Test
	void relativeStudyPathIsAOneLineErrorNamingTheRow() {
		UsageException e = assertThrows(UsageException.class,
				() -> checks.absoluteInputs(Map.of("tasks.csv row 4", "patients/p004")));
		assertEquals("batch: tasks.csv row 4: study path 'patients/p004' is relative; SLURM nodes need absolute paths "
				+ "on a shared file system", e.getMessage());
		checks.absoluteInputs(Map.of("tasks.csv row 1", "/shared/patients/p001"));
	}

	@Test
	void sbatchIsFoundOnThePathLikeAShellWould(@TempDir Path dir) throws IOException {
		Path bin = Files.createDirectories(dir.resolve("bin"));
		UsageException missing = assertThrows(UsageException.class, () -> checks.sbatchOnPath(bin + ":" + dir));
		assertTrue(missing.getMessage().startsWith("batch: sbatch is not on the PATH"), missing.getMessage());
		Path sbatch = Files.writeString(bin.resolve("sbatch"), "#!/bin/sh\n");
		assertThrows(UsageException.class, () -> checks.sbatchOnPath(bin.toString())); // not executable
		Files.setPosixFilePermissions(sbatch, PosixFilePermissions.fromString("rwxr-xr-x"));
		assertEquals(sbatch, checks.sbatchOnPath("/nonexistent:" + bin));
	}

	@Test
	void outputFolderThatCannotBeCreatedIsAUsageError(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("a-file"), "x");
		UsageException e = assertThrows(UsageException.class, () -> checks.writableFolder(file.resolve("out")));
		assertTrue(e.getMessage().startsWith("batch: output folder " + file.resolve("out") + " is not writable"),
				e.getMessage());
		checks.writableFolder(dir.resolve("fresh/out"));
		assertTrue(Files.isDirectory(dir.resolve("fresh/out")));
		try (var left = Files.list(dir.resolve("fresh/out"))) {
			assertEquals(0, left.count()); // the probe file is gone
		}
	}

	@Test
	void launcherMustBeAnExecutableFile(@TempDir Path dir) {
		UsageException e = assertThrows(UsageException.class, () -> checks.launcher(dir.resolve("latticebench")));
		assertTrue(e.getMessage().contains("is not an executable file"), e.getMessage());
	}
}
