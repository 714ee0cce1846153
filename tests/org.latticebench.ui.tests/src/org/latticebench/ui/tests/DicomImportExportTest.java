package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dicom.DicomImporter;
import org.latticebench.dicom.ImportedDose;
import org.latticebench.dicom.ImportedStudy;
import org.latticebench.testing.Asserts;
import org.latticebench.testing.SharedData;
import org.latticebench.ui.internal.dialogs.ExportDicomDialog;
import org.latticebench.ui.internal.dialogs.ImportDicomWizard;
import org.latticebench.ui.internal.session.ExportStudyJob;
import org.latticebench.ui.internal.session.ImportStudyJob;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.session.UiErrors;
import org.latticebench.workflow.PlanRun;

/**
 * File > Import DICOM Folder… and File > Export DICOM…: the wizard shows what a folder holds
 * before importing (shared/data, read in place), imports it as a job, refuses a folder it cannot
 * import with the file named, reports a failed import in a dialog; the export writes the phantom
 * and both plans as DICOM-RT that reads back with the same anatomy and doses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DicomImportExportTest {

	private static UiDriver.SessionState before;
	private static final List<String> ERRORS = new ArrayList<>();
	private static java.util.function.BiConsumer<String, String> previousErrors;

	@BeforeAll
	static void phantomWithPlans() throws Exception {
		MainFlowTest.openThePhantomAndComputeBothPlans();
		before = UiDriver.remember();
		previousErrors = UiErrors.redirect((title, message) -> ERRORS.add(title + ": " + message));
	}

	@AfterAll
	static void putThePhantomBack() throws Exception {
		UiErrors.redirect(previousErrors);
		UiDriver.restore(before);
	}

	@Test
	@Order(1)
	void exportWritesThePhantomAndBothPlansAsDicomThatReadsBack() throws Exception {
		Path folder = Files.createTempDirectory("lb-ui-export").resolve("dicom");
		ExportStudyJob job = ExportDicomDialog.export(folder, List.of(MainFlowTest.LATTICE, MainFlowTest.SBRT));
		UiDriver.waitFor(job, 300_000);
		assertTrue(job.getResult().isOK(), "export: " + job.getResult());
		StudySnapshot study = before.study();
		int nz = study.ctHu().grid().nz();
		// one CT file per slice, one RTSTRUCT, one RTPLAN (the first plan with beams), and per plan an RTDOSE in
		// each DoseEncoding (16 and 32 bit)
		assertEquals(nz + 1 + 1 + 2 * 2, job.written().size(), "files written: " + job.written());
		assertTrue(job.written().stream().allMatch(Files::isRegularFile));

		ImportedStudy back = DicomImporter.importFolder(folder, ProgressMonitor.NULL);
		assertTrue(back.study().ctHu().grid().sameGeometry(study.ctHu().grid()), "the CT grid reads back");
		List<String> names = back.study().structures().stream().map(StructureSnapshot::name).toList();
		for (StructureSnapshot s : study.structures()) {
			assertTrue(names.contains(s.name()), s.name() + " is in the RTSTRUCT");
		}
		// the lattice plan's generated structures go with it: its spheres are in the RTSTRUCT
		PlanRun lattice = before.plans().get(0);
		long spheres = lattice.design().lattice().orElseThrow().keptCount();
		assertEquals(spheres, names.stream().filter(n -> n.startsWith("sphere_")).count());
		assertEquals(1, back.plans().size(), "one RTPLAN");
		assertEquals(lattice.design().beams().size(), back.plans().get(0).beams().size(), "the lattice plan's beams");
		// each dose's maximum reads back to within half a quantisation step (DoseGridScaling, DoseEncoding) plus
		// the float32 rounding of the volume (7.6e-6 Gy at 64-128 Gy)
		assertEquals(4, back.doses().size());
		List<Double> maxima = before.plans().stream().map(r -> (double) r.doseGy().max()).sorted().toList();
		List<ImportedDose> doses = back.doses().stream()
				.sorted((a, b) -> Float.compare(a.dose().max(), b.dose().max())).toList();
		for (int i = 0; i < 4; i++) {
			ImportedDose d = doses.get(i);
			assertEquals(maxima.get(i / 2), d.dose().max(), d.doseGridScaling() / 2 + 1e-5, "dose maximum of " + d.source());
			assertEquals(ImportedDose.Units.GY, d.units());
		}
	}

	@Test
	@Order(2)
	void wizardShowsTheClinicalBreastFolderWithItsTenRoisEmptyAreolaAndPlan() throws Exception {
		// shared/data/README.md: 10 ROIs incl. BODY and an empty Areola, an RTPLAN, one CT slice
		ImportDicomWizard wizard = scan(SharedData.path("dicompyler-breast"));
		String shown = wizard.shownTree();
		assertTrue(shown.contains("CT series of 1 slice\n"), shown);
		assertTrue(shown.contains(": 10 ROIs"), shown);
		assertTrue(shown.contains("Areola (") && shown.contains("no contours)"), shown);
		assertTrue(shown.contains("Lt Lung ("), shown);
		assertTrue(shown.contains("RTPLAN"), shown);
		assertTrue(shown.contains("RTDOSE (1 file)"), shown);
		assertEquals(wizard.summary().orElseThrow().text(), shown, "the tree shows the whole summary");
		close(wizard);
	}

	@Test
	@Order(3)
	void wizardShowsTheSyntheticSphereFolderThenImportsItAsAJob() throws Exception {
		Path folder = SharedData.path("synthetic-sphere");
		ImportDicomWizard wizard = scan(folder, "import-wizard");
		String shown = wizard.shownTree();
		// expected.json "description": 41 CT slices; Sphere on planes z = -28..28 (29), Box z = -20..20 (21)
		assertTrue(shown.contains("CT series of 41 slices"), shown);
		assertTrue(shown.contains("RS_synthetic.dcm: 3 ROIs"), shown);
		assertTrue(shown.contains("Sphere (") && shown.contains(", 29 planes)"), shown);
		assertTrue(shown.contains("Box (") && shown.contains(", 21 planes)"), shown);
		assertTrue(shown.contains("BODY (external"), shown);
		assertTrue(shown.contains("RD_synthetic.dcm"), shown);
		assertTrue(wizard.canFinish(), "an importable folder can be finished");
		assertTrue(wizard.performFinish());
		ImportStudyJob job = wizard.importJob().orElseThrow();
		close(wizard);
		UiDriver.waitFor(job, 300_000);
		assertTrue(job.getResult().isOK(), "import: " + job.getResult());
		UiDriver.waitUntil("the imported study", 10_000,
				() -> StudySession.get().study().map(s -> s.ctHu().grid().nz() == 41).orElse(false));
		StudySnapshot study = StudySession.get().study().orElseThrow();
		assertEquals(List.of("Sphere", "Box", "BODY"), study.structures().stream().map(StructureSnapshot::name).toList());
		assertEquals(128, study.ctHu().grid().nx());
		assertEquals(2.0, study.ctHu().grid().spacingMm().x(), 1e-9);
		// expected.json Sphere "slab" volume 112.97167182308897 cc (the masks are exact partial volumes of the
		// contours extruded half a plane each way); Box "slab" volume 67.2 cc (40 x 40 mm on 21 planes, 2 mm apart)
		Asserts.assertVolumeEquals(112.97167182308897, study.structure("Sphere").orElseThrow().mask().orElseThrow().volumeCc(),
				1e-4, "Sphere");
		Asserts.assertVolumeEquals(67.2, study.structure("Box").orElseThrow().mask().orElseThrow().volumeCc(), 1e-4, "Box");
		assertEquals(1, job.importedDoses(), "the RTDOSE came with the study");
		assertTrue(StudySession.get().plans().isEmpty(), "the imported study starts without computed plans");
		assertFalse(StudySession.get().isDirty());
	}

	@Test
	@Order(4)
	void aDamagedFileStopsTheImportAndTheDialogNamesIt() throws Exception {
		// a copy of one synthetic CT slice cut to 700 bytes (its header runs to byte 1242): DICOM, but truncated
		Path folder = Files.createTempDirectory("lb-ui-damaged");
		byte[] ct = Files.readAllBytes(SharedData.path("synthetic-sphere/CT_001.dcm"));
		Path damaged = folder.resolve("CT_001.dcm");
		Files.write(damaged, Arrays.copyOf(ct, 700));
		StudySnapshot open = StudySession.get().study().orElseThrow();

		ImportDicomWizard wizard = scan(folder);
		assertFalse(wizard.canFinish(), "a damaged file blocks the import");
		String problem = wizard.summary().orElseThrow().problem().orElseThrow();
		assertTrue(problem.contains(damaged.toString()), problem);
		close(wizard);

		ERRORS.clear();
		ImportStudyJob job = new ImportStudyJob(folder, ImportStudyJob.DICOM_IMPORTER);
		job.schedule();
		UiDriver.waitFor(job, 120_000);
		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		UiDriver.waitUntil("the error dialog", 10_000, () -> !ERRORS.isEmpty());
		String message = ERRORS.get(0);
		assertTrue(message.startsWith("Import failed: Could not import " + folder), message);
		assertTrue(message.contains(damaged.toString()) && message.toLowerCase(Locale.ROOT).contains("not imported"), message);
		assertTrue(StudySession.get().study().orElseThrow() == open, "a failed import leaves the open study");
	}

	@Test
	@Order(5)
	void aDuplicateFileIsSkippedAndTheWarningIsShownAfterTheImport() throws Exception {
		// the synthetic-sphere folder plus a byte-identical copy of one CT slice under another name: the importer
		// skips the copy with a warning (DicomScanner) and the job shows it once the study is open
		Path folder = Files.createTempDirectory("lb-ui-duplicate");
		try (var files = Files.list(SharedData.path("synthetic-sphere"))) {
			// the DICOM files only: the shared folder also holds its expected values, which the importer would list
			for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".dcm")).toList()) {
				Files.copy(f, folder.resolve(f.getFileName()));
			}
		}
		Files.copy(folder.resolve("CT_001.dcm"), folder.resolve("copy_of_CT_001.dcm"));
		ERRORS.clear();
		ImportStudyJob job = new ImportStudyJob(folder, ImportStudyJob.DICOM_IMPORTER);
		job.schedule();
		UiDriver.waitFor(job, 120_000);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
		assertEquals(1, job.warnings().size(), job.warnings().toString());
		UiDriver.waitUntil("the warning dialog", 10_000, () -> !ERRORS.isEmpty());
		String message = ERRORS.get(0);
		assertTrue(message.startsWith("Imported with warnings: Imported " + folder + " with 1 repair or skipped file:"),
				message);
		assertTrue(message.contains("byte-identical copy of"), message);
	}

	private static ImportDicomWizard scan(Path folder) throws Exception {
		return scan(folder, null);
	}

	/** Opens the wizard on a folder (non-blocking), waits for its scan, and takes a screenshot when named. */
	private static ImportDicomWizard scan(Path folder, String screenshot) throws Exception {
		ImportDicomWizard wizard = new ImportDicomWizard(folder);
		WizardDialog dialog = new WizardDialog(UiDriver.display().getActiveShell() == null
				? org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
				: UiDriver.display().getActiveShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiDriver.waitUntil("the scan of " + folder, 120_000,
				() -> wizard.scanJob().map(j -> j.getResult() != null).orElse(false) && !wizard.shownTree().isEmpty()
						|| wizard.summary().map(s -> s.nodes().isEmpty()).orElse(false));
		if (screenshot != null) {
			Thread.sleep(300);
			UiDriver.screenshot(dialog.getShell(), screenshot);
		}
		return wizard;
	}

	private static void close(ImportDicomWizard wizard) {
		wizard.getContainer().getShell().close();
		UiDriver.settle();
	}
}
