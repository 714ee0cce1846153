package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.model.io.ImportResult;
import org.latticebench.model.io.StudyImporter;
import org.latticebench.model.io.StudyStore;
import org.latticebench.model.snapshot.Snapshots;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;

/**
 * What {@code --study} names, shared by every command: {@code phantom} (the built-in liver phantom),
 * a saved study folder (with {@code study.xmi}), or a folder that a registered
 * {@link StudyImporter} recognises (DICOM-RT by default). Structures come back with masks.
 */
public final class StudySources {

	public static final String PHANTOM = "phantom";

	private StudySources() {
	}

	/** Checks the argument names something loadable, without loading it (usage errors before work starts). */
	public static void check(String spec, String option) {
		if (PHANTOM.equals(spec)) {
			return;
		}
		Path p = Path.of(spec);
		if (!Files.isDirectory(p)) {
			throw new UsageException(option + " " + spec + ": not 'phantom' and not a folder");
		}
	}

	public static StudySnapshot load(String spec, PhantomParameters phantom, CliContext context, ProgressMonitor monitor)
			throws IOException {
		check(spec, "--study");
		if (PHANTOM.equals(spec)) {
			return LiverPhantom.build(phantom, monitor);
		}
		Path folder = Path.of(spec);
		if (Files.isRegularFile(folder.resolve(StudyStore.STUDY_FILE))) {
			return Snapshots.toSnapshot(StudyStore.load(folder, monitor));
		}
		List<StudyImporter> importers = context.services(StudyImporter.class);
		for (StudyImporter importer : importers) {
			if (importer.canImport(folder)) {
				ImportResult result = importer.importWithWarnings(folder, monitor);
				// repairs change the study; the user must see them with every command, not only "import"
				result.warnings().forEach(w -> context.err().println("warning: " + w));
				return Snapshots.toSnapshot(result.study());
			}
		}
		throw new UsageException("--study " + spec + ": no saved study (" + StudyStore.STUDY_FILE
				+ ") and no importer recognises the folder (importers: "
				+ importers.stream().map(StudyImporter::id).toList() + ")");
	}
}
