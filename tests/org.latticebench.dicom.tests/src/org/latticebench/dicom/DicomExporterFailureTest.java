package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.CancelledException;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;

/** Exports that fail leave nothing behind and say what failed. */
class DicomExporterFailureTest {

	/** A small study: 20 x 20 x 10 voxels of 2 mm, one 6 x 6 x 4 voxel box structure made as a mask. */
	static StudySnapshot smallStudy() {
		Grid3 g = Grid3.axisAligned(new Vec3(-19, -19, -9), new Vec3(2, 2, 2), 20, 20, 10);
		float[] hu = new float[g.voxelCount()];
		float[] box = new float[g.voxelCount()];
		for (int k = 3; k < 7; k++) {
			for (int j = 7; j < 13; j++) {
				for (int i = 7; i < 13; i++) {
					box[g.index(i, j, k)] = 1;
					hu[g.index(i, j, k)] = 40;
				}
			}
		}
		return new StudySnapshot("Test^Small", "SMALL", new FloatVolume(g, hu),
				List.of(StructureSnapshot.ofMask("Box", StructureRole.TARGET, 0xFF0000, 10, new Mask(g, box))));
	}

	@Test
	void negativeDoseIsRefusedNamingTheDoseAndVoxelAndNothingIsWritten(@TempDir Path tmp) throws IOException {
		StudySnapshot study = smallStudy();
		float[] d = new float[study.ctHu().grid().voxelCount()];
		d[study.ctHu().grid().index(3, 4, 5)] = -0.25f;
		ExportRequest request = ExportRequest.of(study).withDose(DoseExport.physical("bad", new FloatVolume(study.ctHu().grid(), d)));
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> DicomExporter.export(request, tmp.resolve("out"), ProgressMonitor.NULL));
		assertEquals("dose 'bad'", e.source().orElseThrow());
		assertTrue(e.getMessage().contains("(3, 4, 5)") && e.getMessage().contains("-0.25"), e.getMessage());
		assertEmpty(tmp);
	}

	@Test
	void failureAfterCtAndStructuresWereWrittenLeavesNoPartialOutput(@TempDir Path tmp) throws IOException {
		// the prescription is checked when RP.dcm is written, after the CT slices and RS.dcm
		ExportRequest request = ExportRequest.of(smallStudy())
				.withPlan(PlanExport.of("P", 1, List.of(new PlanExport.Prescription("Liver", 20)), List.of()));
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> DicomExporter.export(request, tmp.resolve("out"), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("'Liver'"), e.getMessage());
		assertEmpty(tmp);
	}

	@Test
	void cancellingMidwayLeavesNoPartialOutput(@TempDir Path tmp) throws IOException {
		AtomicLong work = new AtomicLong();
		ProgressMonitor cancelAfterFiveSlices = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long w) {
				work.addAndGet(w);
			}

			@Override
			public boolean isCanceled() {
				return work.get() >= 5;
			}
		};
		assertThrows(CancelledException.class,
				() -> DicomExporter.export(ExportRequest.of(smallStudy()), tmp.resolve("out"), cancelAfterFiveSlices));
		assertEmpty(tmp);
	}

	@Test
	void nonEmptyOutputFolderIsRefusedNamingItAndLeftAlone(@TempDir Path tmp) throws IOException {
		Path out = Files.createDirectories(tmp.resolve("out"));
		Files.writeString(out.resolve("notes.txt"), "mine");
		ExportFailedException e = assertThrows(ExportFailedException.class,
				() -> DicomExporter.export(ExportRequest.of(smallStudy()), out, ProgressMonitor.NULL));
		assertEquals(out.toAbsolutePath().normalize(), e.file());
		assertEquals(List.of("notes.txt"), list(out));
		assertEquals(List.of("out"), list(tmp));
	}

	@Test
	void emptyExistingOutputFolderIsFilled(@TempDir Path tmp) throws IOException {
		Path out = Files.createDirectories(tmp.resolve("out"));
		ExportResult r = DicomExporter.export(ExportRequest.of(smallStudy()), out, ProgressMonitor.NULL);
		// 10 CT slices (smallStudy) + RS.dcm; no plan and no dose
		assertEquals(11, list(out).size());
		assertTrue(r.plan().isEmpty());
		assertEquals(List.of("out"), list(tmp));
	}

	@Test
	void unwritableParentFailsWithTheFolderNamed(@TempDir Path tmp) throws IOException {
		Path parent = Files.createDirectories(tmp.resolve("locked"));
		assertTrue(parent.toFile().setWritable(false));
		try {
			// root ignores permissions; the check only means something for ordinary users
			org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(parent), "running as root: permissions not enforced");
			ExportFailedException e = assertThrows(ExportFailedException.class,
					() -> DicomExporter.export(ExportRequest.of(smallStudy()), parent.resolve("out"), ProgressMonitor.NULL));
			assertTrue(e.file().startsWith(parent), e.getMessage());
			assertFalse(Files.exists(parent.resolve("out")));
		} finally {
			parent.toFile().setWritable(true);
		}
	}

	@Test
	void duplicateStructureNamesAreRefusedNamingTheStructure(@TempDir Path tmp) throws IOException {
		StudySnapshot s = smallStudy();
		StudySnapshot twice = new StudySnapshot(s.patientName(), s.patientId(), s.ctHu(),
				List.of(s.structures().get(0), s.structures().get(0)));
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> DicomExporter.export(ExportRequest.of(twice), tmp.resolve("out"), ProgressMonitor.NULL));
		assertEquals("structure 'Box'", e.source().orElseThrow());
		assertEmpty(tmp);
	}

	private static void assertEmpty(Path folder) throws IOException {
		assertEquals(List.of(), list(folder), "the export left files behind");
	}

	private static List<String> list(Path folder) throws IOException {
		try (var s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
