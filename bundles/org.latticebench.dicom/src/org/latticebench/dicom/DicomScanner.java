package org.latticebench.dicom;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.dicom.internal.DicomObject;
import org.latticebench.dicom.internal.Guard;
import org.latticebench.dicom.internal.NotDicomException;
import org.latticebench.dicom.internal.Tags;

/**
 * Scans a folder recursively and reports what it holds, grouped by study, frame of reference and
 * series. Every file that cannot be used is listed with its reason; none is dropped silently.
 *
 * @since 0.1
 */
public final class DicomScanner {

	private static final String MEDIA_DIRECTORY_SOP_CLASS = "1.2.840.10008.1.3.10";

	private DicomScanner() {
	}

	/** What one readable file contributed. */
	private record Entry(Path file, String sopInstanceUid, String study, String patientName, String patientId, String series,
			String modality, String frame, int roiCount) {
	}

	public static ScanReport scan(Path folder, ProgressMonitor monitor) {
		if (!Files.isDirectory(folder)) {
			throw new InvalidInputException(folder.toString(), null, "is not a folder");
		}
		List<Path> files = new ArrayList<>();
		List<ScanReport.SkippedFile> skipped = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (attrs.isRegularFile()) {
						files.add(file);
					} else if (attrs.isSymbolicLink()) {
						// links are read where they point, but never followed into folders (no cycles)
						if (Files.isRegularFile(file)) {
							files.add(file);
						} else {
							skipped.add(new ScanReport.SkippedFile(file, ScanReport.Reason.NOT_READABLE, Optional.empty(),
									Files.exists(file) ? "symbolic link to a folder, not followed"
											: "symbolic link to a file that does not exist"));
						}
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					skipped.add(new ScanReport.SkippedFile(file, ScanReport.Reason.NOT_READABLE, Optional.empty(),
							e instanceof AccessDeniedException ? "permission denied" : "cannot be opened: " + e.getMessage()));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new InvalidInputException(folder.toString(), null, "cannot be scanned: " + e.getMessage(), e);
		}
		int unreachable = skipped.size();
		files.sort(Comparator.naturalOrder());
		monitor.begin("Scanning " + folder, files.size());
		List<Entry> entries = new ArrayList<>();
		for (Path file : files) {
			monitor.checkCanceled();
			monitor.subTask(file.getFileName().toString());
			try {
				Guard.reading(file.toString(), () -> {
					entry(file).ifPresentOrElse(entries::add, () -> skipped.add(new ScanReport.SkippedFile(file,
							ScanReport.Reason.DIRECTORY_RECORD, Optional.empty(), "DICOMDIR media directory, not part of a study")));
					return null;
				});
			} catch (NotDicomException e) {
				skipped.add(skippedFile(file, ScanReport.Reason.NOT_DICOM, e));
			} catch (InvalidInputException e) {
				boolean denied = e.getCause() instanceof AccessDeniedException;
				skipped.add(skippedFile(file, denied ? ScanReport.Reason.NOT_READABLE : ScanReport.Reason.DAMAGED, e));
			}
			monitor.worked(1);
		}
		monitor.done();
		List<Entry> unique = withoutDuplicates(entries, skipped);
		skipped.sort(Comparator.comparing(ScanReport.SkippedFile::file));
		return new ScanReport(folder, files.size() + unreachable, group(unique), skipped);
	}

	/**
	 * Files sharing a SOP Instance UID: a byte-identical copy is skipped as a duplicate (archives often
	 * hold copies); different content under one UID is damage, since references by UID become ambiguous.
	 */
	private static List<Entry> withoutDuplicates(List<Entry> entries, List<ScanReport.SkippedFile> skipped) {
		Map<String, Entry> byUid = new LinkedHashMap<>();
		List<Entry> unique = new ArrayList<>();
		for (Entry e : entries) {
			Entry first = e.sopInstanceUid().isEmpty() ? null : byUid.putIfAbsent(e.sopInstanceUid(), e);
			if (first == null) {
				unique.add(e);
				continue;
			}
			long mismatch;
			try {
				mismatch = Files.mismatch(first.file(), e.file());
			} catch (IOException x) {
				mismatch = 0;
			}
			if (mismatch == -1) {
				skipped.add(new ScanReport.SkippedFile(e.file(), ScanReport.Reason.DUPLICATE, Optional.of(Tags.SOP_INSTANCE_UID.toString()),
						"byte-identical copy of " + first.file().getFileName() + "; that copy is used"));
			} else {
				skipped.add(new ScanReport.SkippedFile(e.file(), ScanReport.Reason.DAMAGED, Optional.of(Tags.SOP_INSTANCE_UID.toString()),
						e.sopInstanceUid() + " is also the UID of " + first.file().getFileName()
								+ ", whose content differs; a UID must identify one instance"));
			}
		}
		return unique;
	}

	private static ScanReport.SkippedFile skippedFile(Path file, ScanReport.Reason reason, InvalidInputException e) {
		String prefix = e.source().map(s -> s + ": ").orElse("") + e.attribute().map(a -> a + ": ").orElse("");
		String message = e.getMessage();
		String problem = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
		return new ScanReport.SkippedFile(file, reason, e.attribute(), problem);
	}

	private static Optional<Entry> entry(Path file) {
		DicomObject d = DicomObject.read(file, false);
		if (MEDIA_DIRECTORY_SOP_CLASS.equals(d.stringOrEmpty(Tags.SOP_CLASS_UID))) {
			return Optional.empty();
		}
		String modality = d.string(Tags.MODALITY).orElse("unknown");
		String frame = d.stringOrEmpty(Tags.FRAME_OF_REFERENCE_UID);
		int rois = 0;
		if (modality.equals("RTSTRUCT")) {
			frame = d.sequence(Tags.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE).stream()
					.map(i -> i.stringOrEmpty(Tags.FRAME_OF_REFERENCE_UID)).filter(s -> !s.isEmpty()).findFirst().orElse("");
			rois = d.sequence(Tags.STRUCTURE_SET_ROI_SEQUENCE).size();
		}
		return Optional.of(new Entry(file, d.stringOrEmpty(Tags.SOP_INSTANCE_UID), d.stringOrEmpty(Tags.STUDY_INSTANCE_UID), d.stringOrEmpty(Tags.PATIENT_NAME),
				d.stringOrEmpty(Tags.PATIENT_ID), d.stringOrEmpty(Tags.SERIES_INSTANCE_UID), modality, frame, rois));
	}

	private static List<ScanReport.Study> group(List<Entry> entries) {
		Map<String, List<Entry>> byStudy = new LinkedHashMap<>();
		for (Entry e : entries) {
			byStudy.computeIfAbsent(e.study(), k -> new ArrayList<>()).add(e);
		}
		List<ScanReport.Study> studies = new ArrayList<>();
		for (var s : byStudy.entrySet()) {
			Map<List<String>, List<Entry>> bySeries = new LinkedHashMap<>();
			for (Entry e : s.getValue()) {
				bySeries.computeIfAbsent(List.of(e.frame(), e.series(), e.modality()), k -> new ArrayList<>()).add(e);
			}
			List<ScanReport.Series> series = new ArrayList<>();
			for (var g : bySeries.entrySet()) {
				List<Entry> members = g.getValue();
				List<Integer> rois = g.getKey().get(2).equals("RTSTRUCT") ? members.stream().map(Entry::roiCount).toList()
						: List.of();
				series.add(new ScanReport.Series(g.getKey().get(1), g.getKey().get(2), g.getKey().get(0),
						members.stream().map(Entry::file).toList(), rois));
			}
			series.sort(Comparator.comparing(ScanReport.Series::frameOfReferenceUid));
			Entry first = s.getValue().get(0);
			studies.add(new ScanReport.Study(s.getKey(), first.patientName(), first.patientId(), series));
		}
		return studies;
	}
}
