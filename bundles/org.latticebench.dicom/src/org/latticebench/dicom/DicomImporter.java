package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dicom.internal.Tags;

/**
 * Imports one study from a folder: exactly one CT series, any RTSTRUCT, RTDOSE and RTPLAN on the
 * same frame of reference. The import is atomic: either the whole study comes back, or an
 * {@link InvalidInputException} names the file and attribute that stopped it.
 *
 * @since 0.1
 */
public final class DicomImporter {

	/** alpha/beta for tumour (targets) and for late-responding normal tissue, shared/DOMAIN.md "Radiobiology". */
	static final double TUMOUR_ALPHA_BETA_GY = 10.0;
	static final double NORMAL_TISSUE_ALPHA_BETA_GY = 3.0;

	private DicomImporter() {
	}

	public static ImportedStudy importFolder(Path folder, ProgressMonitor monitor) {
		ScanReport report = DicomScanner.scan(folder, monitor);
		return importScanned(report, monitor);
	}

	/** Imports what an earlier {@link DicomScanner#scan} found. */
	public static ImportedStudy importScanned(ScanReport report, ProgressMonitor monitor) {
		String folder = report.folder().toString();
		for (ScanReport.SkippedFile broken : report.skipped()) {
			if (broken.reason() == ScanReport.Reason.DAMAGED) {
				throw new InvalidInputException(broken.file().toString(), broken.attribute().orElse(null),
						broken.problem() + " (the study was not imported)");
			}
		}
		// A file we cannot open is reported and skipped: if it was part of the study, the checks below
		// (slice spacing, references) still refuse an incomplete study.
		List<String> warnings = new ArrayList<>();
		report.skipped().stream()
				.filter(s -> s.reason() == ScanReport.Reason.NOT_DICOM || s.reason() == ScanReport.Reason.NOT_READABLE
						|| s.reason() == ScanReport.Reason.DUPLICATE)
				.forEach(s -> warnings.add("ignored " + s.file() + ": " + s.problem()));
		if (report.studies().isEmpty()) {
			throw new InvalidInputException(folder, null, "no DICOM study found");
		}
		if (report.studies().size() > 1) {
			throw new InvalidInputException(folder, Tags.STUDY_INSTANCE_UID.toString(),
					"holds " + report.studies().size() + " studies ("
							+ report.studies().stream().map(ScanReport.Study::studyInstanceUid).collect(Collectors.joining(", "))
							+ "); import them one folder at a time");
		}
		ScanReport.Study study = report.studies().get(0);
		List<ScanReport.Series> cts = study.series("CT");
		if (cts.isEmpty()) {
			throw new InvalidInputException(folder, Tags.MODALITY.toString(), "no CT series found; a study needs its CT");
		}
		if (cts.size() > 1) {
			throw new InvalidInputException(folder, Tags.SERIES_INSTANCE_UID.toString(), "holds " + cts.size()
					+ " CT series; put one CT series per folder");
		}
		int total = study.series().stream().mapToInt(s -> s.files().size()).sum();
		monitor.begin("Importing " + folder, total);
		ImportedCt ct = CtSeriesReader.read(cts.get(0).files(), ProgressMonitor.NULL);
		monitor.worked(cts.get(0).files().size());
		warnings.addAll(ct.warnings());
		String frame = ct.frameOfReferenceUid();

		List<ImportedStructureSet> sets = new ArrayList<>();
		List<ImportedDose> doses = new ArrayList<>();
		List<ImportedPlan> plans = new ArrayList<>();
		for (ScanReport.Series series : study.series()) {
			if (series.modality().equals("CT")) {
				continue;
			}
			for (Path file : series.files()) {
				monitor.checkCanceled();
				switch (series.modality()) {
				case "RTSTRUCT" -> {
					ImportedStructureSet set = RtStructReader.read(file);
					requireFrame(file, Tags.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE.toString(), set.frameOfReferenceUid(), frame);
					for (ImportedStructureSet.Roi roi : set.rois()) {
						requireFrame(file, Tags.REFERENCED_FRAME_OF_REFERENCE_UID + " of ROI " + roi.number() + " '" + roi.name() + "'",
								roi.frameOfReferenceUid(), frame);
					}
					sets.add(set);
					set.warnings().forEach(w -> warnings.add(file.getFileName() + ": " + w));
				}
				case "RTDOSE" -> {
					ImportedDose dose = RtDoseReader.read(file);
					requireFrame(file, Tags.FRAME_OF_REFERENCE_UID.toString(), dose.frameOfReferenceUid(), frame);
					doses.add(dose);
					dose.warnings().forEach(w -> warnings.add(file.getFileName() + ": " + w));
				}
				case "RTPLAN" -> {
					ImportedPlan plan = RtPlanReader.read(file);
					if (!plan.frameOfReferenceUid().isEmpty()) {
						requireFrame(file, Tags.FRAME_OF_REFERENCE_UID.toString(), plan.frameOfReferenceUid(), frame);
					}
					plans.add(plan);
					plan.warnings().forEach(w -> warnings.add(file.getFileName() + ": " + w));
				}
				default -> warnings.add("ignored " + file + ": modality " + series.modality() + " is not imported");
				}
				monitor.worked(1);
			}
		}
		List<StructureSnapshot> structures = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (ImportedStructureSet set : sets) {
			for (ImportedStructureSet.Roi roi : set.rois()) {
				if (!names.add(roi.name())) {
					warnings.add("two structures are named '" + roi.name() + "'; lookups by name find the first");
				}
				structures.add(roi.toSnapshot(roi.role() == StructureRole.TARGET ? TUMOUR_ALPHA_BETA_GY : NORMAL_TISSUE_ALPHA_BETA_GY));
			}
		}
		monitor.done();
		StudySnapshot snapshot = new StudySnapshot(ct.patientName(), ct.patientId(), ct.ctHu(), structures);
		return new ImportedStudy(report.folder(), study.studyInstanceUid(), frame, snapshot, ct, sets, doses, plans, warnings);
	}

	private static void requireFrame(Path file, String attribute, String actual, String ctFrame) {
		if (!actual.equals(ctFrame)) {
			throw new InvalidInputException(file.toString(), attribute,
					"frame of reference " + actual + " does not match the CT's " + ctFrame + " (the study was not imported)");
		}
	}
}
