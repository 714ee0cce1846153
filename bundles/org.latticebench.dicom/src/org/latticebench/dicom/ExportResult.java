package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an export wrote, with paths in the final output folder.
 *
 * @param ctFiles           the CT slices in grid order (k = 0 first), written or copied
 * @param ctCopied          true when the CT files are copies of the imported source files
 * @param roiNumbers        the ROINumber given to each structure, in the study's structure order
 * @param plan              the RTPLAN, absent when there was neither a plan nor a dose
 * @param warnings          what the export left out or changed (cut labels, skipped doses)
 * @since 0.1
 */
public record ExportResult(Path folder, String studyInstanceUid, String frameOfReferenceUid, String ctSeriesInstanceUid,
		List<Path> ctFiles, boolean ctCopied, Path structureSet, String structureSetUid, List<Integer> roiNumbers,
		Optional<Path> plan, Optional<String> planUid, List<WrittenDose> doses, List<String> warnings) {

	public ExportResult {
		ctFiles = List.copyOf(ctFiles);
		roiNumbers = List.copyOf(roiNumbers);
		doses = List.copyOf(doses);
		warnings = List.copyOf(warnings);
	}

	/**
	 * One RTDOSE file.
	 *
	 * @param doseGridScaling the (3004,000E) factor written; the quantisation step of the stored dose
	 */
	public record WrittenDose(String label, DoseEncoding encoding, Path file, String sopInstanceUid, double doseGridScaling) {
	}

	/** All files written, CT first. */
	public List<Path> allFiles() {
		List<Path> all = new java.util.ArrayList<>(ctFiles);
		all.add(structureSet);
		plan.ifPresent(all::add);
		doses.forEach(d -> all.add(d.file()));
		return List.copyOf(all);
	}
}
