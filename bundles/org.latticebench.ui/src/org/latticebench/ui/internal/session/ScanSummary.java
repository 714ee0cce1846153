package org.latticebench.ui.internal.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.dicom.DicomScanner;
import org.latticebench.dicom.ImportedPlan;
import org.latticebench.dicom.ImportedStructureSet;
import org.latticebench.dicom.RtPlanReader;
import org.latticebench.dicom.RtStructReader;
import org.latticebench.dicom.ScanReport;

/**
 * What the import wizard shows before anything is imported: the DICOM scanner's report as a tree
 * (study → frame of reference → CT series, RTSTRUCT with its ROI names, RTPLAN with label and
 * fractions, RTDOSE files), the warnings, and the problem that would stop the import, if any (the
 * same rules as the importer: one study, one CT series, no damaged file).
 *
 * @param problem why the folder cannot be imported, naming the file where there is one
 */
public record ScanSummary(ScanReport report, List<Node> nodes, List<String> warnings, Optional<String> problem) {

	/** One line of the tree. */
	public record Node(String label, List<Node> children) {
		public Node {
			children = List.copyOf(children);
		}

		static Node leaf(String label) {
			return new Node(label, List.of());
		}
	}

	public ScanSummary {
		nodes = List.copyOf(nodes);
		warnings = List.copyOf(warnings);
	}

	/** Scans the folder (cancellable) and reads the ROI names and plan labels for the preview. */
	public static ScanSummary scan(Path folder, ProgressMonitor monitor) {
		return of(DicomScanner.scan(folder, monitor), monitor);
	}

	static ScanSummary of(ScanReport report, ProgressMonitor monitor) {
		List<Node> nodes = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (ScanReport.SkippedFile s : report.damaged()) {
			problems.add(s.toString());
		}
		// every other skipped file (not DICOM, a DICOMDIR, a duplicate, ...) is ignored by the import: say so
		List<ScanReport.SkippedFile> damaged = report.damaged();
		for (ScanReport.SkippedFile s : report.skipped()) {
			if (!damaged.contains(s)) {
				warnings.add("ignored " + s);
			}
		}
		if (report.studies().isEmpty()) {
			problems.add(report.folder() + ": no DICOM study found");
		}
		if (report.studies().size() > 1) {
			problems.add(report.folder() + ": holds " + report.studies().size() + " studies; import them one folder at a time");
		}
		for (ScanReport.Study study : report.studies()) {
			List<Node> frames = new ArrayList<>();
			int cts = study.series("CT").size();
			if (cts == 0) {
				problems.add(report.folder() + ": no CT series found; a study needs its CT");
			} else if (cts > 1) {
				problems.add(report.folder() + ": holds " + cts + " CT series; put one CT series per folder");
			}
			for (String frame : study.framesOfReference()) {
				List<ScanReport.Series> inFrame = study.series().stream().filter(s -> s.frameOfReferenceUid().equals(frame))
						.toList();
				List<Node> items = new ArrayList<>();
				for (ScanReport.Series s : inFrame) {
					monitor.checkCanceled();
					items.add(describe(s, warnings, problems));
				}
				frames.add(new Node("Frame of reference " + (frame.isEmpty() ? "(none given)" : frame) + ": "
						+ ScanReport.summary(inFrame), items));
			}
			String patient = study.patientName().isEmpty() ? "(no name)" : study.patientName();
			nodes.add(new Node("Patient " + patient + (study.patientId().isEmpty() ? "" : " (ID " + study.patientId() + ")")
					+ ", study " + (study.studyInstanceUid().isEmpty() ? "(no UID)" : study.studyInstanceUid()), frames));
		}
		return new ScanSummary(report, nodes, warnings,
				problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems)));
	}

	private static Node describe(ScanReport.Series s, List<String> warnings, List<String> problems) {
		List<Node> children = new ArrayList<>();
		String label = switch (s.modality()) {
		case "CT" -> "CT series of " + s.files().size() + " slice" + (s.files().size() == 1 ? "" : "s");
		case "RTSTRUCT" -> {
			for (Path file : s.files()) {
				try {
					ImportedStructureSet set = RtStructReader.read(file);
					children.add(new Node(file.getFileName() + ": " + set.rois().size() + " ROIs", set.rois().stream()
							.map(r -> Node.leaf(r.name() + " (" + r.role().name().toLowerCase(Locale.ROOT)
									+ (r.contours().isEmpty() ? ", no contours" : ", " + r.planeCount() + " planes") + ")"))
							.toList()));
					set.warnings().forEach(w -> warnings.add(file.getFileName() + ": " + w));
				} catch (InvalidInputException e) {
					problems.add(e.getMessage());
				}
			}
			yield "RTSTRUCT (" + s.files().size() + " file" + (s.files().size() == 1 ? "" : "s") + ")";
		}
		case "RTPLAN" -> {
			for (Path file : s.files()) {
				try {
					ImportedPlan plan = RtPlanReader.read(file);
					children.add(Node.leaf(file.getFileName() + ": plan '" + plan.label() + "', "
							+ plan.numberOfFractions().stream().mapToObj(n -> n + " fractions, ").collect(Collectors.joining())
							+ plan.beams().size() + " beams"));
					plan.warnings().forEach(w -> warnings.add(file.getFileName() + ": " + w));
				} catch (InvalidInputException e) {
					problems.add(e.getMessage());
				}
			}
			yield "RTPLAN";
		}
		case "RTDOSE" -> {
			s.files().forEach(f -> children.add(Node.leaf(f.getFileName().toString())));
			yield "RTDOSE (" + s.files().size() + " file" + (s.files().size() == 1 ? "" : "s") + ")";
		}
		default -> {
			warnings.add(s.files().size() + " " + s.modality() + " file(s) will not be imported (modality not supported)");
			yield s.modality() + " (" + s.files().size() + " files, not imported)";
		}
		};
		return new Node(label, children);
	}

	/** True when the folder can be imported as it is. */
	public boolean importable() {
		return problem.isEmpty();
	}

	/** The tree as indented text (for tests and the clipboard). */
	public String text() {
		StringBuilder sb = new StringBuilder();
		nodes.forEach(n -> append(sb, n, 0));
		return sb.toString();
	}

	private static void append(StringBuilder sb, Node n, int depth) {
		sb.append("  ".repeat(depth)).append(n.label()).append('\n');
		n.children().forEach(c -> append(sb, c, depth + 1));
	}
}
