package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.Vec3;
import org.latticebench.planning.LatticeReport;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.planning.SphereDecision;
import org.latticebench.render.Raster;
import org.latticebench.render.SlicePlane;
import org.latticebench.render.SliceRenderer;
import org.latticebench.ui.UiIds;
import org.latticebench.ui.internal.session.Services;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.views.DvhView;
import org.latticebench.ui.internal.views.LatticeEditorView;
import org.latticebench.ui.internal.views.SlicesView;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;

/**
 * The slice viewer on a computed lattice plan (dose wash, isodoses, spheres, difference mode),
 * the lattice editor's live preview, the slice render time, and the screenshots for the README
 * (written to {@code -Dlatticebench.screenshots}, default target/screenshots).
 */
class SliceViewerAndScreenshotsTest {

	@BeforeAll
	static void plans() throws Exception {
		MainFlowTest.openThePhantomAndComputeBothPlans();
	}

	private static PlanRun lattice() {
		return StudySession.get().plan(MainFlowTest.LATTICE).orElseThrow();
	}

	/** A kept sphere's centre: the slice through it shows a sphere, its hot spot and the isodoses. */
	private static Vec3 sphereCentre() {
		return lattice().design().lattice().orElseThrow().kept().get(0).centreMm();
	}

	@Test
	void sliceThroughASphereShowsTheDoseWashAndRendersInUnder30msWarm() throws Exception {
		SlicesView view = UiDriver.show(UiIds.VIEW_SLICES);
		view.show(MainFlowTest.LATTICE, null);
		view.canvas().showPoint(sphereCentre());
		UiDriver.settle();
		var canvas = view.canvas();
		Raster raster = canvas.raster();
		var scene = canvas.scene();
		assertTrue(scene.doseGy().isPresent(), "the lattice dose is on the slice");
		assertTrue(scene.outlines().stream().anyMatch(o -> o.name().startsWith("sphere_")), "sphere outlines are drawn");
		// the pixel at the sphere centre is coloured by the wash (a CT-only pixel is grey: r = g = b)
		SlicePlane plane = new SlicePlane(canvas.orientation(), canvas.sliceIndex());
		var g = scene.ctHu().grid();
		double[] ijk = g.toIndex(sphereCentre());
		double px = (ijk[0] + 0.5) * g.spacingMm().x() / canvas.style().pixelMm() - 0.5;
		double py = (ijk[1] + 0.5) * g.spacingMm().y() / canvas.style().pixelMm() - 0.5;
		int argb = raster.get((int) Math.round(px), (int) Math.round(py));
		int r = (argb >> 16) & 0xff, gr = (argb >> 8) & 0xff, b = argb & 0xff;
		assertTrue(r != gr || gr != b, String.format("pixel %06x at the sphere centre is coloured", argb & 0xffffff));
		// the isodose levels default to the prescriptions (20 and 66.7 Gy, DOMAIN.md lattice-sfrt) and half the lowest
		assertEquals(List.of(10.0, 20.0, 66.7), Arrays.stream(canvas.style().isodoseLevelsGy()).boxed().toList());

		// render time: the same slice rendered again and again after warm-up (JIT), median of 41
		for (int i = 0; i < 15; i++) {
			SliceRenderer.render(scene, plane, canvas.style());
		}
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < 41; i++) {
			long t0 = System.nanoTime();
			SliceRenderer.render(scene, plane, canvas.style());
			ms.add((System.nanoTime() - t0) / 1e6);
		}
		ms.sort(null);
		// and through the viewer, scrolling slice by slice around the sphere (render + SWT image)
		List<Double> scroll = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			canvas.scroll(i % 2 == 0 ? 1 : -1);
			scroll.add(canvas.lastRenderMillis());
		}
		scroll.sort(null);
		System.out.printf(Locale.ROOT,
				"slice render with dose wash, %d isodoses and %d outlines (%dx%d px): warm median %.1f ms (min %.1f, max %.1f);"
						+ " scrolling in the viewer: median %.1f ms%n",
				canvas.style().isodoseLevelsGy().length, scene.outlines().size(), raster.width(), raster.height(),
				ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), scroll.get(scroll.size() / 2));
		view.canvas().showPoint(sphereCentre());
		screenshotMaximised(view, "slices-lattice");

		view.show(MainFlowTest.LATTICE, MainFlowTest.SBRT);
		UiDriver.settle();
		assertTrue(canvas.style().difference(), "difference mode draws A − B with the diverging map");
		screenshotMaximised(view, "slices-difference");
		view.show(MainFlowTest.LATTICE, null);
	}

	@Test
	void screenshotsOfTheComparisonTheDvhOverlayAndTheWorkbench() throws Exception {
		DvhView dvh = UiDriver.show(UiIds.VIEW_DVH);
		dvh.setStructures(List.of("GTV", "PTV", "PTV_peak", "NormalLiver", "Stomach", "Duodenum", "SpinalCord"));
		screenshotMaximised(dvh, "dvh-overlay");
		screenshotMaximised(UiDriver.show(UiIds.VIEW_COMPARISON), "comparison");
		SlicesView slices = UiDriver.show(UiIds.VIEW_SLICES);
		slices.canvas().showPoint(sphereCentre());
		UiDriver.settle();
		UiDriver.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "workbench");
	}

	@Test
	void latticeEditorPreviewReportsTheSpheresThePipelineWouldPlace() throws Exception {
		LatticeEditorView editor = UiDriver.show(UiIds.VIEW_LATTICE_EDITOR);
		editor.set("sphereDiameterMm", 10);
		editor.set("inPlaneSpacingMm", 40);
		Job preview = editor.previewJob().orElseThrow();
		UiDriver.waitUntil("the preview", 120_000, () -> preview.getState() == Job.NONE && editor.lastReport().isPresent()
				&& editor.formChanges().get("sphereDiameterMm").equals("10"));
		LatticeReport shown = editor.lastReport().orElseThrow();
		// the same request straight through the workflow API
		var form = new java.util.LinkedHashMap<>(lattice().request().generatorSettings());
		form.putAll(editor.formChanges());
		var design = Services.pipeline().generate(StudySession.get().study().get(),
				new PlanRequest("check", RegimenLibrary.builtIn().require(MainFlowTest.LATTICE),
						java.util.Optional.of(RegimenLibrary.LATTICE), form),
				StudySession.get().lastSettings().orElseThrow(), org.latticebench.core.ProgressMonitor.NULL);
		LatticeReport expected = design.lattice().orElseThrow();
		assertEquals(expected.keptCount(), shown.keptCount());
		assertEquals(expected.count(SphereDecision.Status.DROPPED_NEAR_OAR), shown.count(SphereDecision.Status.DROPPED_NEAR_OAR));
		assertEquals(shown.keptCount(), StudySession.get().preview().size(), "one preview outline per kept sphere");
		assertNotEquals(lattice().design().lattice().orElseThrow().keptCount(), 0);
		SlicesView slices = UiDriver.show(UiIds.VIEW_SLICES);
		slices.canvas().showPoint(shown.kept().get(0).centreMm());
		UiDriver.settle();
		UiDriver.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "lattice-editor");
		StudySession.get().setPreview(List.of());
	}

	private static void screenshotMaximised(IViewPart view, String name) throws Exception {
		IWorkbenchPage page = UiDriver.page();
		var ref = page.findViewReference(view.getViewSite().getId());
		page.activate(view);
		page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
		UiDriver.settle();
		Thread.sleep(300);
		UiDriver.settle();
		UiDriver.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
		page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
		UiDriver.settle();
	}
}
