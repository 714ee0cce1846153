package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.testing.SharedData;

class DicomScannerTest {

	@Test
	void syntheticSphereFolderIsOneStudyOnOneFrameOfReference() {
		ScanReport report = DicomScanner.scan(SharedData.path("synthetic-sphere"), ProgressMonitor.NULL);
		// folder listing: 41 CT slices, RS, RD, expected.json and two CSV files
		assertEquals(46, report.fileCount());
		assertEquals(1, report.studies().size());
		assertEquals(1, report.studies().get(0).framesOfReference().size());
		assertTrue(report.describe().contains("1 CT series of 41 slices, 1 RTSTRUCT with 3 ROIs, 1 RTDOSE"), report.describe());
		assertEquals(3, report.skipped().size());
		assertTrue(report.skipped().stream().allMatch(s -> s.reason() == ScanReport.Reason.NOT_DICOM));
	}

	@Test
	void scanIsRecursiveAndListsDamagedFilesWithTheirReason(@TempDir Path tmp) throws IOException {
		Path nested = Files.createDirectories(tmp.resolve("a/b"));
		DicomEdit.copyAll(CtSeriesReaderTest.sphereSlices().subList(0, 3), nested);
		byte[] rs = Files.readAllBytes(SharedData.path("synthetic-sphere/RS_synthetic.dcm"));
		Files.write(tmp.resolve("RS_cut.dcm"), Arrays.copyOf(rs, 5000));
		Files.writeString(tmp.resolve("readme.txt"), "hello");
		ScanReport report = DicomScanner.scan(tmp, ProgressMonitor.NULL);
		assertTrue(report.describe().contains("1 CT series of 3 slices"), report.describe());
		assertEquals(List.of(ScanReport.Reason.DAMAGED, ScanReport.Reason.NOT_DICOM),
				report.skipped().stream().map(ScanReport.SkippedFile::reason).toList());
		assertEquals(1, report.damaged().size());
		assertTrue(report.describe().contains("RS_cut.dcm"), report.describe());
	}

	@Test
	void unreadableFileIsReportedAsPermissionDenied(@TempDir Path tmp) throws IOException {
		Path locked = Files.copy(SharedData.path("synthetic-sphere/CT_001.dcm"), tmp.resolve("locked.dcm"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Assumptions.assumeFalse(Files.isReadable(locked), "skipped: running as a user who can read any file (root)");
		ScanReport report = DicomScanner.scan(tmp, ProgressMonitor.NULL);
		assertEquals(ScanReport.Reason.NOT_READABLE, report.skipped().get(0).reason());
		assertTrue(report.skipped().get(0).problem().contains("permission denied"));
	}
}
