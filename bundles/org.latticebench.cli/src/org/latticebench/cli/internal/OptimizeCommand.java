package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;
import org.osgi.service.component.annotations.Component;

/**
 * {@code optimize --study <...> --plan <regimen id | saved plan dir> [--set ...] [--out <dir>]}:
 * runs the plan through the pipeline, printing every optimiser iteration (iteration, objective,
 * largest goal miss in Gy, projected-gradient norm) as it happens, then the result. With
 * {@code --out} it also writes {@code iterations.csv} and {@code summary.json}. {@code --engine <id>}
 * picks the registered dose engine of the final dose.
 */
@Component(property = "latticebench.command=optimize")
public final class OptimizeCommand implements CliCommand {

	@Override
	public String name() {
		return "optimize";
	}

	@Override
	public String summary() {
		return "Optimise a plan's fluence, printing per-iteration progress (objective, max violation) and the result.";
	}

	@Override
	public String usage() {
		return "optimize --study phantom|<dicom-dir>|<saved-study> --plan <regimen id>|<saved plan dir> [--set key=value ...]"
				+ " [--dose-grid-mm 3] [--beamlet-mm 5] [--threads n] [--max-iterations n] [--constraints <set>] [--engine id] [--out <dir>]";
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException {
		Set<String> options = new java.util.HashSet<>(Set.of("study", "plan", "set", "out"));
		options.addAll(PlanArgs.WORKFLOW_OPTIONS);
		CliArgs a = CliArgs.parse(name(), args, options, Set.of());
		a.expectPositionalAtMost(0);
		String studySpec = a.required("study");
		PlanRequest request = PlanArgs.request(a, "plan");
		Optional<Path> out = a.value("out").map(Path::of);
		WorkflowSettings settings = PlanArgs.workflow(a, WorkflowSettings.DEFAULT_DOSE_GRID_MM, context);
		StudySources.check(studySpec, "--study");
		StudySnapshot study = StudySources.load(studySpec, PhantomParameters.defaults(), context, ProgressMonitor.NULL);
		var o = context.out();
		StringBuilder csv = new StringBuilder(Csv.row(List.of("iteration", "objective", "max_violation_gy",
				"projected_gradient_norm")));
		o.printf(Locale.ROOT, "%9s  %14s  %16s  %14s%n", "iteration", "objective", "max_violation_gy", "proj_gradient");
		PlanRun run;
		try {
			run = PlanArgs.pipeline(context).run(study, request, settings, r -> {
				o.printf(Locale.ROOT, "%9d  %14.6g  %16.3f  %14.4g%n", r.iteration(), r.objectiveValue(), r.maxViolationGy(),
						r.projectedGradientNorm());
				csv.append(Csv.row(List.of(Integer.toString(r.iteration()), String.format(Locale.ROOT, "%.9g", r.objectiveValue()),
						Csv.number(r.maxViolationGy()), String.format(Locale.ROOT, "%.6g", r.projectedGradientNorm()))));
			}, ProgressMonitor.NULL);
		} catch (InvalidInputException e) {
			throw PlanArgs.settingsError(a, request.generatorSettings(), e);
		}
		var opt = run.optimization();
		o.printf(Locale.ROOT, "Result: %d iterations (%s), %d evaluations, objective %.6g, max violation %.3f Gy,"
				+ " normalisation factor %.4f%n", opt.iterations(), opt.reason(), opt.evaluations(), opt.objectiveValue(),
				opt.maxViolationGy(), opt.normalizationFactor());
		RunSummary.print(run, o);
		if (out.isPresent()) {
			AtomicFiles.writeString(out.get().resolve("iterations.csv"), csv.toString());
			AtomicFiles.writeString(out.get().resolve("summary.json"), RunSummary.json(run, 0));
			o.println("wrote " + out.get().resolve("iterations.csv") + " and summary.json");
		}
		return 0;
	}
}
