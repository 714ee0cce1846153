package org.latticebench.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.ConstraintStatus;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.planning.Prescription;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.SphereFallOff;

/** What {@code dose} and {@code optimize} report about a computed plan: timings, matrix, coverage, constraints. */
final class RunSummary {

	private RunSummary() {
	}

	static double seconds(Duration d) {
		return d.toNanos() / 1e9;
	}

	static void print(PlanRun run, PrintStream o) {
		var t = run.times();
		var opt = run.optimization();
		o.printf(Locale.ROOT, "Plan %s on a %s mm dose grid: %d beamlets, matrix %d x %d with %d non-zeros (%d MiB)%n",
				run.planName(), run.provenance().get("workflow.doseGridSpacingMm"), run.matrix().columns(),
				run.matrix().rows(), run.matrix().columns(), run.matrix().nonZeros(), run.matrix().bytes() >> 20);
		o.printf(Locale.ROOT,
				"Timings: generate %.2f s, matrix %.2f s, optimise %.2f s (%d iterations, %.3f s each, %s), final dose %.2f s,"
						+ " evaluate %.2f s, total %.2f s%n",
				seconds(t.generate()), seconds(t.matrix()), seconds(t.optimize()), opt.iterations(),
				opt.iterations() > 0 ? seconds(t.optimize()) / opt.iterations() : 0, opt.reason(), seconds(t.finalDose()),
				seconds(t.evaluate()), seconds(t.total()));
		o.printf(Locale.ROOT, "Dose engines: final dose %s, influence matrix %s%n", run.engineId(),
				run.provenance().getOrDefault("engine.influenceMatrix", run.engineId()));
		o.printf(Locale.ROOT, "Normalisation: %s%n", run.provenance().get("normalization"));
		for (Prescription p : run.design().prescriptions()) {
			run.evaluation().structure(p.structureName()).ifPresent(m -> o.printf(Locale.ROOT,
					"  %s (Rx %.2f Gy): V95%% %.2f %%, D95 %.2f Gy, mean %.2f Gy, max %.2f Gy%n", p.structureName(),
					p.totalDoseGy(), m.dvh().volumeAtLeastPercent(0.95 * p.totalDoseGy()), m.dvh().doseAtVolumePercent(95),
					m.dvh().meanGy(), m.dvh().maxGy()));
		}
		run.sfrt().ifPresent(s -> o.printf(Locale.ROOT,
				"  SFRT: %d spheres, mean sphere dose %.2f Gy, valley mean %.2f Gy, PVDR(mean/mean) %.2f%n", s.sphereCount(),
				s.peakMeanGy(), s.valleyMeanGy(), s.pvdrMeanPeakOverMeanValley()));
		run.sphereFallOff().ifPresent(f -> o.printf(Locale.ROOT,
				"  sphere fall-off 80%%->20%% (valley D50 %.2f Gy as floor): mean %.2f mm, max %.2f mm%n", f.valleyGy(),
				f.meanMm(), f.maxMm()));
		o.printf(Locale.ROOT, "Constraints (%s):%n", run.constraintSetId());
		for (ConstraintResult c : run.constraints()) {
			o.printf(Locale.ROOT, "  %-13s %s%s%n", c.status(), c.constraint().describe(),
					c.value().isPresent()
							? String.format(Locale.ROOT, " [%s: %.2f]", c.structure().orElse(""), c.value().getAsDouble())
							: " (" + c.note() + ")");
		}
	}

	static String json(PlanRun run, double exportSeconds) {
		var t = run.times();
		var opt = run.optimization();
		PlanSummary.Json j = new PlanSummary.Json();
		j.open();
		j.field("plan").string(run.planName()).field("regimen").string(run.request().regimen().id()).field("engine")
				.string(run.engineId()).field("constraint_set").string(run.constraintSetId());
		j.field("dose_max_gy").number(run.doseGy().max());
		j.field("timings_s").open().field("generate").number(seconds(t.generate())).field("matrix")
				.number(seconds(t.matrix())).field("optimize").number(seconds(t.optimize())).field("final_dose")
				.number(seconds(t.finalDose())).field("evaluate").number(seconds(t.evaluate())).field("total")
				.number(seconds(t.total())).field("export").number(exportSeconds).close();
		j.field("matrix").open().field("rows").number(run.matrix().rows()).field("columns").number(run.matrix().columns())
				.field("non_zeros").number(run.matrix().nonZeros()).field("bytes").number(run.matrix().bytes()).close();
		j.field("optimization").open().field("iterations").number(opt.iterations()).field("evaluations")
				.number(opt.evaluations()).field("reason").string(opt.reason().name()).field("objective")
				.number(opt.objectiveValue()).field("max_violation_gy").number(opt.maxViolationGy()).close();
		j.field("structures").array();
		for (MetricInput m : run.evaluation().structures()) {
			j.open().field("name").string(m.structureName()).field("volume_cc").number(m.dvh().totalVolumeCc())
					.field("mean_gy").number(m.dvh().meanGy()).field("max_gy").number(m.dvh().maxGy()).field("D95_gy")
					.number(m.dvh().doseAtVolumePercent(95)).close();
		}
		j.end();
		j.field("constraints").array();
		for (ConstraintResult c : run.constraints()) {
			j.open().field("constraint").string(c.constraint().describe()).field("structure")
					.string(c.structure().orElse("")).field("status").string(c.status().name());
			if (c.status() != ConstraintStatus.NOT_EVALUABLE) {
				j.field("value").number(c.value().getAsDouble());
			}
			j.close();
		}
		j.end();
		run.sfrt().ifPresent(s -> {
			j.field("sfrt").open();
			for (Map.Entry<String, Double> e : s.asTable().entrySet()) {
				j.field(e.getKey()).number(e.getValue());
			}
			j.close();
		});
		run.sphereFallOff().ifPresent(f -> {
			j.field("sphere_fall_off").open().field("mean_mm").number(f.meanMm()).field("max_mm").number(f.maxMm())
					.field("valley_gy").number(f.valleyGy()).field("spheres").array();
			for (SphereFallOff.Sphere s : f.perSphere()) {
				j.open().field("name").string(s.structureName()).field("peak_gy").number(s.peakGy()).field("fall_off_mm")
						.number(s.fallOffMm()).close();
			}
			j.end().close();
		});
		j.field("provenance").open();
		run.provenance().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> j.field(e.getKey()).string(e.getValue()));
		j.close();
		j.close();
		return j.toString();
	}
}
