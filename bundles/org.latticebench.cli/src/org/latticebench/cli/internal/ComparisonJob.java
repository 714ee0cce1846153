package org.latticebench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.latticebench.cli.CliContext;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.evaluation.BuiltInConstraintSets;
import org.latticebench.evaluation.ConstraintSetRegistry;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.planning.PlanGenerators;
import org.latticebench.report.BuildInfo;
import org.latticebench.report.HtmlReportWriter;
import org.latticebench.report.InputHash;
import org.latticebench.report.InputHashes;
import org.latticebench.report.Provenance;
import org.latticebench.report.ReportBuilder;
import org.latticebench.report.ReportModel;
import org.latticebench.report.RobustnessSection;
import org.latticebench.evaluation.robustness.ShiftScenario;
import org.latticebench.workflow.ComparisonRun;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.StandardPlanPipeline;
import org.latticebench.workflow.WorkflowSettings;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * One comparison from study to output folder, shared by {@code compare}, {@code batch} and
 * {@code batch-task}: plans every regimen through the {@link PlanPipeline}, then writes
 * report.html, metrics.csv, constraints.csv, dvh.csv, provenance.json and the DICOM-RT files.
 */
final class ComparisonJob {

	/** Where studies come from; tests give a small synthetic one. */
	interface StudyLoader {
		StudySnapshot load(String spec, CliContext context, ProgressMonitor monitor) throws IOException;
	}

	/** Which pipeline runs; tests give a fake one. */
	interface PipelineFactory {
		PlanPipeline pipeline(CliContext context);
	}

	/** The default: the registered {@link PlanPipeline} service, else the built-in standard pipeline. */
	static final PipelineFactory STANDARD = context -> {
		List<PlanPipeline> services = context.services(PlanPipeline.class);
		return services.isEmpty() ? new StandardPlanPipeline() : services.get(0);
	};

	static final StudyLoader STUDY_SOURCES = (spec, context, monitor) -> StudySources.load(spec,
			org.latticebench.phantom.PhantomParameters.defaults(), context, monitor);

	/** The output files, in the order they are written (provenance.json last). */
	static final List<String> FILES = List.of("metrics.csv", "constraints.csv", "dvh.csv", "report.html", "provenance.json");

	record Result(ComparisonRun run, double planSeconds, double writeSeconds) {
	}

	private ComparisonJob() {
	}

	/** Generators for validation: the registered ones, else the built-in ones. */
	static List<PlanGenerator> generators(CliContext context) {
		List<PlanGenerator> g = context.services(PlanGenerator.class);
		return g.isEmpty() ? PlanGenerators.builtIn() : g;
	}

	static ConstraintSetRegistry constraintSets(CliContext context) {
		List<ConstraintSetRegistry> r = context.services(ConstraintSetRegistry.class);
		return r.isEmpty() ? BuiltInConstraintSets.registry() : r.get(0);
	}

	/** Hashes of the study's inputs: every file of a folder, or the voxels of the generated phantom. */
	static List<InputHash> inputHashes(String spec, StudySnapshot study) throws IOException {
		return StudySources.PHANTOM.equals(spec) ? InputHashes.ofSnapshot(StudySources.PHANTOM, study)
				: InputHashes.ofFolder(Path.of(spec));
	}

	static Result run(ComparisonSpec spec, List<PlanRequest> requests, WorkflowSettings settings, PlanPipeline pipeline,
			StudySnapshot study, List<InputHash> inputs, List<String> command, Path out, PrintStream log,
			ProgressMonitor monitor) throws IOException {
		return run(spec, requests, settings, pipeline, study, inputs, command, out, log, Optional.empty(), monitor);
	}

	/**
	 * As above; with {@code robustnessShiftMm}, the report gains a robustness section: static mode,
	 * the 6 axis shifts of that length.
	 */
	static Result run(ComparisonSpec spec, List<PlanRequest> requests, WorkflowSettings settings, PlanPipeline pipeline,
			StudySnapshot study, List<InputHash> inputs, List<String> command, Path out, PrintStream log,
			Optional<Double> robustnessShiftMm, ProgressMonitor monitor) throws IOException {
		long start = System.nanoTime();
		List<PlanRun> runs = new ArrayList<>();
		for (PlanRequest r : requests) {
			monitor.checkCanceled();
			long t0 = System.nanoTime();
			PlanRun run = pipeline.run(study, r, settings, monitor);
			log.printf(Locale.ROOT, "  %s: planned, dose and evaluation in %.1f s (max %.2f Gy, %d iterations)%n",
					r.planName(), (System.nanoTime() - t0) / 1e9, run.doseGy().max(), run.optimization().iterations());
			runs.add(run);
		}
		ComparisonRun comparison = new ComparisonRun(spec.caseId(), study, runs);
		Optional<RobustnessSection> section = Optional.empty();
		if (robustnessShiftMm.isPresent()) {
			double s = robustnessShiftMm.get();
			List<ShiftScenario> scenarios = ShiftScenario.axes(s);
			RobustnessJob.Result r = RobustnessJob.evaluate(pipeline, study, runs, settings,
					BuiltInConstraintSets.registry(), scenarios, RobustnessJob.Mode.STATIC, log, monitor);
			section = Optional.of(RobustnessJob.section(r, RobustnessJob.Mode.STATIC, s, scenarios.size()));
		}
		double planSeconds = (System.nanoTime() - start) / 1e9;
		long w0 = System.nanoTime();
		write(comparison, settings, spec.study(), inputs, command, out, section, monitor);
		return new Result(comparison, planSeconds, (System.nanoTime() - w0) / 1e9);
	}

	/** Writes every output of a computed comparison into {@code out}. */
	static void write(ComparisonRun run, WorkflowSettings settings, String studySpec, List<InputHash> inputs,
			List<String> command, Path out, ProgressMonitor monitor) throws IOException {
		write(run, settings, studySpec, inputs, command, out, Optional.empty(), monitor);
	}

	static void write(ComparisonRun run, WorkflowSettings settings, String studySpec, List<InputHash> inputs,
			List<String> command, Path out, Optional<RobustnessSection> robustness, ProgressMonitor monitor)
			throws IOException {
		Files.createDirectories(out);
		Provenance provenance = Provenance.of(run, settings, BuildInfo.load(version()), command, studySpec, inputs);
		ReportModel base = ReportBuilder.build(run, provenance, monitor);
		ReportModel model = robustness.map(base::withRobustness).orElse(base);
		AtomicFiles.writeString(out.resolve("metrics.csv"), ReportTables.metrics(model.metrics()));
		AtomicFiles.writeString(out.resolve("constraints.csv"), ReportTables.constraints(model.constraints()));
		AtomicFiles.writeString(out.resolve("dvh.csv"), ReportTables.dvh(run.caseId(), model.dvh()));
		DicomOutputs.write(run, out, monitor);
		AtomicFiles.writeBytes(out.resolve("report.html"), HtmlReportWriter.bytes(model));
		AtomicFiles.writeString(out.resolve("provenance.json"), provenance.toJson());
	}

	/** This build's version: the report bundle's, or {@code dev} outside OSGi. */
	static String version() {
		Bundle b = FrameworkUtil.getBundle(BuildInfo.class);
		return Optional.ofNullable(b).map(x -> x.getVersion().toString()).orElse("dev");
	}
}
