package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.gamma.GammaCriterion;
import org.latticebench.evaluation.gamma.GammaResult;
import org.latticebench.evaluation.gamma.GammaSettings;
import org.latticebench.evaluation.robustness.MetricSpread;
import org.latticebench.render.DvhPlot;
import org.latticebench.ui.UiIds;
import org.latticebench.ui.internal.handlers.GammaHandler;
import org.latticebench.ui.internal.handlers.RobustnessHandler;
import org.latticebench.ui.internal.session.AnalysisResults;
import org.latticebench.ui.internal.session.AnalysisRows;
import org.latticebench.ui.internal.session.ComparisonRows;
import org.latticebench.ui.internal.session.EvaluateRobustnessJob;
import org.latticebench.ui.internal.session.GammaJob;
import org.latticebench.ui.internal.session.GammaOverlay;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.views.ComparisonView;
import org.latticebench.ui.internal.views.DvhView;
import org.latticebench.ui.internal.views.SlicesView;
import org.latticebench.workflow.PlanRobustness;
import org.latticebench.workflow.PlanRun;

/**
 * Gamma and robustness through the workbench on the phantom's lattice and SBRT plans: the jobs,
 * the gamma overlay and its readout, the pass-rate rows, the DVH bands and the worst-case columns,
 * each checked against the result the job computed; and the screenshots for the README.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GammaAndRobustnessWorkbenchTest {

	private static final String LATTICE = MainFlowTest.LATTICE, SBRT = MainFlowTest.SBRT;

	@BeforeAll
	static void plans() throws Exception {
		MainFlowTest.openThePhantomAndComputeBothPlans();
	}

	@AfterAll
	static void forgetTheAnalyses() throws Exception {
		// the other test classes share the session: leave the table and the viewer as they found them
		AnalysisResults.get().clear();
		SlicesView slices = UiDriver.show(UiIds.VIEW_SLICES);
		slices.show(LATTICE, null);
		UiDriver.settle();
	}

	private static PlanRun run(String name) {
		return StudySession.get().plan(name).orElseThrow();
	}

	@Test
	@Order(1)
	void gammaJobFillsTheOverlayTheReadoutAndThePassRateRows() throws Exception {
		UiDriver.show(UiIds.VIEW_SLICES);
		GammaSettings settings = GammaSettings.global(GammaCriterion.parse("3%/3mm"), GammaCriterion.parse("2%/2mm"));
		long t0 = System.nanoTime();
		GammaJob job = GammaHandler.schedule(run(LATTICE), run(SBRT), settings);
		UiDriver.waitFor(job, 300_000);
		assertTrue(job.getResult().isOK(), "gamma job: " + job.getResult());
		UiDriver.waitUntil("the gamma results", 10_000, () -> AnalysisResults.get().gammas().size() == 2);
		List<AnalysisResults.Gamma> gammas = AnalysisResults.get().gammas();
		GammaResult g3 = gammas.get(0).result();
		System.out.printf(Locale.ROOT, "gamma in the workbench job (5 mm grid, SBRT vs lattice): %s; %s; %.1f s%n",
				g3.summaryLine(), gammas.get(1).result().summaryLine(), (System.nanoTime() - t0) / 1e9);
		assertEquals("3%/3mm", g3.criterion().label());

		// the slice viewer switched to the first criterion's map when the job finished
		SlicesView slices = UiDriver.show(UiIds.VIEW_SLICES);
		UiDriver.waitUntil("the gamma overlay", 10_000, slices::showsGamma);
		var drawn = slices.canvas().scene().doseGy().orElseThrow();
		assertTrue(drawn.grid().equals(g3.gammaMap().grid()), "the overlay is on the gamma map's grid");
		assertEquals(GammaOverlay.DISPLAY_OFFSET + GammaOverlay.washMax(), slices.canvas().style().washMaxGy(), 1e-12);
		// the readout at a failing voxel (the lattice's hot spheres against uniform SBRT fail at 3%/3mm)
		Vec3 failing = firstVoxel(g3, v -> v > 1.2f);
		double[] ijk = g3.gammaMap().grid().toIndex(failing);
		int n = g3.gammaMap().grid().index((int) Math.round(ijk[0]), (int) Math.round(ijk[1]), (int) Math.round(ijk[2]));
		assertEquals(g3.gammaMap().values()[n] + GammaOverlay.DISPLAY_OFFSET, drawn.values()[n], 1e-6, "γ + 1 is drawn");
		slices.canvas().showPoint(failing);
		slices.canvas().pointAt(failing);
		UiDriver.settle();
		assertTrue(slices.readoutText().contains(GammaOverlay.readout(GammaOverlay.gammaAt(g3.gammaMap(), failing),
				g3.gammaCap())), slices.readoutText());
		assertTrue(slices.readoutText().contains("FAIL"), slices.readoutText());
		screenshotMaximised(slices, "slices-gamma");

		// the comparison table: pass rate, mean, p95 and n in the evaluated plan's column
		ComparisonView table = UiDriver.show(UiIds.VIEW_COMPARISON);
		int sbrtColumn = 4 + StudySession.get().planNames().indexOf(SBRT);
		List<ComparisonRows.Row> rows = table.rows().stream().filter(r -> r.group() == ComparisonRows.Group.GAMMA).toList();
		assertEquals(8, rows.size(), "four rows per criterion");
		int sbrt = StudySession.get().planNames().indexOf(SBRT);
		assertEquals(g3.passRatePct(), rows.get(0).values().get(sbrt).getAsDouble(), 1e-12);
		assertEquals(g3.meanGamma(), rows.get(1).values().get(sbrt).getAsDouble(), 1e-12);
		assertEquals(g3.gammaP95(), rows.get(2).values().get(sbrt).getAsDouble(), 1e-12);
		assertEquals(g3.evaluatedVoxels(), rows.get(3).values().get(sbrt).getAsDouble(), 0);
		assertTrue(rows.get(0).values().get(StudySession.get().planNames().indexOf(LATTICE)).isEmpty(),
				"nothing in the reference plan's column");
		int item = itemOf(table, rows.get(0));
		assertEquals(ComparisonRows.format(g3.passRatePct()), table.cellText(item, sbrtColumn));
	}

	@Test
	@Order(2)
	void robustnessJobDrawsBandsAndFillsTheWorstCaseColumns() throws Exception {
		long t0 = System.nanoTime();
		EvaluateRobustnessJob job = RobustnessHandler
				.schedule(new EvaluateRobustnessJob.Request(3.0, false, PlanRobustness.Mode.STATIC));
		UiDriver.waitFor(job, 600_000);
		assertTrue(job.getResult().isOK(), "robustness job: " + job.getResult());
		UiDriver.waitUntil("the robustness results", 10_000,
				() -> AnalysisResults.get().robustness(run(LATTICE)).isPresent());
		PlanRobustness.Result lattice = AnalysisResults.get().robustness(run(LATTICE)).orElseThrow();
		PlanRobustness.Result sbrt = AnalysisResults.get().robustness(run(SBRT)).orElseThrow();
		System.out.printf(Locale.ROOT, "robustness ±3 mm static, both plans, in the workbench job: %.1f s%n",
				(System.nanoTime() - t0) / 1e9);
		for (PlanRobustness.Result r : List.of(lattice, sbrt)) {
			for (MetricSpread m : r.targetSpreads()) {
				System.out.printf(Locale.ROOT, "  %-14s %-10s %-36s nominal %8.3f worst %8.3f range %7.3f%n", r.planName(),
						m.structure(), m.metric(), m.nominal(), m.worst(), m.range());
			}
		}
		assertEquals(6, lattice.scenarios().size());

		// DVH bands: one per ticked structure and plan that has one, nominal curves still drawn on top
		DvhView dvh = UiDriver.show(UiIds.VIEW_DVH);
		dvh.setEqd2(false);
		dvh.setStructures(List.of("GTV", "PTV", "PTV_peak", "Stomach", "Duodenum"));
		UiDriver.settle();
		List<DvhPlot.Band> bands = dvh.chart().bands();
		assertTrue(bands.stream().anyMatch(b -> b.structure().equals("PTV") && b.plan().equals(LATTICE)), "PTV band");
		assertTrue(bands.stream().anyMatch(b -> b.structure().equals("PTV") && b.plan().equals(SBRT)), "PTV band");
		DvhPlot.Band ptv = bands.stream().filter(b -> b.structure().equals("PTV") && b.plan().equals(LATTICE)).findFirst()
				.orElseThrow();
		assertTrue(java.util.Arrays.equals(ptv.maxVolume(), lattice.band("PTV").orElseThrow().maxPct()),
				"the band in % is the result's envelope");
		assertFalse(dvh.chart().curves().isEmpty());
		screenshotMaximised(dvh, "dvh-bands");

		// worst-case columns: nominal / worst / range for each plan, for the target metrics and the constraints
		ComparisonView table = UiDriver.show(UiIds.VIEW_COMPARISON);
		List<String> headers = table.headers();
		for (String plan : List.of(LATTICE, SBRT)) {
			assertTrue(headers.contains(plan + " nominal/worst/range"), headers.toString());
		}
		List<ComparisonRows.Row> target = table.rows().stream().filter(r -> r.group() == ComparisonRows.Group.ROBUSTNESS)
				.toList();
		assertEquals(lattice.targetSpreads().size(), target.stream().filter(r -> r.values()
				.get(StudySession.get().planNames().indexOf(LATTICE)).isPresent()).count(),
				"one row per target metric the robustness API returned");
		MetricSpread first = lattice.targetSpreads().get(0);
		ComparisonRows.Row row = target.stream()
				.filter(r -> r.structure().equals(first.structure()) && r.metric().equals(first.metric())).findFirst()
				.orElseThrow();
		int item = itemOf(table, row);
		assertEquals(ComparisonRows.format(first.nominal()) + " / " + ComparisonRows.format(first.worst()) + " / "
				+ ComparisonRows.format(first.range()), table.cellText(item, headers.indexOf(AnalysisRows.spreadHeader(LATTICE))));
		// a constraint row of the SBRT plan carries its constraint's spread
		ComparisonRows.Row constraint = table.rows().stream()
				.filter(r -> r.group() == ComparisonRows.Group.CONSTRAINTS
						&& AnalysisRows.cell(r, StudySession.get().planNames().indexOf(SBRT), java.util.Optional.of(sbrt),
								AnalysisRows.SpreadColumn.WORST).isPresent())
				.findFirst().orElseThrow();
		var c = constraint.constraints().get(StudySession.get().planNames().indexOf(SBRT)).orElseThrow();
		MetricSpread s = sbrt.spread(c.structure().orElseThrow(), c.constraint().metric()).orElseThrow();
		assertTrue(table.cellText(itemOf(table, constraint), headers.indexOf(AnalysisRows.spreadHeader(SBRT)))
				.contains(" / " + ComparisonRows.format(s.worst()) + " / "));
		assertEquals(c.value().getAsDouble(), s.nominal(), 1e-9, "the nominal scenario reproduces the plan's own value");
	}

	@Test
	@Order(3)
	void screenshotOfTheComparisonWithRobustnessAndGammaRows() throws Exception {
		ComparisonView table = UiDriver.show(UiIds.VIEW_COMPARISON);
		List<ComparisonRows.Row> rows = table.rows();
		ComparisonRows.Row firstRobust = rows.stream().filter(r -> r.group() == ComparisonRows.Group.ROBUSTNESS)
				.findFirst().orElseThrow();
		// the last constraint rows, the robustness group and the gamma rows on one screen
		screenshotMaximised(table, "comparison-robustness",
				() -> {
					// the groups come last; GTK scrolls once the maximised table has its new size, so ask twice
					var t = table.viewer().getTable();
					for (int i = 0; i < 2; i++) {
						t.showItem(t.getItem(t.getItemCount() - 1));
						UiDriver.settle();
						try {
							Thread.sleep(300);
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
						UiDriver.settle();
					}
				});
		assertTrue(itemOf(table, firstRobust) > 0);
	}

	private static int itemOf(ComparisonView table, ComparisonRows.Row row) {
		var items = table.viewer().getTable().getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].getData() == row) {
				return i;
			}
		}
		throw new AssertionError("row not shown: " + row.metric());
	}

	/** The centre of the first voxel (in the middle slice outwards) whose gamma passes the test. */
	private static Vec3 firstVoxel(GammaResult r, java.util.function.Predicate<Float> test) {
		Grid3 g = r.gammaMap().grid();
		for (int dk = 0; dk < g.nz(); dk++) {
			for (int k : new int[] { g.nz() / 2 + dk / 2 * (dk % 2 == 0 ? 1 : -1) }) {
				if (k < 0 || k >= g.nz()) {
					continue;
				}
				for (int j = 0; j < g.ny(); j++) {
					for (int i = 0; i < g.nx(); i++) {
						if (test.test(r.gammaMap().get(i, j, k))) {
							return g.toPatientMm(i, j, k);
						}
					}
				}
			}
		}
		throw new AssertionError("no voxel with such a gamma");
	}

	private static void screenshotMaximised(IViewPart view, String name) throws Exception {
		screenshotMaximised(view, name, () -> {
		});
	}

	/** Maximises the view, runs {@code arrange} (scrolling, once the view has its size), and takes the picture. */
	private static void screenshotMaximised(IViewPart view, String name, Runnable arrange) throws Exception {
		IWorkbenchPage page = UiDriver.page();
		var ref = page.findViewReference(view.getViewSite().getId(), view.getViewSite().getSecondaryId());
		page.activate(view);
		page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
		UiDriver.settle();
		Thread.sleep(300);
		UiDriver.settle();
		arrange.run();
		UiDriver.settle();
		UiDriver.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
		page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
		UiDriver.settle();
	}
}
