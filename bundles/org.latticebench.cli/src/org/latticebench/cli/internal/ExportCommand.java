package org.latticebench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.dicom.DicomExporter;
import org.latticebench.dicom.DicomImporter;
import org.latticebench.dicom.ExportRequest;
import org.latticebench.model.io.StudyExporter;
import org.latticebench.model.io.StudyStore;
import org.latticebench.dicom.ExportResult;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.osgi.service.component.annotations.Component;

/**
 * {@code export --study phantom|<dicom-dir> --out <dir> [--spacing-mm X]}: writes a study as
 * DICOM-RT (CT, RTSTRUCT, and the RTPLAN/RTDOSE it has). The study may also be given as the
 * first positional argument. A saved study folder (study.xmi) goes through the DICOM-RT exporter service.
 */
@Component(property = "latticebench.command=export")
public final class ExportCommand implements CliCommand {

	static final String PHANTOM = "phantom";

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "Write a study as DICOM-RT (CT, RTSTRUCT, RTPLAN, 16/32-bit RTDOSE): the built-in phantom or a DICOM folder.";
	}

	@Override
	public String usage() {
		return "export --study phantom|<dicom-dir>|<saved-study> --out <dir> [--spacing-mm 2.5 (phantom only)]";
	}

	@Override
	public int run(List<String> args, CliContext context) throws java.io.IOException {
		CliArgs parsed = CliArgs.parse(name(), args, Set.of("study", "out", "spacing-mm"), Set.of());
		parsed.expectPositionalAtMost(1);
		Optional<String> flag = parsed.value("study");
		Optional<String> positional = parsed.positional().isEmpty() ? Optional.empty() : Optional.of(parsed.positional().get(0));
		if (flag.isPresent() && positional.isPresent()) {
			throw new UsageException(name() + ": give the study once, either as --study or as an argument");
		}
		String study = flag.or(() -> positional)
				.orElseThrow(() -> new UsageException(name() + ": missing required option --study (usage: " + usage() + ")"));
		Path out = parsed.requiredPath("out");
		PrintStream stdout = context.out();
		long start = System.nanoTime();
		ExportRequest request;
		if (study.equals(PHANTOM)) {
			PhantomParameters params = PhantomParameters.defaults();
			try {
				params = params.withSpacingMm(parsed.doubleValue("spacing-mm", params.spacingMm()));
			} catch (IllegalArgumentException e) {
				throw new UsageException(name() + ": " + e.getMessage());
			}
			request = ExportRequest.of(LiverPhantom.build(params, ProgressMonitor.NULL));
		} else {
			if (parsed.has("spacing-mm")) {
				throw new UsageException(name() + ": --spacing-mm applies to the phantom only; a DICOM study keeps its CT grid");
			}
			Path folder = Path.of(study);
			if (!Files.isDirectory(folder)) {
				throw new UsageException(name() + ": study '" + study + "' is neither 'phantom' nor a folder");
			}
			if (Files.isRegularFile(folder.resolve(StudyStore.STUDY_FILE))) {
				// a saved study goes through the DICOM-RT StudyExporter service (plans, doses, beams)
				StudyExporter exporter = context.services(StudyExporter.class).stream().filter(e -> e.id().equals("dicom-rt"))
						.findFirst().orElseThrow(() -> new IllegalStateException("no DICOM-RT exporter service is registered"));
				var files = exporter.export(StudyStore.load(folder, ProgressMonitor.NULL), out, ProgressMonitor.NULL);
				stdout.printf(Locale.ROOT, "Exported saved study %s to %s: %d files in %.2f s%n", folder, out, files.size(),
						(System.nanoTime() - start) / 1e9);
				return 0;
			}
			request = ExportRequest.ofImported(DicomImporter.importFolder(folder, ProgressMonitor.NULL));
		}
		ExportResult result = DicomExporter.export(request, out, ProgressMonitor.NULL);
		double seconds = (System.nanoTime() - start) / 1e9;
		stdout.println("Exported study " + result.studyInstanceUid() + " to " + result.folder());
		stdout.println("  CT: " + result.ctFiles().size() + " slices" + (result.ctCopied() ? " (copied from the source)" : ""));
		stdout.println("  RTSTRUCT: " + result.structureSet().getFileName() + ", " + result.roiNumbers().size() + " ROIs");
		result.plan().ifPresent(p -> stdout.println("  RTPLAN: " + p.getFileName()));
		for (ExportResult.WrittenDose d : result.doses()) {
			stdout.printf(Locale.ROOT, "  RTDOSE: %s (%d-bit, DoseGridScaling %.6g Gy)%n", d.file().getFileName(), d.encoding().bits(),
					d.doseGridScaling());
		}
		result.warnings().forEach(w -> stdout.println("  warning: " + w));
		stdout.printf(Locale.ROOT, "%d files in %.2f s%n", result.allFiles().size(), seconds);
		return 0;
	}
}
