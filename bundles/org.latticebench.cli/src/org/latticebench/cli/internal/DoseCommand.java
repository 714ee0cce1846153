package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dicom.DicomExporter;
import org.latticebench.dicom.DoseExport;
import org.latticebench.dicom.ExportRequest;
import org.latticebench.dicom.ExportResult;
import org.latticebench.dicom.PlanExport;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;
import org.osgi.service.component.annotations.Component;

/**
 * {@code dose --study <...> --plan <regimen id | saved plan dir> [--set ...] [--dose-grid-mm 3] --out <dir>}:
 * computes the plan through the workflow pipeline (matrix, optimisation, final dose) and writes it
 * as DICOM-RT (CT, RTSTRUCT with the plan's targets, RTPLAN, RTDOSE) plus {@code summary.json}
 * with the timings and the key figures. {@code --engine <id>} picks the registered dose engine of
 * the final dose (the fluence is optimised with the pencil-beam matrix whatever the engine).
 */
@Component(property = "latticebench.command=dose")
public final class DoseCommand implements CliCommand {

	@Override
	public String name() {
		return "dose";
	}

	@Override
	public String summary() {
		return "Compute a plan's optimised dose (pencil beam, or --engine) and write RTDOSE/RTPLAN/RTSTRUCT and a summary with timings.";
	}

	@Override
	public String usage() {
		return "dose --study phantom|<dicom-dir>|<saved-study> --plan <regimen id>|<saved plan dir> [--set key=value ...]"
				+ " [--dose-grid-mm 3] [--beamlet-mm 5] [--threads n] [--max-iterations n] [--constraints <set>] [--engine id] --out <dir>";
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException {
		Set<String> options = new java.util.HashSet<>(Set.of("study", "plan", "set", "out"));
		options.addAll(PlanArgs.WORKFLOW_OPTIONS);
		CliArgs a = CliArgs.parse(name(), args, options, Set.of());
		a.expectPositionalAtMost(0);
		String studySpec = a.required("study");
		PlanRequest request = PlanArgs.request(a, "plan");
		Path out = a.requiredPath("out");
		WorkflowSettings settings = PlanArgs.workflow(a, WorkflowSettings.DEFAULT_DOSE_GRID_MM, context);
		StudySources.check(studySpec, "--study");
		StudySnapshot study = StudySources.load(studySpec, PhantomParameters.defaults(), context, ProgressMonitor.NULL);
		PlanRun run;
		try {
			run = PlanArgs.pipeline(context).run(study, request, settings, ProgressMonitor.NULL);
		} catch (InvalidInputException e) {
			throw PlanArgs.settingsError(a, request.generatorSettings(), e);
		}
		long exportStart = System.nanoTime();
		ExportResult result = DicomExporter.export(exportRequest(study, run), out, ProgressMonitor.NULL);
		double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
		AtomicFiles.writeString(out.resolve("summary.json"), RunSummary.json(run, exportSeconds));
		RunSummary.print(run, context.out());
		context.out().printf(Locale.ROOT, "wrote %d DICOM files to %s in %.2f s, and summary.json%n",
				result.allFiles().size(), result.folder(), exportSeconds);
		return 0;
	}

	/** The study with the plan's generated structures, the plan's beams and prescriptions, and its dose. */
	static ExportRequest exportRequest(StudySnapshot study, PlanRun run) {
		List<StructureSnapshot> structures = new ArrayList<>(study.structures());
		for (StructureSnapshot s : run.design().structures()) {
			if (study.structure(s.name()).isEmpty()) {
				structures.add(s);
			}
		}
		StudySnapshot withPlan = new StudySnapshot(study.patientName(), study.patientId(), study.ctHu(), structures);
		String label = run.planName();
		List<PlanExport.Prescription> rx = run.design().prescriptions().stream()
				.map(p -> new PlanExport.Prescription(p.structureName(), p.totalDoseGy())).toList();
		return ExportRequest.of(withPlan).withPlan(PlanExport.of(label, run.fractions(), rx, run.design().beams()))
				.withDose(DoseExport.physical(label, run.doseGy()));
	}
}
