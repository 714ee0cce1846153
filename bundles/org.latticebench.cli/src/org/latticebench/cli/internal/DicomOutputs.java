package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dicom.CtSeriesReader;
import org.latticebench.dicom.DicomExporter;
import org.latticebench.dicom.DoseEncoding;
import org.latticebench.dicom.DoseExport;
import org.latticebench.dicom.ExportRequest;
import org.latticebench.dicom.ExportResult;
import org.latticebench.dicom.ImportedCt;
import org.latticebench.dicom.PlanExport;
import org.latticebench.dicom.UidGenerator;
import org.latticebench.planning.Prescription;
import org.latticebench.workflow.ComparisonRun;
import org.latticebench.workflow.PlanRun;

/**
 * The DICOM-RT files of a comparison, through the dicom bundle's exporter: the CT once in
 * {@code ct/}, and per plan {@code plans/<id>/rtplan.dcm}, {@code rtdose.dcm} (16-bit) and
 * {@code rtstruct.dcm} (the study's structures plus the plan's targets and spheres), all
 * referencing that one CT series.
 */
final class DicomOutputs {

	private DicomOutputs() {
	}

	static List<Path> write(ComparisonRun run, Path out, ProgressMonitor monitor) throws IOException {
		List<Path> written = new ArrayList<>();
		StudySnapshot study = run.study();
		// the CT once (structures are traced per plan, so none here); each plan references these slices
		Path ctDir = out.resolve("ct");
		Path ctExport = scratch(out, "ct");
		try {
			StudySnapshot ctOnly = new StudySnapshot(study.patientName(), study.patientId(), study.ctHu(), List.of());
			ExportResult ct = DicomExporter.export(ExportRequest.of(ctOnly), ctExport, monitor);
			Files.createDirectories(ctDir);
			List<Path> ctFiles = new ArrayList<>();
			for (Path f : ct.ctFiles()) {
				Path target = ctDir.resolve(f.getFileName());
				Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
				AtomicFiles.makeReadable(target);
				ctFiles.add(target);
			}
			written.addAll(ctFiles);
			ImportedCt source = CtSeriesReader.read(ctFiles, monitor);
			for (PlanRun p : run.plans()) {
				monitor.checkCanceled();
				written.addAll(writePlan(study, source, p, out.resolve("plans").resolve(TaskFolders.safe(p.planName())), monitor));
			}
		} finally {
			deleteTree(ctExport);
		}
		return written;
	}

	private static List<Path> writePlan(StudySnapshot study, ImportedCt ct, PlanRun p, Path dir, ProgressMonitor monitor)
			throws IOException {
		Map<String, StructureSnapshot> structures = new LinkedHashMap<>();
		study.structures().forEach(s -> structures.put(s.name(), s));
		p.design().structures().forEach(s -> structures.putIfAbsent(s.name(), s));
		StudySnapshot withPlan = new StudySnapshot(study.patientName(), study.patientId(), study.ctHu(),
				List.copyOf(structures.values()));
		List<PlanExport.Prescription> rx = new ArrayList<>();
		for (Prescription r : p.design().prescriptions()) {
			rx.add(new PlanExport.Prescription(r.structureName(), r.totalDoseGy()));
		}
		String label = p.planName();
		ExportRequest request = new ExportRequest(withPlan, Optional.of(ct), ExportRequest.DEFAULT_STRUCTURE_SET_LABEL,
				List.of(DoseExport.physical(label, p.doseGy())),
				Optional.of(new PlanExport(label, p.request().regimen().name(), p.fractions(), rx, p.design().beams(),
						PlanExport.DEFAULT_FIELD_MM, PlanExport.DEFAULT_FIELD_MM)),
				EnumSet.of(DoseEncoding.UINT16), UidGenerator.random(), List.of());
		Path export = scratch(dir.getParent(), TaskFolders.safe(label));
		try {
			ExportResult r = DicomExporter.export(request, export, monitor);
			Files.createDirectories(dir);
			List<Path> files = new ArrayList<>();
			files.add(place(r.structureSet(), dir.resolve("rtstruct.dcm")));
			files.add(place(r.plan().orElseThrow(), dir.resolve("rtplan.dcm")));
			files.add(place(r.doses().get(0).file(), dir.resolve("rtdose.dcm")));
			return files;
		} finally {
			deleteTree(export);
		}
	}

	private static Path place(Path from, Path to) throws IOException {
		AtomicFiles.makeReadable(from);
		Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return to;
	}

	/** A fresh hidden folder name inside {@code parent} for the exporter (which wants a new folder). */
	private static Path scratch(Path parent, String name) throws IOException {
		Files.createDirectories(parent);
		return parent.resolve("." + name + ".export-" + UUID.randomUUID());
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
