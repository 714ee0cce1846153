package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.LatticeReport;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.Regimen;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.WorkflowSettings;
import org.osgi.service.component.annotations.Component;

/**
 * {@code plan --study <...> --regimen <id> [--set key=value ...] --out <dir>}: generates the plan
 * design (no dose) and writes its summary: {@code plan.json} (regimen, settings, prescriptions,
 * targets with volumes, the lattice report with every sphere decision, beams, notes),
 * {@code spheres.csv}, {@code targets.csv} and the saved plan {@code plan-settings.properties}
 * that {@code dose --plan <dir>} reads.
 */
@Component(property = "latticebench.command=plan")
public final class PlanCommand implements CliCommand {

	@Override
	public String name() {
		return "plan";
	}

	@Override
	public String summary() {
		return "Generate a plan design for a regimen (targets, lattice spheres with their decisions, beams) and write its summary.";
	}

	@Override
	public String usage() {
		return "plan --study phantom|<dicom-dir>|<saved-study> --regimen <id> [--set key=value ...] --out <dir>";
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException {
		CliArgs a = CliArgs.parse(name(), args, Set.of("study", "regimen", "set", "out"), Set.of());
		a.expectPositionalAtMost(0);
		String studySpec = a.required("study");
		Regimen regimen = PlanArgs.regimen(name(), a.required("regimen"));
		Map<String, String> form = PlanArgs.settings(a);
		Path out = a.requiredPath("out");
		StudySources.check(studySpec, "--study");
		StudySnapshot study = StudySources.load(studySpec, PhantomParameters.defaults(), context, ProgressMonitor.NULL);
		PlanRequest request = PlanRequest.of(regimen).withSettings(form);
		long start = System.nanoTime();
		PlanDesign design;
		try {
			design = PlanArgs.pipeline(context).generate(study, request, WorkflowSettings.defaults(), ProgressMonitor.NULL);
		} catch (InvalidInputException e) {
			throw PlanArgs.settingsError(a, form, e);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		AtomicFiles.writeString(out.resolve("plan.json"), PlanSummary.json(study, regimen, design, seconds));
		AtomicFiles.writeString(out.resolve("targets.csv"), PlanSummary.targetsCsv(study, design));
		AtomicFiles.writeString(out.resolve(PlanArgs.SAVED_PLAN_FILE),
				PlanArgs.savedPlan(regimen.id(), design.generatorId(), design.settingsForm()));
		var o = context.out();
		o.printf(Locale.ROOT, "Plan %s (%s) on %s: %d prescriptions, %d beams, generated in %.2f s%n", regimen.id(),
				design.generatorId(), study.patientId(), design.prescriptions().size(), design.beams().size(), seconds);
		if (design.lattice().isPresent()) {
			LatticeReport l = design.lattice().get();
			AtomicFiles.writeString(out.resolve("spheres.csv"), PlanSummary.spheresCsv(l));
			o.printf(Locale.ROOT,
					"Spheres: %d kept (%d whole, %d clipped), %d dropped; peak %.2f cc, valley %.1f cc, GTV %.1f cc; placement %.2f s%n",
					l.keptCount(), l.wholeCount(), l.clippedCount(), l.dropped().size(), l.peakVolumeCc(),
					l.valleyVolumeCc(), l.gtvVolumeCc(), seconds);
		}
		design.notes().forEach(n -> o.println("  note: " + n));
		o.println("wrote " + out.resolve("plan.json") + ", targets.csv" + (design.lattice().isPresent() ? ", spheres.csv" : "")
				+ ", " + PlanArgs.SAVED_PLAN_FILE);
		return 0;
	}
}
