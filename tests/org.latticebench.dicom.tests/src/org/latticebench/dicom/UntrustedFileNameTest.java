package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;

/**
 * Issue 14, "file and folder names derived from untrusted text are sanitised": the exporter names
 * RTDOSE files after dose (plan) labels, which come from imported files or users. Every other file
 * name it writes is fixed (CT_0001.dcm, RS.dcm, RP.dcm).
 */
class UntrustedFileNameTest {

	@ParameterizedTest
	@ValueSource(strings = { "../../etc/passwd", "..", "a/b\\c", "C:\\Windows\\evil", "CON", "nul.txt", "COM1", "x\u0000y\n\r\t",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "   ", "Plan \u00e9t\u00e9 \u2603", "trailing. " })
	void labelBecomesAPlainPortableNamePart(String label) {
		String part = DicomExporter.safeName(label);
		assertTrue(part.matches("[A-Za-z0-9_-]{1," + DicomExporter.MAX_NAME_CHARS + "}"), "'" + part + "' from '" + label + "'");
	}

	@Test
	void aVeryLongLabelIsShortenedBelowFileSystemLimits() {
		// ext4 and NTFS allow 255 bytes per name; RD_ + 64 + _32bit.dcm stays far below
		assertEquals(DicomExporter.MAX_NAME_CHARS, DicomExporter.safeName("x".repeat(10_000)).length());
	}

	@Test
	void hostileDoseLabelsExportInsideTheOutputFolderOnly(@TempDir Path tmp) throws IOException {
		StudySnapshot study = HostileDicomCorpus.baseStudy();
		float[] gy = new float[study.ctHu().grid().voxelCount()];
		java.util.Arrays.fill(gy, 2f);
		FloatVolume dose = new FloatVolume(study.ctHu().grid(), gy);
		Path out = tmp.resolve("out");
		ExportResult r = DicomExporter.export(ExportRequest.of(study).withDose(DoseExport.physical("../../escaped", dose))
				.withDose(DoseExport.physical("y".repeat(5_000) + "/\u0000", dose)), out, ProgressMonitor.NULL);

		try (Stream<Path> all = Files.walk(tmp)) {
			List<Path> files = all.filter(Files::isRegularFile).toList();
			for (Path f : files) {
				assertEquals(out, f.getParent(), "every file lies directly in the output folder: " + f);
			}
		}
		assertTrue(r.doses().stream().allMatch(d -> d.file().getFileName().toString().matches("RD_[A-Za-z0-9_-]+_\\w+\\.dcm")),
				r.doses().toString());
	}
}
