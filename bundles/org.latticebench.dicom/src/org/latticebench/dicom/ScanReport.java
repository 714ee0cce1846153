package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a folder holds, before anything is imported: files grouped by study, frame of reference
 * and series, and every file that was skipped with the reason.
 *
 * @param fileCount all regular files seen, whether read or skipped
 * @since 0.1
 */
public record ScanReport(Path folder, int fileCount, List<Study> studies, List<SkippedFile> skipped) {

	public ScanReport {
		studies = List.copyOf(studies);
		skipped = List.copyOf(skipped);
	}

	/** One study (StudyInstanceUID); empty UID when the files do not give one. */
	public record Study(String studyInstanceUid, String patientName, String patientId, List<Series> series) {
		public Study {
			series = List.copyOf(series);
		}

		public List<Series> series(String modality) {
			return series.stream().filter(s -> s.modality().equals(modality)).toList();
		}

		/** The frames of reference in first-seen order; empty string for objects without one. */
		public List<String> framesOfReference() {
			return series.stream().map(Series::frameOfReferenceUid).distinct().toList();
		}
	}

	/**
	 * One series of one modality within one frame of reference.
	 *
	 * @param roiCounts for RTSTRUCT, the number of ROIs of each file (same order as files)
	 */
	public record Series(String seriesInstanceUid, String modality, String frameOfReferenceUid, List<Path> files,
			List<Integer> roiCounts) {
		public Series {
			files = List.copyOf(files);
			roiCounts = List.copyOf(roiCounts);
		}
	}

	/** Why a file is not part of any study. */
	public enum Reason {
		/** Not DICOM at all (a text file, an image). */
		NOT_DICOM,
		/** DICOM, but truncated or corrupt. */
		DAMAGED,
		/** The file or folder could not be opened (permission denied, I/O error). */
		NOT_READABLE,
		/** A DICOMDIR media directory, which indexes files rather than being part of a study. */
		DIRECTORY_RECORD,
		/** A byte-identical copy of another file (same SOP Instance UID); the other copy is used. */
		DUPLICATE
	}

	/**
	 * @param attribute the attribute at fault, when one is known
	 * @param problem   what is wrong, without the file name
	 */
	public record SkippedFile(Path file, Reason reason, Optional<String> attribute, String problem) {
		@Override
		public String toString() {
			return file + ": " + attribute.map(a -> a + ": ").orElse("") + problem;
		}
	}

	/** Skipped files that are DICOM but broken or unreadable, as opposed to foreign files. */
	public List<SkippedFile> damaged() {
		return skipped.stream().filter(s -> s.reason() == Reason.DAMAGED || s.reason() == Reason.NOT_READABLE).toList();
	}

	/** One line per frame of reference, e.g. "1 CT series of 41 slices, 1 RTSTRUCT with 3 ROIs, 1 RTDOSE". */
	public static String summary(List<Series> series) {
		Map<String, List<Series>> byModality = new LinkedHashMap<>();
		for (String m : List.of("CT", "RTSTRUCT", "RTPLAN", "RTDOSE")) {
			byModality.put(m, new ArrayList<>());
		}
		for (Series s : series) {
			byModality.computeIfAbsent(s.modality(), k -> new ArrayList<>()).add(s);
		}
		List<String> parts = new ArrayList<>();
		for (var e : byModality.entrySet()) {
			List<Series> list = e.getValue();
			if (list.isEmpty()) {
				continue;
			}
			String modality = e.getKey();
			switch (modality) {
			case "RTSTRUCT" -> {
				List<Integer> counts = list.stream().flatMap(s -> s.roiCounts().stream()).toList();
				parts.add(counts.size() + " RTSTRUCT with " + joinCounts(counts) + " ROI" + (counts.equals(List.of(1)) ? "" : "s"));
			}
			case "RTDOSE", "RTPLAN" -> parts.add(list.stream().mapToInt(s -> s.files().size()).sum() + " " + modality);
			default -> {
				List<Integer> counts = list.stream().map(s -> s.files().size()).toList();
				String unit = modality.equals("CT") || modality.equals("MR") || modality.equals("PT") ? "slice" : "file";
				parts.add(list.size() + " " + modality + " series of " + joinCounts(counts) + " " + unit
						+ (counts.equals(List.of(1)) ? "" : "s"));
			}
			}
		}
		return String.join(", ", parts);
	}

	private static String joinCounts(List<Integer> counts) {
		if (counts.size() == 1) {
			return String.valueOf(counts.get(0));
		}
		String all = counts.stream().map(String::valueOf).collect(Collectors.joining(", "));
		int last = all.lastIndexOf(", ");
		return all.substring(0, last) + " and " + all.substring(last + 2);
	}

	/** The human-readable report, several lines. */
	public String describe() {
		StringBuilder sb = new StringBuilder();
		sb.append("Scanned ").append(folder).append(": ").append(fileCount).append(" file").append(fileCount == 1 ? "" : "s")
				.append(", ").append(studies.size()).append(" stud").append(studies.size() == 1 ? "y" : "ies").append(", ")
				.append(skipped.size()).append(" skipped\n");
		for (Study study : studies) {
			sb.append("Study ").append(study.studyInstanceUid().isEmpty() ? "(no StudyInstanceUID)" : study.studyInstanceUid());
			if (!study.patientName().isEmpty() || !study.patientId().isEmpty()) {
				sb.append(" (patient ").append(study.patientName()).append(study.patientId().isEmpty() ? "" : ", ID " + study.patientId())
						.append(')');
			}
			sb.append('\n');
			for (String frame : study.framesOfReference()) {
				List<Series> inFrame = study.series().stream().filter(s -> s.frameOfReferenceUid().equals(frame)).toList();
				sb.append("  frame of reference ").append(frame.isEmpty() ? "(none given)" : frame).append(": ")
						.append(summary(inFrame)).append('\n');
			}
		}
		if (!skipped.isEmpty()) {
			sb.append("Skipped files (").append(skipped.size()).append("):\n");
			for (SkippedFile s : skipped) {
				sb.append("  ").append(s.reason()).append("  ").append(s).append('\n');
			}
		}
		return sb.toString();
	}
}
