package org.latticebench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.report.InputHash;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.WorkflowSettings;
import org.osgi.service.component.annotations.Component;

/**
 * {@code compare}: plans each regimen on one study (generation → dose → optimisation →
 * evaluation) and writes the comparison: report.html, metrics.csv, constraints.csv, dvh.csv,
 * plans/&lt;id&gt;/{rtplan,rtdose,rtstruct}.dcm (with the CT in ct/) and provenance.json. The
 * output folder appears whole: it is written beside and renamed into place.
 */
@Component(property = "latticebench.command=compare")
public final class CompareCommand implements CliCommand {

	/** Options that are shorthands for {@code --set workflow.<key>=value}. */
	static final Map<String, String> WORKFLOW_OPTIONS = Map.of("dose-grid-mm", "doseGridSpacingMm", "max-iterations",
			"maxIterations", "threads", "threads", "seed", "seed", "beamlet-mm", "beamletSizeMm", "engine", "engineId");

	private final ComparisonJob.PipelineFactory pipelines;
	private final ComparisonJob.StudyLoader studies;

	public CompareCommand() {
		this(ComparisonJob.STANDARD, ComparisonJob.STUDY_SOURCES);
	}

	CompareCommand(ComparisonJob.PipelineFactory pipelines, ComparisonJob.StudyLoader studies) {
		this.pipelines = pipelines;
		this.studies = studies;
	}

	@Override
	public String name() {
		return "compare";
	}

	@Override
	public String summary() {
		return "Plan several regimens on one study and write the comparison: report.html, CSV tables, DICOM-RT, provenance.json.";
	}

	@Override
	public String usage() {
		return "compare --study <phantom|dicom-dir|saved-study> --regimen <id> [--regimen <id> ...] [--set generator.key=value ...]"
				+ " [--constraints <set>] [--case <name>] [--dose-grid-mm 3] [--max-iterations 150] [--beamlet-mm 5] [--seed n]"
				+ " [--threads n] [--engine id] [--robustness-shift-mm s] --out <dir>";
	}

	/** Value options shared with {@code batch}. */
	static Set<String> valueOptions(String... more) {
		Set<String> s = new java.util.HashSet<>(WORKFLOW_OPTIONS.keySet());
		s.addAll(List.of("set", "constraints", "out"));
		s.addAll(List.of(more));
		return s;
	}

	/** {@code --set} values and the workflow shorthands, as prefixed settings. */
	static Map<String, String> settings(CliArgs a) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (String s : a.values("set")) {
			Map.Entry<String, String> e = ComparisonSpec.parseSetting(s, a.command() + " --set");
			settings.put(e.getKey(), e.getValue());
		}
		// a fixed order (Map.of iterates in a per-JVM random order), so the settings cell reads the same in every run
		new java.util.TreeMap<>(WORKFLOW_OPTIONS).forEach((option, key) -> a.value(option)
				.ifPresent(v -> settings.put(ComparisonSpec.WORKFLOW + "." + key, v)));
		return settings;
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException {
		CliArgs a = CliArgs.parse(name(), args, valueOptions("study", "regimen", "case", "robustness-shift-mm"), Set.of());
		a.expectPositionalAtMost(0);
		String study = a.required("study");
		StudySources.check(study, "--study");
		Path out = a.requiredPath("out");
		if (Files.exists(out) && !isEmptyFolder(out) && !TaskFolders.isComparisonOutput(out)) {
			throw new UsageException(name() + ": --out " + out + " exists and is not an earlier comparison; choose a new folder");
		}
		if (a.values("regimen").isEmpty()) {
			throw new UsageException(name() + ": missing required option --regimen");
		}
		Optional<Double> robustnessShiftMm = a.has("robustness-shift-mm")
				? Optional.of(a.doubleValue("robustness-shift-mm", Double.NaN))
				: Optional.empty();
		if (robustnessShiftMm.isPresent() && !(robustnessShiftMm.get() > 0 && Double.isFinite(robustnessShiftMm.get()))) {
			throw new UsageException(name() + ": --robustness-shift-mm must be > 0 mm, got " + a.value("robustness-shift-mm").get());
		}
		String caseId = a.value("case").orElse(defaultCase(study));
		ComparisonSpec spec = new ComparisonSpec(caseId, study, a.values("regimen"), settings(a), a.value("constraints"));
		List<PlanRequest> requests = spec.validate(name(), RegimenLibrary.builtIn(), ComparisonJob.generators(context),
				ComparisonJob.constraintSets(context));
		WorkflowSettings settings = spec.workflow(WorkflowSettings.defaults(), name());
		PlanArgs.requireEngine(name() + ": --engine", settings.engineId(), context);

		PrintStream log = context.out();
		long start = System.nanoTime();
		StudySnapshot snapshot = studies.load(study, context, ProgressMonitor.NULL);
		List<InputHash> inputs = ComparisonJob.inputHashes(study, snapshot);
		log.printf(Locale.ROOT, "Comparing %s on %s (%s; dose grid %.1f mm, %d threads)%n", String.join(", ", spec.regimenIds()),
				caseId, study, settings.doseGridSpacingMm(), settings.threads());
		List<String> command = new ArrayList<>(List.of("latticebench", "--headless", name()));
		command.addAll(args);
		ComparisonJob.Result[] result = new ComparisonJob.Result[1];
		TaskFolders.writeWhole(out, null, folder -> result[0] = ComparisonJob.run(spec, requests, settings,
				pipelines.pipeline(context), snapshot, inputs, command, folder, log, robustnessShiftMm, ProgressMonitor.NULL));
		double total = (System.nanoTime() - start) / 1e9;
		log.printf(Locale.ROOT, "Wrote %s: report.html, metrics.csv, constraints.csv, dvh.csv, provenance.json, ct/, plans/%n", out);
		log.printf(Locale.ROOT, "Wall time %.1f s (planning %.1f s, report and files %.1f s)%n", total, result[0].planSeconds(),
				result[0].writeSeconds());
		return 0;
	}

	static String defaultCase(String study) {
		if (StudySources.PHANTOM.equals(study)) {
			return StudySources.PHANTOM;
		}
		Path name = Path.of(study).toAbsolutePath().normalize().getFileName();
		return name == null ? "case" : name.toString();
	}

	private static boolean isEmptyFolder(Path p) throws IOException {
		if (!Files.isDirectory(p)) {
			return false;
		}
		try (Stream<Path> s = Files.list(p)) {
			return s.findAny().isEmpty();
		}
	}
}
