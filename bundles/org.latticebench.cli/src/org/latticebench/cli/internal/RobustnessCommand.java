package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.evaluation.robustness.ShiftScenario;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.WorkflowSettings;
import org.osgi.service.component.annotations.Component;

/**
 * {@code robustness}: plans each regimen once through the pipeline, then evaluates every metric
 * under rigid set-up shifts, either {@code static} (the dose cloud held, the anatomy shifted) or
 * {@code recompute} (the same fluence sent through the engine with the isocentre moved). Writes
 * robustness.csv, robustness-summary.csv and dvh-bands.svg into {@code --out}.
 */
@Component(property = "latticebench.command=robustness")
public final class RobustnessCommand implements CliCommand {

	private final ComparisonJob.PipelineFactory pipelines;
	private final ComparisonJob.StudyLoader studies;

	public RobustnessCommand() {
		this(ComparisonJob.STANDARD, ComparisonJob.STUDY_SOURCES);
	}

	RobustnessCommand(ComparisonJob.PipelineFactory pipelines, ComparisonJob.StudyLoader studies) {
		this.pipelines = pipelines;
		this.studies = studies;
	}

	@Override
	public String name() {
		return "robustness";
	}

	@Override
	public String summary() {
		return "Plan regimens and report their metrics under set-up shifts (static or recomputed dose): robustness.csv, summary, DVH bands.";
	}

	@Override
	public String usage() {
		return "robustness --study <phantom|dicom-dir|saved-study> --regimen <id> [--regimen <id> ...] --shift-mm 3 [--shift-mm 5 ...] [--diagonals]"
				+ " [--random N --sigma-mm 2 --seed 1] --mode static|recompute [--mode ...] [--set generator.key=value ...]"
				+ " [--constraints <set>] [--dose-grid-mm 3] [--max-iterations 150] [--beamlet-mm 5] [--threads n] --out <dir>";
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException {
		CliArgs a = CliArgs.parse(name(), args,
				CompareCommand.valueOptions("study", "regimen", "case", "shift-mm", "random", "sigma-mm", "mode"),
				Set.of("diagonals"));
		a.expectPositionalAtMost(0);
		String study = a.required("study");
		StudySources.check(study, "--study");
		Path out = a.requiredPath("out");
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new UsageException(name() + ": --out " + out + " is a file, not a folder");
		}
		if (a.values("regimen").isEmpty()) {
			throw new UsageException(name() + ": missing required option --regimen");
		}
		List<RobustnessJob.Mode> modes = new ArrayList<>();
		for (String m : a.values("mode")) {
			RobustnessJob.Mode mode = switch (m) {
			case "static" -> RobustnessJob.Mode.STATIC;
			case "recompute" -> RobustnessJob.Mode.RECOMPUTE;
			default -> throw new UsageException(name() + ": --mode " + m + ": expected static or recompute");
			};
			if (!modes.contains(mode)) {
				modes.add(mode);
			}
		}
		if (modes.isEmpty()) {
			throw new UsageException(name() + ": missing required option --mode");
		}
		Map<String, List<ShiftScenario>> scenarioSets = scenarioSets(a);
		List<RobustnessJob.Variant> variants = new ArrayList<>();
		boolean single = modes.size() * scenarioSets.size() == 1;
		for (RobustnessJob.Mode mode : modes) {
			scenarioSets.forEach((label, scenarios) -> variants.add(new RobustnessJob.Variant(mode,
					mode.id() + " " + label, scenarios, single ? out : out.resolve(mode.id() + "-" + label))));
		}
		String caseId = a.value("case").orElse(CompareCommand.defaultCase(study));
		ComparisonSpec spec = new ComparisonSpec(caseId, study, a.values("regimen"), CompareCommand.settings(a),
				a.value("constraints"));
		List<PlanRequest> requests = spec.validate(name(), RegimenLibrary.builtIn(), ComparisonJob.generators(context),
				ComparisonJob.constraintSets(context));
		WorkflowSettings settings = spec.workflow(WorkflowSettings.defaults(), name());

		long start = System.nanoTime();
		StudySnapshot snapshot = studies.load(study, context, ProgressMonitor.NULL);
		context.out().printf(Locale.ROOT, "Robustness of %s on %s: %s, %s mode (dose grid %.1f mm)%n",
				String.join(", ", spec.regimenIds()), caseId, describe(scenarioSets),
				String.join(" and ", modes.stream().map(RobustnessJob.Mode::id).toList()), settings.doseGridSpacingMm());
		RobustnessJob.run(pipelines.pipeline(context), snapshot, requests, settings, ComparisonJob.constraintSets(context),
				variants, context.out(), ProgressMonitor.NULL);
		context.out().printf(Locale.ROOT, "Wrote %s: robustness.csv, robustness-summary.csv, dvh-bands.svg%s (%.1f s)%n", out,
				single ? "" : " in " + String.join(", ", variants.stream().map(v -> out.relativize(v.dir()).toString()).toList()),
				(System.nanoTime() - start) / 1e9);
		return 0;
	}

	/**
	 * The scenario set of each --shift-mm value (its 6 axis shifts, and 8 diagonals), each with the
	 * --random N Gaussian shifts if given; or the random shifts alone. Keyed by a folder-safe label
	 * such as {@code 3mm} or {@code random}.
	 */
	private Map<String, List<ShiftScenario>> scenarioSets(CliArgs a) {
		boolean random = a.has("random");
		if (!a.has("shift-mm") && !random) {
			throw new UsageException(name() + ": give --shift-mm s (axis shifts) or --random N --sigma-mm σ");
		}
		Map<String, List<ShiftScenario>> out = new LinkedHashMap<>();
		try {
			List<ShiftScenario> randomShifts = List.of();
			if (random) {
				if (!a.has("sigma-mm")) {
					throw new UsageException(name() + ": --random needs --sigma-mm");
				}
				randomShifts = ShiftScenario.random(a.intValue("random", 0), a.doubleValue("sigma-mm", Double.NaN),
						a.intValue("seed", 1));
			}
			if (!a.has("shift-mm") && a.has("diagonals")) {
				throw new UsageException(name() + ": --diagonals needs --shift-mm");
			}
			for (String text : a.values("shift-mm")) {
				double s;
				try {
					s = Double.parseDouble(text);
				} catch (NumberFormatException e) {
					throw new UsageException(name() + ": --shift-mm expects a number, got '" + text + "'");
				}
				List<ShiftScenario> set = new ArrayList<>(ShiftScenario.axes(s));
				if (a.has("diagonals")) {
					set.addAll(ShiftScenario.diagonals(s));
				}
				set.addAll(randomShifts);
				if (out.putIfAbsent(Csv.number(s).replaceAll("\\.?0+$", "") + "mm", set) != null) {
					throw new UsageException(name() + ": --shift-mm " + text + " is given twice");
				}
			}
			if (out.isEmpty()) {
				out.put("random", randomShifts);
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException(name() + ": " + e.getMessage());
		}
		return out;
	}

	private static String describe(Map<String, List<ShiftScenario>> sets) {
		return String.join("; ", sets.entrySet().stream()
				.map(e -> e.getValue().size() + " scenarios" + (e.getKey().equals("random") ? "" : " of " + e.getKey()))
				.toList());
	}
}
