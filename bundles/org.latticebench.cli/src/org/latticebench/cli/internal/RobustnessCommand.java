package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
		return "robustness --study <phantom|dicom-dir|saved-study> --regimen <id> [--regimen <id> ...] --shift-mm 3 [--diagonals]"
				+ " [--random N --sigma-mm 2 --seed 1] --mode static|recompute [--set generator.key=value ...]"
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
		RobustnessJob.Mode mode = switch (a.required("mode")) {
		case "static" -> RobustnessJob.Mode.STATIC;
		case "recompute" -> RobustnessJob.Mode.RECOMPUTE;
		default -> throw new UsageException(name() + ": --mode " + a.required("mode") + ": expected static or recompute");
		};
		List<ShiftScenario> scenarios = scenarios(a);
		String caseId = a.value("case").orElse(CompareCommand.defaultCase(study));
		ComparisonSpec spec = new ComparisonSpec(caseId, study, a.values("regimen"), CompareCommand.settings(a),
				a.value("constraints"));
		List<PlanRequest> requests = spec.validate(name(), RegimenLibrary.builtIn(), ComparisonJob.generators(context),
				ComparisonJob.constraintSets(context));
		WorkflowSettings settings = spec.workflow(WorkflowSettings.defaults(), name());

		long start = System.nanoTime();
		StudySnapshot snapshot = studies.load(study, context, ProgressMonitor.NULL);
		context.out().printf(Locale.ROOT, "Robustness of %s on %s: %d scenarios, %s mode (dose grid %.1f mm)%n",
				String.join(", ", spec.regimenIds()), caseId, scenarios.size(), mode.id(), settings.doseGridSpacingMm());
		RobustnessJob.run(pipelines.pipeline(context), snapshot, requests, settings,
				ComparisonJob.constraintSets(context), scenarios, mode, out, context.out(), ProgressMonitor.NULL);
		context.out().printf(Locale.ROOT, "Wrote %s: robustness.csv, robustness-summary.csv, dvh-bands.svg (%.1f s)%n", out,
				(System.nanoTime() - start) / 1e9);
		return 0;
	}

	/** The 6 axis shifts (and 8 diagonals) of --shift-mm, and/or --random N Gaussian shifts. */
	private List<ShiftScenario> scenarios(CliArgs a) {
		List<ShiftScenario> out = new ArrayList<>();
		boolean random = a.has("random");
		if (!a.has("shift-mm") && !random) {
			throw new UsageException(name() + ": give --shift-mm s (axis shifts) or --random N --sigma-mm σ");
		}
		try {
			if (a.has("shift-mm")) {
				double s = a.doubleValue("shift-mm", Double.NaN);
				out.addAll(ShiftScenario.axes(s));
				if (a.has("diagonals")) {
					out.addAll(ShiftScenario.diagonals(s));
				}
			} else if (a.has("diagonals")) {
				throw new UsageException(name() + ": --diagonals needs --shift-mm");
			}
			if (random) {
				if (!a.has("sigma-mm")) {
					throw new UsageException(name() + ": --random needs --sigma-mm");
				}
				out.addAll(ShiftScenario.random(a.intValue("random", 0), a.doubleValue("sigma-mm", Double.NaN),
						a.intValue("seed", 1)));
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException(name() + ": " + e.getMessage());
		}
		return out;
	}
}
