package org.latticebench.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.model.ModelPackage;
import org.latticebench.model.Study;
import org.latticebench.model.data.BulkArray;
import org.latticebench.model.internal.ValueText;

/**
 * Saves a study to one folder and reads it back.
 * <p>
 * Layout: {@code study.xmi} (the model) and {@code arrays/<id>.bin} (one binary file per bulk
 * array; ArrayFile documents the binary layout). A structure's mask array holds the voxels of its
 * {@code maskGrid}, saved in study.xmi beside it ({@link #FORMAT_VERSION} 2; see there for format 1). A save is atomic: everything is
 * written into the sibling folder {@code <folder>.saving} and forced to disk, then the old folder
 * is renamed to {@code <folder>.backup}, the new one renamed into place, and the backup deleted.
 * Whatever moment a save is killed at, {@link #recover(Path)} (run by every load and save) brings
 * back the old study or keeps the complete new one, and removes the leftovers. One writer per
 * folder at a time.
 *
 * @since 0.1
 */
public final class StudyStore {

	/**
	 * The study format this version writes, and the newest it reads. Format 2 stores each
	 * structure's mask on its own grid ({@code maskGrid}, the box of the image around the structure);
	 * format 1 kept every mask on the whole image grid and is still read (a structure without
	 * {@code maskGrid} has its mask on the image grid).
	 */
	public static final int FORMAT_VERSION = 2;
	/** The oldest study format this version reads. */
	public static final int OLDEST_FORMAT_VERSION = 1;
	public static final String STUDY_FILE = "study.xmi";
	public static final String ARRAYS_FOLDER = "arrays";
	static final String TEMP_SUFFIX = ".saving";
	static final String BACKUP_SUFFIX = ".backup";
	private static final String MODEL_NS_PREFIX = "http://latticebench.org/model/";

	/** Milestones of a save, for tests that interrupt it. */
	enum Step {
		ARRAY_WRITTEN, XMI_WRITTEN, SYNCED, OLD_MOVED_ASIDE, NEW_IN_PLACE, BACKUP_REMOVED
	}

	@FunctionalInterface
	interface StepListener {
		void reached(Step step, Path path) throws IOException;
	}

	private StudyStore() {
	}

	/** Saves the study to {@code folder}, replacing the study there; records {@link #FORMAT_VERSION} in it. */
	public static void save(Study study, Path folder) throws IOException {
		save(study, folder, ProgressMonitor.NULL);
	}

	/**
	 * Saves the study atomically. Cancelling leaves the old study in place.
	 *
	 * @throws InvalidInputException when {@code folder} holds something other than a study
	 */
	public static void save(Study study, Path folder, ProgressMonitor monitor) throws IOException {
		save(study, folder, monitor, (step, path) -> {
		});
	}

	/**
	 * The save, reporting each step to {@code listener}. Only {@link IOException} and runtime
	 * exceptions roll back; an {@link Error} thrown by the listener leaves the folders as a killed
	 * process would, which is how tests simulate a crash.
	 */
	static void save(Study study, Path folder, ProgressMonitor monitor, StepListener listener) throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		Path parent = target.getParent();
		if (parent == null) {
			throw new InvalidInputException(target.toString(), null, "a study cannot be saved as a file system root");
		}
		Files.createDirectories(parent);
		recover(target);
		refuseNonStudy(target);
		study.setFormatVersion(FORMAT_VERSION);
		Map<String, BulkArray> arrays = collectArrays(study);
		Path temp = sibling(target, TEMP_SUFFIX);
		Path backup = sibling(target, BACKUP_SUFFIX);
		monitor.begin("Saving study " + target.getFileName(), arrays.size() + 2L);
		boolean movedAside = false;
		try {
			Files.createDirectory(temp);
			Path arraysDir = Files.createDirectory(temp.resolve(ARRAYS_FOLDER));
			for (BulkArray array : arrays.values()) {
				monitor.checkCanceled();
				Path file = arraysDir.resolve(array.id() + ".bin");
				ArrayFile.write(file, array);
				listener.reached(Step.ARRAY_WRITTEN, file);
				monitor.worked(1);
			}
			monitor.checkCanceled();
			Path xmi = temp.resolve(STUDY_FILE);
			writeXmi(study, xmi);
			listener.reached(Step.XMI_WRITTEN, xmi);
			forceDirectory(arraysDir);
			forceDirectory(temp);
			listener.reached(Step.SYNCED, temp);
			monitor.checkCanceled();
			if (Files.exists(target)) {
				Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
				movedAside = true;
				listener.reached(Step.OLD_MOVED_ASIDE, backup);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			forceDirectory(parent);
			listener.reached(Step.NEW_IN_PLACE, target);
		} catch (IOException e) {
			rollBack(target, temp, backup, movedAside, e);
			// the file system's message ("No space left on device") says neither where nor what became of the old study
			throw new IOException("cannot save the study to " + target + ": " + e.getMessage()
					+ (movedAside || Files.exists(target) ? "; the study saved there before is unchanged" : "; nothing was written"), e);
		} catch (RuntimeException e) {
			rollBack(target, temp, backup, movedAside, e);
			throw e;
		}
		deleteTree(backup);
		listener.reached(Step.BACKUP_REMOVED, backup);
		monitor.worked(2);
		monitor.done();
	}

	/** Reads the study saved in {@code folder}. */
	public static Study load(Path folder) throws IOException {
		return load(folder, ProgressMonitor.NULL);
	}

	/**
	 * Reads the study saved in {@code folder}, after {@link #recover(Path) recovering} an
	 * interrupted save.
	 *
	 * @throws InvalidInputException naming the file when study.xmi or an array file is missing,
	 *                               malformed, truncated, fails its checksum, or was written by a
	 *                               newer version
	 */
	public static Study load(Path folder, ProgressMonitor monitor) throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		recover(target);
		Path xmi = target.resolve(STUDY_FILE);
		if (!Files.isRegularFile(xmi)) {
			throw new InvalidInputException(xmi.toString(), null, "not found: " + target + " is not a Lattice Bench study folder");
		}
		monitor.begin("Loading study " + target.getFileName(), 1);
		ArrayLoader arrays = new ArrayLoader(xmi, target.resolve(ARRAYS_FOLDER), monitor);
		XMLResource resource = StudyXmi.newResource(URI.createFileURI(xmi.toString()), arrays::resolve);
		StudyXmi.newResourceSet().getResources().add(resource);
		try {
			resource.load(StudyXmi.loadOptions());
		} catch (IOException | RuntimeException e) {
			arrays.rethrowFailure();
			throw unreadable(xmi, e);
		}
		arrays.rethrowFailure();
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof PackageNotFoundException p && isNewerModel(p.uri())) {
				throw newerFormat(xmi, "model namespace " + p.uri());
			}
		}
		// With unknown features recorded, a root in another model namespace loads as a demand-created class.
		if (resource.getContents().size() == 1 && !(resource.getContents().get(0) instanceof Study)) {
			String nsUri = resource.getContents().get(0).eClass().getEPackage().getNsURI();
			if (isNewerModel(nsUri)) {
				throw newerFormat(xmi, "model namespace " + nsUri);
			}
		}
		Study study = rootStudy(resource, xmi);
		if (study.getFormatVersion() > FORMAT_VERSION) {
			throw newerFormat(xmi, "format version " + study.getFormatVersion());
		}
		if (study.getFormatVersion() < OLDEST_FORMAT_VERSION) {
			throw new InvalidInputException(xmi.toString(), "formatVersion", "missing; the file was not written by StudyStore");
		}
		if (!resource.getErrors().isEmpty()) {
			throw new InvalidInputException(xmi.toString(), null, resource.getErrors().get(0).getMessage());
		}
		if (!resource.getEObjectToExtensionMap().isEmpty()) {
			EObject where = resource.getEObjectToExtensionMap().keySet().iterator().next();
			throw new InvalidInputException(xmi.toString(), where.eClass().getName(),
					"has content this version of the format does not define");
		}
		monitor.done();
		return study;
	}

	/**
	 * Finishes or undoes a save of {@code folder} that was interrupted: restores the old study
	 * from {@code <folder>.backup} when the new one never got into place, otherwise deletes the
	 * backup; always deletes a leftover {@code <folder>.saving}.
	 */
	public static void recover(Path folder) throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		Path temp = sibling(target, TEMP_SUFFIX);
		Path backup = sibling(target, BACKUP_SUFFIX);
		if (Files.isDirectory(backup)) {
			if (Files.isRegularFile(target.resolve(STUDY_FILE))) {
				deleteTree(backup); // the new study was in place; only the clean-up was cut short
			} else {
				if (Files.isDirectory(target) && isEmptyDirectory(target)) {
					Files.delete(target);
				}
				Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
				forceDirectory(target.getParent());
			}
		}
		if (Files.exists(temp)) {
			deleteTree(temp);
		}
	}

	private static void refuseNonStudy(Path target) throws IOException {
		if (!Files.exists(target)) {
			return;
		}
		if (!Files.isDirectory(target)) {
			throw new InvalidInputException(target.toString(), null, "is a file, not a study folder");
		}
		if (!Files.isRegularFile(target.resolve(STUDY_FILE)) && !isEmptyDirectory(target)) {
			throw new InvalidInputException(target.toString(), null,
					"holds files but no " + STUDY_FILE + "; refusing to replace a folder that is not a study");
		}
	}

	/** The bulk arrays of the study by id; one file per id. */
	private static Map<String, BulkArray> collectArrays(Study study) {
		Map<String, BulkArray> arrays = new LinkedHashMap<>();
		TreeIterator<EObject> all = EcoreUtil.getAllContents(study, true);
		EObject o = study;
		while (o != null) {
			for (EAttribute attribute : o.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType() == ModelPackage.Literals.BULK_ARRAY && !attribute.isMany()
						&& o.eGet(attribute) instanceof BulkArray array) {
					BulkArray previous = arrays.putIfAbsent(array.id(), array);
					if (previous != null && previous != array && !previous.equals(array)) {
						throw new InvalidInputException(o.eClass().getName(), attribute.getName(),
								"two different arrays share the id " + array.id());
					}
				}
			}
			o = all.hasNext() ? all.next() : null;
		}
		return arrays;
	}

	/** Writes a copy of the study, so the caller's study keeps its own resource. */
	private static void writeXmi(Study study, Path file) throws IOException {
		XMLResource resource = StudyXmi.newResource(URI.createFileURI(file.toString()), null);
		StudyXmi.newResourceSet().getResources().add(resource);
		resource.getContents().add(EcoreUtil.copy(study));
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			OutputStream out = Channels.newOutputStream(ch);
			resource.save(out, StudyXmi.saveOptions());
			out.flush();
			ch.force(true);
		}
	}

	private static Study rootStudy(Resource resource, Path xmi) {
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Study study)) {
			throw new InvalidInputException(xmi.toString(), null, "does not hold exactly one Study");
		}
		return study;
	}

	private static InvalidInputException unreadable(Path xmi, Exception e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof PackageNotFoundException p && isNewerModel(p.uri())) {
				return newerFormat(xmi, "model namespace " + p.uri());
			}
		}
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (String.valueOf(root.getMessage()).contains("DOCTYPE is disallowed")) {
			// the parser's wording names a Xerces feature; say what the file holds and why it is refused
			return new InvalidInputException(xmi.toString(), "DOCTYPE", "holds a DOCTYPE (a DTD or entity declarations), which a "
					+ "saved study never has; refused without reading it, so no external file or entity expansion is processed", e);
		}
		return new InvalidInputException(xmi.toString(), null, "cannot be read: " + root.getMessage(), e);
	}

	private static boolean isNewerModel(String nsUri) {
		return nsUri != null && nsUri.startsWith(MODEL_NS_PREFIX) && !nsUri.equals(ModelPackage.eNS_URI);
	}

	private static InvalidInputException newerFormat(Path xmi, String what) {
		return new InvalidInputException(xmi.toString(), "formatVersion", "the study was saved by a newer Lattice Bench (" + what
				+ "); this version reads study format " + FORMAT_VERSION + " (" + ModelPackage.eNS_URI + "). Update Lattice Bench to open it");
	}

	private static void rollBack(Path target, Path temp, Path backup, boolean movedAside, Exception cause) {
		try {
			if (movedAside && !Files.exists(target)) {
				Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
			}
			deleteTree(temp);
		} catch (IOException | RuntimeException e) {
			cause.addSuppressed(e); // recover() finishes the job on the next load or save
		}
	}

	private static Path sibling(Path target, String suffix) {
		return target.resolveSibling(target.getFileName() + suffix);
	}

	private static boolean isEmptyDirectory(Path dir) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			return !entries.iterator().hasNext();
		}
	}

	/** Makes renames and new entries in a directory durable (POSIX); a no-op where directories cannot be opened. */
	private static void forceDirectory(Path dir) {
		try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
			ch.force(true);
		} catch (IOException e) {
			// Windows cannot open a directory as a channel; its renames are durable without it.
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				try {
					Files.delete(p);
				} catch (NoSuchFileException e) {
					// already gone
				}
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** Reads the array files that study.xmi references, once per id; keeps the first failure for the caller. */
	private static final class ArrayLoader {
		private final Path xmi;
		private final Path folder;
		private final ProgressMonitor monitor;
		private final Map<String, BulkArray> loaded = new HashMap<>();
		private Exception failure;

		ArrayLoader(Path xmi, Path folder, ProgressMonitor monitor) {
			this.xmi = xmi;
			this.folder = folder;
			this.monitor = monitor;
		}

		Object resolve(String reference) {
			if (failure != null) {
				return null;
			}
			try {
				monitor.checkCanceled();
				ValueText.BulkArrayReference ref;
				try {
					ref = ValueText.parseReference(reference);
				} catch (IllegalArgumentException e) {
					throw new InvalidInputException(xmi.toString(), "array reference", e.getMessage(), e);
				}
				BulkArray known = loaded.get(ref.id());
				if (known != null) {
					return known;
				}
				Path file = folder.resolve(ref.id() + ".bin");
				if (!Files.isRegularFile(file)) {
					throw new InvalidInputException(file.toString(), null, "missing: study.xmi refers to it but it is not there");
				}
				BulkArray array = ArrayFile.read(file, ref.id(), ref.length());
				loaded.put(ref.id(), array);
				return array;
			} catch (IOException | RuntimeException e) {
				failure = e;
				throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
			}
		}

		void rethrowFailure() throws IOException {
			if (failure instanceof IOException e) {
				throw e;
			}
			if (failure instanceof RuntimeException e) {
				throw e;
			}
		}
	}
}
