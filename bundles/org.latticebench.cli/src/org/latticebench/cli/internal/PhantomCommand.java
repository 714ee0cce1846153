package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomDescription;
import org.latticebench.phantom.PhantomParameters;
import org.osgi.service.component.annotations.Component;

/** {@code phantom --describe}: builds the built-in liver phantom and prints its structures. */
@Component(property = "latticebench.command=phantom")
public final class PhantomCommand implements CliCommand {

	private static final Set<String> VALUE_OPTIONS = Set.of("spacing-mm", "tumour-diameter-mm", "tumour-offset-mm",
			"necrotic-fraction", "lobulation", "csv", "save");

	@Override
	public String name() {
		return "phantom";
	}

	@Override
	public String summary() {
		return "Build the built-in liver phantom and describe it: structure volumes, centroids, distances to the GTV.";
	}

	@Override
	public String usage() {
		return "phantom --describe [--spacing-mm 2.5] [--tumour-diameter-mm 100] [--tumour-offset-mm x,y,z]"
				+ " [--necrotic-fraction 0.3] [--lobulation 0.05] [--csv F] [--save STUDY_DIR]";
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException {
		CliArgs parsed = CliArgs.parse(name(), args, VALUE_OPTIONS, Set.of("describe"));
		parsed.expectPositionalAtMost(0);
		if (!parsed.has("describe") && !parsed.has("save")) {
			throw new UsageException(name() + ": nothing to do; use --describe or --save (usage: " + usage() + ")");
		}
		PhantomParameters params = parameters(parsed);
		long start = System.nanoTime();
		StudySnapshot study = LiverPhantom.build(params, ProgressMonitor.NULL);
		double buildSeconds = (System.nanoTime() - start) / 1e9;
		if (parsed.has("save")) {
			Path folder = Path.of(parsed.required("save"));
			org.latticebench.model.Study saved = org.latticebench.model.snapshot.Snapshots.fromSnapshot(study);
			saved.setName("Built-in liver phantom");
			org.latticebench.model.io.StudyStore.save(saved, folder);
			context.out().println("saved the phantom study to " + folder);
		}
		if (!parsed.has("describe")) {
			return 0;
		}
		PhantomDescription description = PhantomDescription.of(study);
		context.out().print(description.toTable());
		context.out().printf(Locale.ROOT, "built in %.2f s (%d processors)%n", buildSeconds,
				Runtime.getRuntime().availableProcessors());
		if (parsed.has("csv")) {
			Path csv = Path.of(parsed.required("csv"));
			AtomicFiles.writeString(csv, description.toCsv());
			context.out().println("wrote " + csv);
		}
		return 0;
	}

	private PhantomParameters parameters(CliArgs parsed) {
		PhantomParameters d = PhantomParameters.defaults();
		try {
			return new PhantomParameters(parsed.doubleValue("spacing-mm", d.spacingMm()),
					parsed.doubleValue("tumour-diameter-mm", d.tumourDiameterMm()), offset(parsed, d.tumourCentreOffsetMm()),
					parsed.doubleValue("necrotic-fraction", d.necroticCoreFraction()),
					parsed.doubleValue("lobulation", d.tumourLobulation()));
		} catch (IllegalArgumentException e) {
			throw new UsageException(name() + ": " + e.getMessage());
		}
	}

	private Vec3 offset(CliArgs parsed, Vec3 defaultMm) {
		if (!parsed.has("tumour-offset-mm")) {
			return defaultMm;
		}
		String text = parsed.required("tumour-offset-mm");
		String[] parts = text.split(",");
		if (parts.length != 3) {
			throw new UsageException(name() + ": --tumour-offset-mm expects x,y,z in mm, got '" + text + "'");
		}
		try {
			return new Vec3(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
					Double.parseDouble(parts[2].trim()));
		} catch (NumberFormatException e) {
			throw new UsageException(name() + ": --tumour-offset-mm expects x,y,z in mm, got '" + text + "'");
		}
	}
}
