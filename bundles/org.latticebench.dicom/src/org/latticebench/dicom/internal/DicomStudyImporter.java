package org.latticebench.dicom.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dicom.DicomImporter;
import org.latticebench.dicom.ImportedDose;
import org.latticebench.dicom.ImportedStudy;
import org.latticebench.geometry.ContourRasterizer;
import org.latticebench.model.DoseDistribution;
import org.latticebench.model.DoseKind;
import org.latticebench.model.ModelFactory;
import org.latticebench.model.Plan;
import org.latticebench.model.Study;
import org.latticebench.model.data.BulkArray;
import org.latticebench.model.io.ImportResult;
import org.latticebench.model.io.StudyImporter;
import org.latticebench.model.snapshot.Snapshots;
import org.osgi.service.component.annotations.Component;

/**
 * The DICOM-RT {@link StudyImporter}: a folder with a CT series, RTSTRUCT and optional RTDOSE and
 * RTPLAN becomes a study whose structures have partial-volume masks on boxes of the CT grid, and whose
 * doses in Gy each become a plan to compare against.
 */
@Component(property = { "id=dicom-rt", "name=DICOM-RT folder (CT, RTSTRUCT, RTDOSE, RTPLAN)",
		"description=Reads a folder of DICOM files: one CT series with its structure set, and any plan and dose" })
public final class DicomStudyImporter implements StudyImporter {

	@Override
	public String id() {
		return "dicom-rt";
	}

	@Override
	public String name() {
		return "DICOM-RT folder (CT, RTSTRUCT, RTDOSE, RTPLAN)";
	}

	@Override
	public boolean canImport(Path source) {
		if (!Files.isDirectory(source)) {
			return false;
		}
		try (var files = Files.walk(source, 3)) {
			return files.filter(Files::isRegularFile).limit(200).anyMatch(DicomStudyImporter::hasDicomPreamble);
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static boolean hasDicomPreamble(Path file) {
		try (var in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(132);
			return head.length == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public Study importStudy(Path source, ProgressMonitor monitor) {
		return importWithWarnings(source, monitor).study();
	}

	@Override
	public ImportResult importWithWarnings(Path source, ProgressMonitor monitor) {
		ImportedStudy imported = DicomImporter.importFolder(source, monitor);
		Study study = Snapshots.fromSnapshot(withMasks(imported.study(), monitor));
		study.setName(source.getFileName() == null ? source.toString() : source.getFileName().toString());
		List<String> warnings = new ArrayList<>(imported.warnings());
		for (ImportedDose dose : imported.doses()) {
			if (dose.units() != ImportedDose.Units.GY) {
				warnings.add(dose.source().getFileName() + ": (3004,0002) DoseUnits: a relative dose, not in Gy; it was not made into a plan");
				continue;
			}
			Plan plan = ModelFactory.eINSTANCE.createPlan();
			plan.setName("Imported " + dose.source().getFileName());
			plan.setDoseEngineId("imported");
			DoseDistribution d = ModelFactory.eINSTANCE.createDoseDistribution();
			d.setKind(DoseKind.PHYSICAL);
			d.setSource(dose.source().toString());
			d.setGrid(Snapshots.voxelGrid(dose.dose().grid()));
			d.setDoseGy(BulkArray.copyOf(dose.dose().values()));
			plan.getDoses().add(d);
			study.getPlans().add(plan);
		}
		return new ImportResult(study, warnings);
	}

	/**
	 * Rasterises every structure's contours on the CT grid (exact partial volumes), each on the box
	 * of the CT around it ({@link ContourRasterizer#toCroppedMask}): a float per CT voxel for each of
	 * 200 structures on a 512 x 512 x 300 CT would be 63 GB. A structure without contours gets an
	 * empty mask (0 cc).
	 */
	public static StudySnapshot withMasks(StudySnapshot study, ProgressMonitor monitor) {
		Grid3 grid = study.ctHu().grid();
		// the rasteriser sees only the caller's cancellation, not its progress counts
		ProgressMonitor cancelOnly = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public boolean isCanceled() {
				return monitor.isCanceled();
			}
		};
		List<StructureSnapshot> out = new ArrayList<>();
		for (StructureSnapshot s : study.structures()) {
			monitor.checkCanceled();
			out.add(s.mask().isPresent() ? s : s.withMask(ContourRasterizer.toCroppedMask(s.contours(), grid, cancelOnly)));
		}
		return new StudySnapshot(study.patientName(), study.patientId(), study.ctHu(), out);
	}
}
