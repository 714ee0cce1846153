package org.latticebench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.ConstraintStatus;
import org.latticebench.evaluation.Dvh;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.RegimenLibrary;

/**
 * Issue 7 acceptance on the built-in phantom (default 2.5 mm CT), 9 coplanar 6 MV beams, 5 mm
 * beamlets, a 4 mm dose grid: SBRT 50 Gy / 5 fx and lattice 20 Gy + 66.7 Gy / 5 fx, both through
 * the standard pipeline. Figures are printed for the issue note.
 */
class PhantomAcceptanceTest {

	private static PlanRun sbrt;
	private static PlanRun lattice;

	@BeforeAll
	static void plan() {
		StudySnapshot study = LiverPhantom.build(PhantomParameters.defaults(), ProgressMonitor.NULL);
		StandardPlanPipeline pipeline = new StandardPlanPipeline();
		WorkflowSettings settings = WorkflowSettings.defaults().withDoseGridSpacingMm(4.0).withThreads(2);
		sbrt = pipeline.run(study, PlanRequest.of(RegimenLibrary.builtIn().require("sbrt-50-5")), settings,
				ProgressMonitor.NULL);
		lattice = pipeline.run(study, PlanRequest.of(RegimenLibrary.builtIn().require("lattice-sfrt")), settings,
				ProgressMonitor.NULL);
		for (PlanRun r : List.of(sbrt, lattice)) {
			System.out.printf(Locale.ROOT, "%s: %s, %d iterations (%s)%n", r.planName(), r.times(),
					r.optimization().iterations(), r.optimization().reason());
			r.constraints().forEach(c -> System.out.printf(Locale.ROOT, "  %s %s %s %s%n", c.status(),
					c.constraint().describe(), c.structure().orElse("-"), c.value()));
		}
	}

	private static Dvh dvh(PlanRun run, String structure) {
		return run.evaluation().structure(structure).orElseThrow().dvh();
	}

	@Test
	void sbrtCoversThePtv() {
		// issue 7: PTV V95% >= 95 % for 50 Gy / 5 fx ([004]); 95 % of 50 Gy = 47.5 Gy
		double v95 = dvh(sbrt, "PTV").volumeAtLeastPercent(0.95 * 50.0);
		System.out.printf(Locale.ROOT, "SBRT PTV V95%% = %.2f %%, PTV Dmax %.2f Gy, D2 %.2f Gy%n", v95,
				dvh(sbrt, "PTV").maxGy(), dvh(sbrt, "PTV").doseAtVolumePercent(2));
		assertTrue(v95 >= 95.0, "PTV V95% = " + v95);
		// the template's hot-spot term (PTV max dose 1.25 x Rx = 62.5 Gy, weight 30, ObjectiveTemplates) must keep the
		// PTV maximum below 140 % of 50 Gy = 70 Gy; without it the 3 mm plan reached 86 Gy (172 %), measured 2026-12-07
		assertTrue(dvh(sbrt, "PTV").maxGy() < 70.0, "PTV Dmax = " + dvh(sbrt, "PTV").maxGy());
	}

	@Test
	void sbrtMeetsTheTg101LimitsTheAnatomyAllows() {
		// TG-101 5 fx ([001] Table 1, DOMAIN.md). On this phantom some cannot be met whatever the plan (geometry
		// measured on the 2.5 mm phantom with the geometry bundle's distance map from the 670.7 cc PTV):
		// - each kidney is 136.2 cc, so "> 200 cc below 17.5 Gy" is impossible by volume;
		// - the IVC (2.06 cc) and the duodenum (1.07 cc) overlap the PTV, whose D95 is 50 Gy: above 32 Gy for the
		//   duodenum, and at the PTV's hot spots above 53 Gy for the IVC (so also GreatVessels = aorta + IVC);
		// - the liver is 1603 cc and the PTV takes 657 cc of it, leaving 946 cc of which 700 cc must stay below
		//   21 Gy: a 50 -> 21 Gy fall-off inside 246 cc of liver around a 670 cc PTV (a shell of about 6 mm);
		// - the stomach is 10.3 mm from the PTV: 32 Gy there is 64 % of the prescription, at the edge of what a
		//   9-beam coplanar fall-off gives.
		// Everything else (spinal cord 65 mm away, aorta 30 mm, colon 5 mm with a 38 Gy limit, bowel) must pass.
		Set<String> allowedToFail = Set.of("IVC", "GreatVessels", "Duodenum", "Liver", "Kidney_L", "Kidney_R", "Stomach");
		List<String> unmet = new ArrayList<>();
		for (ConstraintResult c : sbrt.constraints()) {
			if (c.status() == ConstraintStatus.FAIL) {
				String name = c.structure().orElseThrow();
				unmet.add(String.format(Locale.ROOT, "%s %s: %.1f", name, c.constraint().metric(), c.value().getAsDouble()));
				assertTrue(allowedToFail.contains(name), "unexpected failure " + c.constraint().describe() + " on " + name
						+ " = " + c.value());
			}
		}
		System.out.println("SBRT unmet TG-101: " + unmet);
		assertTrue(sbrt.constraints().stream().anyMatch(c -> c.structure().equals(java.util.Optional.of("SpinalCord"))
				&& c.status() == ConstraintStatus.PASS), "the spinal cord limit (30 Gy) is met");
		// kidney volumes: the phantom's kidneys are under 200 cc (the reason the kidney rows cannot pass)
		assertTrue(dvh(sbrt, "Kidney_L").totalVolumeCc() < 200 && dvh(sbrt, "Kidney_R").totalVolumeCc() < 200);
	}

	@Test
	void latticePeaksAndValleyAreWhereIssue7WantsThem() {
		double peakMean = dvh(lattice, "PTV_peak").meanGy();
		double valleyD50 = dvh(lattice, "valley").doseAtVolumePercent(50);
		double pvr = peakMean / valleyD50;
		SphereFallOff fallOff = lattice.sphereFallOff().orElseThrow();
		System.out.printf(Locale.ROOT,
				"lattice: %d spheres, mean sphere %.2f Gy, valley D50 %.2f Gy, PVR %.2f, fall-off mean %.2f mm max %.2f mm%n",
				lattice.design().lattice().orElseThrow().keptCount(), peakMean, valleyD50, pvr, fallOff.meanMm(),
				fallOff.maxMm());
		// [001]: spheres 66.7 Gy / 5 fx; issue 7: within 5 %
		assertEquals(66.7, peakMean, 0.05 * 66.7);
		// issue 7: valley D50 within 20–27 Gy (PTV 20 Gy, [001])
		assertTrue(valleyD50 >= 20 && valleyD50 <= 27, "valley D50 = " + valleyD50);
		// issue 7: peak-to-valley ratio (mean sphere / valley D50) >= 2.5
		assertTrue(pvr >= 2.5, "PVR = " + pvr);
		// issue 7: the 80 % -> 20 % fall-off from a sphere edge under 10 mm, for every sphere
		assertTrue(fallOff.maxMm() < 10, "fall-off " + fallOff);
		assertEquals(lattice.design().lattice().orElseThrow().keptCount(), fallOff.perSphere().size());
		assertEquals(peakMean, lattice.sfrt().orElseThrow().peakMeanGy(), 1e-9, "the SFRT report uses the same spheres");
	}

	@Test
	void latticeOrganMaximaAreNoWorseThanSbrt() {
		// issue 7: OAR maxima no worse than in the SBRT plan, within 10 %: every organ with a TG-101 Dmax limit
		for (ConstraintResult c : sbrt.constraints()) {
			if (!c.constraint().metric().equals("Dmax") || c.structure().isEmpty()) {
				continue;
			}
			String organ = c.structure().get();
			double s = dvh(sbrt, organ).maxGy(), l = dvh(lattice, organ).maxGy();
			System.out.printf(Locale.ROOT, "  %s Dmax: SBRT %.2f Gy, lattice %.2f Gy%n", organ, s, l);
			assertTrue(l <= 1.10 * s, organ + ": lattice " + l + " Gy vs SBRT " + s + " Gy");
		}
	}
}
