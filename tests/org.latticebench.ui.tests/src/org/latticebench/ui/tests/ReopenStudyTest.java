package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.ui.UiIds;
import org.latticebench.ui.internal.handlers.OpenStudyHandler;
import org.latticebench.ui.internal.handlers.SaveStudyHandler;
import org.latticebench.ui.internal.session.ComparisonRows;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.views.ComparisonView;
import org.latticebench.workflow.PlanRun;

/**
 * Save, then File > Open Study: the plans come back from their saved doses and settings (design
 * regenerated, evaluation recomputed, no optimisation), with the saved reference plan, so the
 * comparison shows the same numbers as before saving.
 */
class ReopenStudyTest {

	private static UiDriver.SessionState before;

	@BeforeAll
	static void phantomWithPlans() throws Exception {
		MainFlowTest.openThePhantomAndComputeBothPlans();
		before = UiDriver.remember();
	}

	@AfterAll
	static void putTheComputedPlansBack() throws Exception {
		UiDriver.restore(before);
	}

	@Test
	void reopenedStudyHasItsPlansEvaluatedFromTheSavedDosesAndTheSameComparison() throws Exception {
		StudySession session = StudySession.get();
		session.setReferencePlan(MainFlowTest.SBRT);
		Path folder = Files.createTempDirectory("lb-ui-reopen").resolve("study");
		Job save = SaveStudyHandler.save(UiDriver.display(), folder);
		UiDriver.waitFor(save, 300_000);
		assertTrue(save.getResult().isOK(), "save: " + save.getResult());

		long t0 = System.nanoTime();
		Job open = OpenStudyHandler.open(UiDriver.display(), folder);
		UiDriver.waitFor(open, 600_000);
		assertTrue(open.getResult().isOK(), "open: " + open.getResult());
		UiDriver.waitUntil("the reopened study", 10_000,
				() -> session.file().map(folder::equals).orElse(false) && session.plans().size() == 2);
		System.out.printf(java.util.Locale.ROOT, "reopening the saved phantom with two plans (design + evaluation): %.1f s%n",
				(System.nanoTime() - t0) / 1e9);
		assertEquals(List.of(MainFlowTest.LATTICE, MainFlowTest.SBRT), session.planNames());
		assertEquals(MainFlowTest.SBRT, session.referencePlan().orElseThrow().planName(), "the saved reference plan");
		assertFalse(session.isDirty(), "a reopened study is unchanged");

		for (PlanRun was : before.plans()) {
			PlanRun now = session.plan(was.planName()).orElseThrow();
			assertArrayEquals(was.doseGy().values(), now.doseGy().values(), "the saved dose, exactly");
			assertEquals(0, now.optimization().iterations(), "the optimiser did not run");
			assertTrue(now.provenance().containsKey("restored"));
			assertEquals(was.design().settingsForm(), now.design().settingsForm());
			assertEquals(was.design().lattice().map(l -> l.kept().stream().map(k -> k.centreMm()).toList()),
					now.design().lattice().map(l -> l.kept().stream().map(k -> k.centreMm()).toList()),
					"the regenerated lattice places the same spheres");
			// the same dose on the same masks gives the same DVHs (the evaluation API on identical input)
			for (MetricInput in : was.evaluation().structures()) {
				Dvh a = in.dvh();
				Dvh b = now.evaluation().structure(in.structureName()).orElseThrow().dvh();
				assertEquals(a.doseAtVolumePercent(95), b.doseAtVolumePercent(95), 1e-9, in.structureName() + " D95");
				assertEquals(a.meanGy(), b.meanGy(), 1e-9, in.structureName() + " Dmean");
				assertEquals(a.totalVolumeCc(), b.totalVolumeCc(), 1e-9, in.structureName() + " volume");
			}
			assertEquals(was.constraintSetId(), now.constraintSetId());
			assertEquals(was.constraints().size(), now.constraints().size());
			for (int i = 0; i < was.constraints().size(); i++) {
				ConstraintResult c = was.constraints().get(i), d = now.constraints().get(i);
				assertEquals(c.status(), d.status(), c.constraint().describe());
				assertEquals(c.value(), d.value(), c.constraint().describe());
			}
			assertEquals(was.sfrt().map(s -> s.pvdrGtvD10OverD90()), now.sfrt().map(s -> s.pvdrGtvD10OverD90()));
			assertEquals(was.sphereFallOff().isPresent(), now.sphereFallOff().isPresent());
		}

		// the comparison works after reopening: PTV D95 of both plans, deltas against the saved reference (SBRT)
		ComparisonView view = UiDriver.show(UiIds.VIEW_COMPARISON);
		List<ComparisonRows.Row> rows = view.rows();
		ComparisonRows.Row d95 = rows.stream().filter(r -> r.structure().equals("PTV") && r.metric().equals("D95%"))
				.findFirst().orElseThrow();
		double lattice = before.plans().get(0).evaluation().structure("PTV").orElseThrow().dvh().doseAtVolumePercent(95);
		double sbrt = before.plans().get(1).evaluation().structure("PTV").orElseThrow().dvh().doseAtVolumePercent(95);
		assertEquals(lattice, d95.values().get(0).getAsDouble(), 1e-9);
		assertEquals(sbrt, d95.values().get(1).getAsDouble(), 1e-9);
		assertEquals(List.of("Group", "Structure", "Metric", "Unit", MainFlowTest.LATTICE, MainFlowTest.SBRT + " (ref)",
				"Δ " + MainFlowTest.LATTICE), view.headers());
	}
}
