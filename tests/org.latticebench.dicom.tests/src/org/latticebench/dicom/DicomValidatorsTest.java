package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.testing.SharedData;

/**
 * Exported objects checked by other people's tools: dciodvfy (dicom3tools) for IOD conformance
 * and dcmdump (dcmtk) for readability. Each test is skipped when its tool is not installed;
 * .ci/run installs both. dciodvfy aborts on 32-bit RTDOSE pixel data, so the 16-bit variant
 * is the one validated (the 32-bit one differs only in BitsAllocated/BitsStored/HighBit).
 */
class DicomValidatorsTest {

	static final Path DCIODVFY = Path.of("/usr/bin/dciodvfy");
	static final Path DCMDUMP = Path.of("/usr/bin/dcmdump");

	@TempDir
	static Path tmp;
	static PhantomExportFixture phantom;

	@BeforeAll
	static void export() {
		phantom = PhantomExportFixture.export(tmp.resolve("phantom"));
	}

	record Run(int exitCode, String output) {
	}

	static Run run(Path tool, Path file) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(tool.toString(), file.toString()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS), tool + " did not finish on " + file);
		return new Run(p.exitValue(), out);
	}

	/** dciodvfy's verdict on one file: no line may start with "Error". */
	static void assertConformant(Path file, String expectedIod) throws IOException, InterruptedException {
		Run r = run(DCIODVFY, file);
		List<String> errors = r.output().lines().filter(l -> l.startsWith("Error")).toList();
		assertEquals(List.of(), errors, file.getFileName() + ":\n" + r.output());
		// dciodvfy names the IOD it checked against on a line of its own
		assertTrue(r.output().lines().anyMatch(l -> l.equals(expectedIod)), file.getFileName() + ":\n" + r.output());
	}

	@Test
	void phantomRtStructRtPlanSixteenBitRtDoseAndCtSlicePassDciodvfy() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(DCIODVFY), "skipped: " + DCIODVFY + " is not installed (apt-get install dicom3tools)");
		assertConformant(phantom.result().structureSet(), "RTStructureSet");
		assertConformant(phantom.result().plan().orElseThrow(), "RTPlan");
		assertConformant(phantom.dose16(), "RTDose");
		assertConformant(phantom.result().ctFiles().get(phantom.result().ctFiles().size() / 2), "CTImage");
	}

	@Test
	void reexportedSyntheticSphereObjectsPassDciodvfy() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(DCIODVFY), "skipped: " + DCIODVFY + " is not installed (apt-get install dicom3tools)");
		ImportedStudy imported = DicomImporter.importFolder(SharedData.path("synthetic-sphere"), ProgressMonitor.NULL);
		ExportResult r = DicomExporter.export(ExportRequest.ofImported(imported).withDoseEncodings(java.util.Set.of(DoseEncoding.UINT16)),
				tmp.resolve("sphere"), ProgressMonitor.NULL);
		assertConformant(r.structureSet(), "RTStructureSet");
		assertConformant(r.plan().orElseThrow(), "RTPlan");
		assertConformant(r.doses().get(0).file(), "RTDose");
	}

	@Test
	void dcmdumpReadsEveryExportedFile() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(DCMDUMP), "skipped: " + DCMDUMP + " is not installed (apt-get install dcmtk)");
		List<String> problems = new ArrayList<>();
		for (Path file : phantom.result().allFiles()) {
			Run r = run(DCMDUMP, file);
			// dcmtk reports parse problems as lines starting with "E:" or "W:"
			if (r.exitCode() != 0 || r.output().lines().anyMatch(l -> l.startsWith("E:") || l.startsWith("W:"))) {
				problems.add(file.getFileName() + " (exit " + r.exitCode() + "): "
						+ r.output().lines().filter(l -> l.startsWith("E:") || l.startsWith("W:")).toList());
			}
		}
		assertEquals(List.of(), problems);
		// 63 CT slices (PhantomExportTest) + RS + RP + 16- and 32-bit RTDOSE
		assertEquals(67, phantom.result().allFiles().size());
	}
}
