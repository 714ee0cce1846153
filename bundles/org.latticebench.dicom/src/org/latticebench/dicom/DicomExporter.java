package org.latticebench.dicom;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.latticebench.core.CancelledException;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dicom.internal.DataSet;

/**
 * Writes a study as DICOM-RT into one folder: the CT series ({@code CT_0001.dcm}...), one RTSTRUCT
 * ({@code RS.dcm}), one RTPLAN ({@code RP.dcm}) and, per dose and encoding,
 * {@code RD_<label>_16bit.dcm} / {@code RD_<label>_32bit.dcm}. All objects share the Patient and
 * General Study modules and the frame of reference, and reference each other: RTDOSE to RTPLAN,
 * RTPLAN to RTSTRUCT, RTSTRUCT to every CT slice (and each contour to the slice it lies on).
 * <p>
 * The export is atomic: files go to a hidden sibling folder that is renamed to the output folder
 * at the end. Any failure deletes it, so the output folder either holds the whole export or does
 * not exist. The output folder must not exist, or be empty.
 *
 * @since 0.1
 */
public final class DicomExporter {

	private DicomExporter() {
	}

	/**
	 * @throws InvalidInputException  when the request cannot be written (negative dose, duplicate
	 *                                 names, a prescription to a missing structure); names what
	 * @throws ExportFailedException  when writing fails; names the file
	 * @throws CancelledException     when the monitor asks to stop; nothing is left behind
	 */
	public static ExportResult export(ExportRequest request, Path outputFolder, ProgressMonitor monitor) {
		Path out = outputFolder.toAbsolutePath().normalize();
		checkOutputFolder(out);
		Path temp = out.resolveSibling("." + out.getFileName() + ".partial-" + UUID.randomUUID());
		try {
			Files.createDirectories(temp);
		} catch (IOException e) {
			throw new ExportFailedException(temp, "cannot create the temporary export folder: " + e.getMessage(), e);
		}
		boolean moved = false;
		try {
			ExportResult inTemp = writeAll(request, temp, monitor);
			monitor.checkCanceled();
			moveInPlace(temp, out);
			moved = true;
			return relocate(inTemp, temp, out);
		} catch (ExportFailedException e) {
			// name the file by where it was going to be, not by the temporary folder
			if (e.file() != null && e.file().startsWith(temp)) {
				throw new ExportFailedException(moved(e.file(), temp, out), e.problem(), e.getCause());
			}
			throw e;
		} finally {
			if (!moved) {
				deleteQuietly(temp);
			}
		}
	}

	private static void checkOutputFolder(Path out) {
		if (Files.exists(out)) {
			if (!Files.isDirectory(out)) {
				throw new ExportFailedException(out, "exists and is not a folder", null);
			}
			try (Stream<Path> entries = Files.list(out)) {
				if (entries.findAny().isPresent()) {
					throw new ExportFailedException(out, "already exists and is not empty; choose a new output folder", null);
				}
			} catch (IOException e) {
				throw new ExportFailedException(out, "cannot be read: " + e.getMessage(), e);
			}
		}
	}

	private static ExportResult writeAll(ExportRequest request, Path folder, ProgressMonitor monitor) {
		StudySnapshot study = request.study();
		List<String> warnings = new ArrayList<>(request.warnings());
		Set<String> doseNames = new HashSet<>();
		List<Float> maxima = new ArrayList<>();
		for (DoseExport dose : request.doses()) {
			if (!doseNames.add(safeName(dose.label()))) {
				throw new InvalidInputException("dose '" + dose.label() + "'", null, "two doses would share the file name RD_"
						+ safeName(dose.label()) + "; give them distinct labels");
			}
			maxima.add(RtDoseWriter.checkedMax(dose));
		}
		int nz = study.ctHu().grid().nz();
		List<DoseEncoding> encodings = request.doseEncodings().stream().sorted().toList();
		monitor.begin("Exporting DICOM-RT to " + folder.getParent(),
				nz + study.structures().size() + (long) request.doses().size() * encodings.size() + 1);
		LocalDateTime now = LocalDateTime.now();
		ExportContext ctx = request.sourceCt().map(ct -> ExportContext.fromSource(ct, study, request.uids(), now))
				.orElseGet(() -> ExportContext.fresh(study, request.uids(), now));
		Path current = folder;
		try {
			List<Path> ctFiles;
			if (request.sourceCt().isPresent()) {
				ctFiles = new ArrayList<>();
				List<Path> sources = request.sourceCt().get().files();
				for (int k = 0; k < sources.size(); k++) {
					monitor.checkCanceled();
					current = folder.resolve(String.format("CT_%04d.dcm", k + 1));
					Files.copy(sources.get(k), current);
					ctFiles.add(current);
					monitor.worked(1);
				}
			} else {
				ctFiles = CtSeriesWriter.write(ctx, study.ctHu(), folder, monitor);
			}
			current = folder.resolve("RS.dcm");
			RtStructWriter.Written rs = RtStructWriter.write(ctx, study.structures(), request.structureSetLabel(), current,
					monitor);
			Optional<Path> planFile = Optional.empty();
			Optional<String> planUid = Optional.empty();
			if (request.plan().isPresent() || !request.doses().isEmpty()) {
				current = folder.resolve("RP.dcm");
				String uid = ctx.uids.next();
				RtPlanWriter.write(ctx, request.plan(), study.structures(), rs.roiNumbers(), rs.sopInstanceUid(), uid, current);
				if (request.plan().isEmpty()) {
					warnings.add("no plan was given; RP.dcm is a plan without beams that the doses reference");
				}
				planFile = Optional.of(current);
				planUid = Optional.of(uid);
			}
			monitor.worked(1);
			List<ExportResult.WrittenDose> doses = new ArrayList<>();
			for (int n = 0; n < request.doses().size(); n++) {
				DoseExport dose = request.doses().get(n);
				for (DoseEncoding encoding : encodings) {
					monitor.checkCanceled();
					current = folder.resolve("RD_" + safeName(dose.label()) + "_" + encoding.fileTag() + ".dcm");
					doses.add(RtDoseWriter.write(ctx, dose, encoding, maxima.get(n), planUid.orElseThrow(), current));
					monitor.worked(1);
				}
			}
			monitor.done();
			return new ExportResult(folder, ctx.study.instanceUid(), ctx.frameOfReferenceUid, ctx.ctSeriesUid, ctFiles,
					request.sourceCt().isPresent(), rs.file(), rs.sopInstanceUid(), rs.roiNumbers(), planFile, planUid, doses,
					warnings);
		} catch (IOException e) {
			throw new ExportFailedException(current, "cannot be written: " + e.getMessage(), e);
		}
	}

	/** Writes one data set; PixelMed's and the file system's errors name the file. */
	static void writeFile(DataSet d, Path file) throws IOException {
		try {
			d.write(file);
		} catch (IllegalStateException e) {
			throw new ExportFailedException(file, "cannot be encoded: " + e.getMessage(), e);
		}
	}

	private static void moveInPlace(Path temp, Path out) {
		try {
			Files.deleteIfExists(out); // only an empty folder can be here, see checkOutputFolder
			try {
				Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, out);
			}
		} catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
			throw new ExportFailedException(out, "was filled by someone else during the export; the export was discarded", e);
		} catch (IOException e) {
			throw new ExportFailedException(out, "cannot be created from the finished export: " + e.getMessage(), e);
		}
	}

	private static ExportResult relocate(ExportResult r, Path temp, Path out) {
		List<ExportResult.WrittenDose> doses = r.doses().stream()
				.map(d -> new ExportResult.WrittenDose(d.label(), d.encoding(), moved(d.file(), temp, out), d.sopInstanceUid(),
						d.doseGridScaling()))
				.toList();
		return new ExportResult(out, r.studyInstanceUid(), r.frameOfReferenceUid(), r.ctSeriesInstanceUid(),
				r.ctFiles().stream().map(f -> moved(f, temp, out)).toList(), r.ctCopied(), moved(r.structureSet(), temp, out),
				r.structureSetUid(), r.roiNumbers(), r.plan().map(f -> moved(f, temp, out)), r.planUid(), doses, r.warnings());
	}

	private static Path moved(Path file, Path temp, Path out) {
		return out.resolve(temp.relativize(file));
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// best effort: the partial folder is hidden and named as such; the original error matters more
		}
	}

	/** Longest label part of a file name: keeps RD_<label>_<encoding>.dcm far below the 255-byte limit. */
	static final int MAX_NAME_CHARS = 64;

	/**
	 * A label (from a file or a user) as a file name part: letters, digits, '-' and '_' kept, anything
	 * else '_', at most {@value #MAX_NAME_CHARS} characters. So no separator, "..", control character
	 * or reserved device name (the part always sits between "RD_" and "_") can reach the file system.
	 */
	static String safeName(String label) {
		String s = label.strip().replaceAll("[^A-Za-z0-9_-]", "_");
		if (s.length() > MAX_NAME_CHARS) {
			s = s.substring(0, MAX_NAME_CHARS);
		}
		return s.isEmpty() ? "dose" : s;
	}
}
