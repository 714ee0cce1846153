package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeSet;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.latticebench.core.StudySnapshot;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.ConstraintStatus;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.PlanComparison;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.evaluation.Radiobiology;
import org.latticebench.model.Study;
import org.latticebench.model.io.StudyStore;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.render.DvhPlot;
import org.latticebench.ui.UiIds;
import org.latticebench.ui.internal.handlers.GeneratePlansHandler;
import org.latticebench.ui.internal.session.ComparisonRows;
import org.latticebench.ui.internal.session.ComputePlansJob;
import org.latticebench.ui.internal.session.Services;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.views.ComparisonView;
import org.latticebench.ui.internal.views.DvhView;
import org.latticebench.ui.internal.widgets.DvhChart;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;

/**
 * Issue 9's main flow, driven as a user would through the workbench: open the phantom, generate
 * the lattice and SBRT plans, compute them in a background job, and check the DVH chart and the
 * comparison table against the evaluation API's own numbers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainFlowTest {

	static final String LATTICE = "lattice-sfrt";
	static final String SBRT = "sbrt-50-5";
	/** A 5 mm dose grid keeps both plans to seconds; the numbers compared come from the same runs. */
	static final WorkflowSettings SETTINGS = WorkflowSettings.defaults().withDoseGridSpacingMm(5.0);

	@BeforeAll
	static void openThePhantomAndComputeBothPlans() throws Exception {
		UiDriver.openPhantom();
		StudySession session = StudySession.get();
		if (session.plan(LATTICE).isPresent() && session.plan(SBRT).isPresent()) {
			return;
		}
		RegimenLibrary lib = RegimenLibrary.builtIn();
		long t0 = System.nanoTime();
		ComputePlansJob job = GeneratePlansHandler.schedule(session.study().get(),
				List.of(PlanRequest.of(lib.require(LATTICE)), PlanRequest.of(lib.require(SBRT))), SETTINGS);
		UiDriver.waitFor(job, 900_000);
		assertTrue(job.getResult().isOK(), "plan job: " + job.getResult());
		UiDriver.waitUntil("plans published", 10_000, () -> session.plans().size() >= 2);
		System.out.printf(Locale.ROOT, "two plans (5 mm dose grid) computed in the workbench job: %.1f s%n",
				(System.nanoTime() - t0) / 1e9);
	}

	private static PlanRun run(String name) {
		return StudySession.get().plan(name).orElseThrow();
	}

	@Test
	@Order(1)
	void bothPlansArriveInTheSessionWithTheLatticeAsReference() {
		StudySession session = StudySession.get();
		assertEquals(List.of(LATTICE, SBRT), session.planNames());
		assertEquals(LATTICE, session.referencePlan().orElseThrow().planName(), "the first plan is the reference");
		assertTrue(run(LATTICE).design().lattice().orElseThrow().keptCount() > 0, "the lattice plan has spheres");
		assertTrue(run(SBRT).design().lattice().isEmpty(), "the SBRT plan has no lattice");
		assertTrue(session.isDirty(), "new plans mark the study changed");
		assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText().contains("*"),
				"the window title shows the dirty marker");
	}

	@Test
	@Order(2)
	void dvhChartHasOneCurvePerStructureAndPlanWithTheEvaluationVolumes() throws Exception {
		DvhView view = UiDriver.show(UiIds.VIEW_DVH);
		view.setStructures(List.of("GTV", "PTV", "PTV_peak", "Stomach"));
		UiDriver.settle();
		DvhChart chart = view.chart();
		// PTV_peak (the union of the spheres) exists only in the lattice design
		assertTrue(run(SBRT).evaluation().structure("PTV_peak").isEmpty());
		TreeSet<String> expected = new TreeSet<>(List.of("GTV / " + LATTICE, "GTV / " + SBRT, "PTV / " + LATTICE,
				"PTV / " + SBRT, "PTV_peak / " + LATTICE, "Stomach / " + LATTICE, "Stomach / " + SBRT));
		assertEquals(expected, new TreeSet<>(chart.seriesIds()));
		for (DvhPlot.Series c : chart.curves()) {
			Dvh dvh = run(c.plan()).evaluation().structure(c.structure()).orElseThrow().dvh();
			// sample 200 is 20 Gy (0.1 Gy steps); the value is the evaluation's V20Gy in %
			assertEquals(20.0, c.doseGy()[200], 1e-9);
			assertEquals(dvh.volumeAtLeastPercent(20.0), c.volume()[200], 1e-9, c.structure() + " / " + c.plan());
			assertEquals(100.0, c.volume()[0], 1e-9, "every structure receives at least 0 Gy");
		}
		// one line style per plan: the lattice curves solid (plan 0), the SBRT ones the second style
		assertTrue(chart.curves().stream().allMatch(c -> c.planIndex() == (c.plan().equals(LATTICE) ? 0 : 1)));

		view.setEqd2(true);
		Job eqd2 = view.eqd2Job().orElseThrow();
		UiDriver.waitFor(eqd2, 300_000);
		UiDriver.settle();
		Dvh physical = run(SBRT).evaluation().structure("GTV").orElseThrow().dvh();
		DvhPlot.Series gtvEqd2 = chart.curves().stream()
				.filter(c -> c.structure().equals("GTV") && c.plan().equals(SBRT)).findFirst().orElseThrow();
		// EQD2 is monotone in dose, so the median commutes with it: D50(EQD2) = EQD2(D50) by the LQ
		// closed form of DOMAIN.md "Radiobiology" (alpha/beta 10 Gy for the tumour, 5 fractions); the
		// DVH curves are sampled every 0.1 Gy, the 50 % crossing is interpolated between samples
		double expectedD50 = Radiobiology.eqd2Gy(physical.doseAtVolumePercent(50), 5, 10);
		assertEquals(expectedD50, crossing(gtvEqd2, 50.0), 0.5);
		assertTrue(expectedD50 > physical.doseAtVolumePercent(50), "10 Gy per fraction weighs more than 2 Gy fractions");
		view.setEqd2(false);
	}

	/** Dose where a cumulative curve falls through {@code volume}. */
	private static double crossing(DvhPlot.Series c, double volume) {
		for (int i = 1; i < c.volume().length; i++) {
			if (c.volume()[i] < volume) {
				double t = (c.volume()[i - 1] - volume) / (c.volume()[i - 1] - c.volume()[i]);
				return c.doseGy()[i - 1] + t * (c.doseGy()[i] - c.doseGy()[i - 1]);
			}
		}
		return Double.NaN;
	}

	@Test
	@Order(3)
	void comparisonTableShowsTheEvaluationApiNumbers() throws Exception {
		ComparisonView view = UiDriver.show(UiIds.VIEW_COMPARISON);
		List<ComparisonRows.Row> rows = view.rows();
		List<String> headers = view.headers();
		assertEquals(List.of("Group", "Structure", "Metric", "Unit", LATTICE + " (ref)", SBRT, "Δ " + SBRT), headers);
		// groups in order, each present (the robustness and gamma groups appear only once those are computed)
		List<ComparisonRows.Group> groups = rows.stream().map(ComparisonRows.Row::group).distinct().toList();
		assertEquals(Arrays.asList(ComparisonRows.Group.values()).stream()
				.filter(g -> g != ComparisonRows.Group.ROBUSTNESS && g != ComparisonRows.Group.GAMMA).toList(), groups);

		// every metric row equals PlanComparison on the plans' evaluations
		List<PlanRun> runs = List.of(run(LATTICE), run(SBRT));
		List<PlanEvaluation> evaluations = runs.stream().map(PlanRun::evaluation).toList();
		List<PlanComparison.Request> requests = new ArrayList<>();
		List<ComparisonRows.Row> metricRows = rows.stream().filter(r -> r.group() != ComparisonRows.Group.CONSTRAINTS
				&& !r.structure().equals("lattice")).toList();
		for (ComparisonRows.Row r : metricRows) {
			requests.add(new PlanComparison.Request(r.structure(), r.metric()));
		}
		PlanComparison.Table table = PlanComparison.compare(evaluations, 0, requests, Services.metrics());
		for (int i = 0; i < metricRows.size(); i++) {
			assertEquals(table.rows().get(i).values(), metricRows.get(i).values(), metricRows.get(i).toString());
			assertEquals(table.rows().get(i).deltasToReference(), metricRows.get(i).deltas());
		}

		// and the same numbers by a second route: straight from each plan's DVHs
		for (int p = 0; p < runs.size(); p++) {
			PlanEvaluation e = runs.get(p).evaluation();
			assertEquals(e.structure("PTV").orElseThrow().dvh().doseAtVolumePercent(95), value(rows, "PTV", "D95%", p), 1e-12);
			assertEquals(e.structure("Stomach").orElseThrow().dvh().maxGy(), value(rows, "Stomach", "Dmax", p), 1e-12);
			assertEquals(e.structure("NormalLiver").orElseThrow().dvh().volumeBelowCc(21),
					value(rows, "NormalLiver", "Vbelow21Gy_cc", p), 1e-9);
		}
		// what the user reads: two decimals, deltas signed, against the lattice plan
		int row = indexOf(rows, "PTV", "D95%");
		double lattice = value(rows, "PTV", "D95%", 0), sbrt = value(rows, "PTV", "D95%", 1);
		assertEquals(String.format(Locale.ROOT, "%.2f", lattice), view.cellText(row, 4));
		assertEquals(String.format(Locale.ROOT, "%.2f", sbrt), view.cellText(row, 5));
		assertEquals(String.format(Locale.ROOT, "%+.2f", sbrt - lattice), view.cellText(row, 6));

		// SFRT rows are the lattice plan's SfrtReport
		var sfrt = run(LATTICE).sfrt().orElseThrow();
		assertEquals(sfrt.pvdrGtvD10OverD90(), value(rows, "lattice", "PVDR_gtv_D10_over_D90", 0), 1e-12);
		assertEquals(sfrt.sphereCount(), value(rows, "lattice", "sphere_count", 0), 0);

		// every constraint result of every plan is in the checklist with its verdict
		for (int p = 0; p < runs.size(); p++) {
			for (ConstraintResult c : runs.get(p).constraints()) {
				int plan = p;
				String structure = c.structure().orElse(c.constraint().structure());
				int i = -1;
				for (int k = 0; k < rows.size(); k++) {
					ComparisonRows.Row r = rows.get(k);
					if (r.group() == ComparisonRows.Group.CONSTRAINTS && r.structure().equals(structure)
							&& r.constraints().get(plan).map(x -> x == c).orElse(false)) {
						i = k;
					}
				}
				assertTrue(i >= 0, "constraint row for " + c.constraint().describe());
				String text = view.cellText(i, 4 + p);
				String mark = c.status() == ConstraintStatus.PASS ? "✓" : c.status() == ConstraintStatus.FAIL ? "✗" : "n/a";
				assertTrue(text.startsWith(mark), text + " for " + c);
				c.value().ifPresent(v -> assertTrue(text.contains(String.format(Locale.ROOT, "%.2f", v)), text));
			}
		}
		String copied = view.copyText();
		assertEquals(rows.size() + 1, copied.split("\n").length, "header plus one line per row");
		assertTrue(copied.startsWith(String.join("\t", headers)));
	}

	private static int indexOf(List<ComparisonRows.Row> rows, String structure, String metric) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).structure().equals(structure) && rows.get(i).metric().equals(metric)) {
				return i;
			}
		}
		throw new AssertionError("no row " + structure + " " + metric);
	}

	private static double value(List<ComparisonRows.Row> rows, String structure, String metric, int plan) {
		OptionalDouble v = rows.get(indexOf(rows, structure, metric)).values().get(plan);
		assertTrue(v.isPresent(), structure + " " + metric + " of plan " + plan);
		return v.getAsDouble();
	}

	@Test
	@Order(6)
	void undoTakesTheComputedPlansAwayAndRedoBringsThemBack() throws Exception {
		StudySession session = StudySession.get();
		List<PlanRun> before = session.plans();
		var history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		assertTrue(history.canUndo(StudySession.UNDO_CONTEXT));
		history.undo(StudySession.UNDO_CONTEXT, null, null);
		UiDriver.settle();
		assertTrue(session.plans().size() < before.size(), "undo removed the last computed plans");
		history.redo(StudySession.UNDO_CONTEXT, null, null);
		UiDriver.settle();
		assertEquals(before.size(), session.plans().size());
		for (int i = 0; i < before.size(); i++) {
			assertSame(before.get(i), session.plans().get(i), "redo restores the same computed plans");
		}
	}

	@Test
	@Order(7)
	void saveWritesBothPlansAtomicallyAndClearsTheDirtyMarker() throws Exception {
		Path folder = Files.createTempDirectory("lb-ui-save").resolve("study");
		Job job = org.latticebench.ui.internal.handlers.SaveStudyHandler.save(UiDriver.display(), folder);
		UiDriver.waitFor(job, 300_000);
		assertTrue(job.getResult().isOK(), "save: " + job.getResult());
		UiDriver.waitUntil("saved marker", 10_000, () -> !StudySession.get().isDirty());
		assertFalse(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText().contains("*"));
		Study saved = StudyStore.load(folder);
		assertEquals(List.of(LATTICE, SBRT), saved.getPlans().stream().map(p -> p.getName()).toList());
		var latticePlan = saved.getPlans().get(0);
		assertEquals(run(LATTICE).design().settingsForm().get("inPlaneSpacingMm"), latticePlan.getGeneratorSettings().stream()
				.filter(s -> s.getKey().equals("inPlaneSpacingMm")).findFirst().orElseThrow().getValue());
		assertTrue(Arrays.equals(run(LATTICE).doseGy().values(),
				org.latticebench.model.snapshot.Snapshots.dose(latticePlan.getDoses().get(0)).values()), "dose saved exactly");
	}

	@Test
	@Order(8)
	void aCancelledComputationLeavesTheSessionAsItWas() throws Exception {
		StudySession session = StudySession.get();
		List<PlanRun> before = session.plans();
		StudySnapshot study = session.study().get();
		ComputePlansJob job = GeneratePlansHandler.schedule(study,
				List.of(PlanRequest.of(RegimenLibrary.builtIn().require("conventional"))), SETTINGS);
		UiDriver.waitUntil("the job to run", 60_000, () -> job.getState() == Job.RUNNING);
		Thread.sleep(500);
		job.cancel();
		UiDriver.waitFor(job, 120_000);
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), "result: " + job.getResult());
		assertTrue(job.results().isEmpty());
		UiDriver.settle();
		assertEquals(before.size(), session.plans().size());
		for (int i = 0; i < before.size(); i++) {
			assertSame(before.get(i), session.plans().get(i));
		}
		assertTrue(session.plan("conventional").isEmpty());
	}
}
