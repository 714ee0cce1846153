package org.latticebench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.dicom.DicomImporter;
import org.latticebench.dicom.DicomScanner;
import org.latticebench.dicom.ImportedDose;
import org.latticebench.dicom.ImportedPlan;
import org.latticebench.dicom.ImportedStudy;
import org.latticebench.dicom.ScanReport;
import org.osgi.service.component.annotations.Component;

/** {@code import <dir> [--describe]}: scan a DICOM-RT folder and import its study. */
@Component(property = "latticebench.command=import")
public final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "Scan a DICOM-RT folder (CT, RTSTRUCT, RTDOSE, RTPLAN) and import its study; --describe prints what was found.";
	}

	@Override
	public String usage() {
		return "import <dir> [--describe]";
	}

	@Override
	public int run(List<String> args, CliContext context) {
		CliArgs parsed = CliArgs.parse(name(), args, Set.of(), Set.of("describe"));
		parsed.expectPositionalAtMost(1);
		Path folder = Path.of(parsed.positional(0, "dir"));
		boolean describe = parsed.has("describe");
		PrintStream out = context.out();
		ScanReport report = DicomScanner.scan(folder, ProgressMonitor.NULL);
		if (describe) {
			out.print(report.describe());
		}
		ImportedStudy imported = DicomImporter.importScanned(report, ProgressMonitor.NULL);
		if (!describe) {
			out.println("Imported study " + imported.studyInstanceUid() + ": CT " + gridText(imported.study().ctHu().grid()) + ", "
					+ imported.study().structures().size() + " structures, " + imported.doses().size() + " doses, "
					+ imported.plans().size() + " plans, " + imported.warnings().size() + " warnings");
			printWarnings(imported, out);
			return 0;
		}
		out.println("Imported study " + imported.studyInstanceUid() + " (patient " + imported.study().patientName() + ")");
		Grid3 g = imported.study().ctHu().grid();
		out.println("CT grid: " + gridText(g));
		out.println("  origin " + vec(g.originMm()) + " mm, row " + vec(g.rowDir()) + ", column " + vec(g.columnDir()) + ", slice "
				+ vec(g.sliceDir()));
		out.println("Structures (" + imported.study().structures().size() + "):");
		for (StructureSnapshot s : imported.study().structures()) {
			out.printf(Locale.ROOT, "  %-24s %-8s #%06X  %d contours%n", s.name(), s.role(), s.colorRgb(), s.contours().size());
		}
		out.println("Doses (" + imported.doses().size() + "):");
		for (ImportedDose d : imported.doses()) {
			out.printf(Locale.ROOT, "  %s: %s %s, %s, max %.3f %s%n", d.source().getFileName(), d.summationType(),
					d.units() == ImportedDose.Units.GY ? "dose" : "relative dose", gridText(d.dose().grid()), d.dose().max(),
					d.units() == ImportedDose.Units.GY ? "Gy" : "(relative)");
		}
		out.println("Plans (" + imported.plans().size() + "):");
		for (ImportedPlan p : imported.plans()) {
			out.printf(Locale.ROOT, "  %s: '%s', %s fractions, %d beams%n", p.source().getFileName(), p.label(),
					p.numberOfFractions().isPresent() ? String.valueOf(p.numberOfFractions().getAsInt()) : "?", p.beams().size());
		}
		printWarnings(imported, out);
		return 0;
	}

	/** Every repair or skipped input, one line each: the study differs from the files by exactly these. */
	private static void printWarnings(ImportedStudy imported, PrintStream out) {
		if (!imported.warnings().isEmpty()) {
			out.println("Warnings (" + imported.warnings().size() + "):");
			imported.warnings().forEach(w -> out.println("  " + w));
		}
	}

	private static String gridText(Grid3 g) {
		return String.format(Locale.ROOT, "%dx%dx%d at %.3fx%.3fx%.3f mm", g.nx(), g.ny(), g.nz(), g.spacingMm().x(),
				g.spacingMm().y(), g.spacingMm().z());
	}

	private static String vec(org.latticebench.core.Vec3 v) {
		return String.format(Locale.ROOT, "(%.3f, %.3f, %.3f)", v.x(), v.y(), v.z());
	}
}
