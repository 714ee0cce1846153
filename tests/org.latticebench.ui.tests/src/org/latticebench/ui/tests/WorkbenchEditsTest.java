package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.render.Colormap;
import org.latticebench.render.SlicePlane;
import org.latticebench.ui.UiIds;
import org.latticebench.ui.internal.session.DvhSource;
import org.latticebench.ui.internal.session.StructureEditOperation;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.session.UiPreferences;
import org.latticebench.ui.internal.views.SlicesView;
import org.latticebench.workflow.PlanRun;

/**
 * Edits and views beyond the main flow: a structure's colour and α/β edited in the explorer (and
 * undone), the dose colour map preference, and the linked cursor between slice views of two plans.
 */
class WorkbenchEditsTest {

	@BeforeAll
	static void plans() throws Exception {
		MainFlowTest.openThePhantomAndComputeBothPlans();
	}

	private static PlanRun plan(String name) {
		return StudySession.get().plan(name).orElseThrow();
	}

	private static StructureSnapshot stomach() {
		return StudySession.get().study().orElseThrow().structure("Stomach").orElseThrow();
	}

	@Test
	void structureColourAndAlphaBetaEditsReachTheViewsAndUndo() throws Exception {
		var history = org.eclipse.ui.PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		StructureSnapshot original = stomach();
		SlicesView slices = UiDriver.show(UiIds.VIEW_SLICES);
		slices.show(MainFlowTest.LATTICE, null);

		StructureEditOperation.setColour("Stomach", 0x12ab34);
		UiDriver.settle();
		assertEquals(0x12ab34, stomach().colorRgb());
		assertEquals(0x12ab34, slices.canvas().scene().outlines().stream().filter(o -> o.name().equals("Stomach"))
				.findFirst().orElseThrow().rgb(), "the slice viewer draws the new colour");

		StructureEditOperation.setAlphaBeta("Stomach", 4.5);
		UiDriver.settle();
		assertEquals(4.5, stomach().alphaBetaGy());
		// the EQD2 DVH and the readout take the structure's α/β through the session
		assertEquals(4.5, DvhSource.alphaBetaGy(StudySession.get().structure(plan(MainFlowTest.SBRT), "Stomach")));
		assertEquals(original.mask(), stomach().mask(), "an edit keeps the geometry");

		InvalidInputException bad = assertThrows(InvalidInputException.class,
				() -> StructureEditOperation.setAlphaBeta("Stomach", 0.1));
		assertTrue(bad.getMessage().contains("Stomach") && bad.getMessage().contains("0.5 to 30"), bad.getMessage());

		history.undo(StudySession.UNDO_CONTEXT, null, null);
		assertEquals(original.alphaBetaGy(), stomach().alphaBetaGy(), "undo puts the α/β back");
		history.undo(StudySession.UNDO_CONTEXT, null, null);
		assertEquals(original.colorRgb(), stomach().colorRgb(), "undo puts the colour back");
		UiDriver.settle();
	}

	@Test
	void colourMapPreferenceChangesTheDoseWash() throws Exception {
		SlicesView slices = UiDriver.show(UiIds.VIEW_SLICES);
		slices.show(MainFlowTest.LATTICE, null);
		assertSame(Colormap.DOSE_WASH, slices.canvas().style().colormap(), "the default is the rainbow");
		try {
			UiPreferences.store().setValue(UiPreferences.COLORMAP, "perceptual");
			UiDriver.waitUntil("the perceptual wash", 10_000, () -> slices.canvas().style().colormap() == Colormap.PERCEPTUAL);
			slices.canvas().showPoint(plan(MainFlowTest.LATTICE).design().lattice().orElseThrow().kept().get(0).centreMm());
			UiDriver.settle();
			UiDriver.screenshot(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					"slices-perceptual");
		} finally {
			UiPreferences.store().setToDefault(UiPreferences.COLORMAP);
			UiDriver.settle();
		}
		assertSame(Colormap.DOSE_WASH, slices.canvas().style().colormap());
	}

	@Test
	void linkedSliceViewsOfTwoPlansFollowOneCursor() throws Exception {
		SlicesView a = UiDriver.show(UiIds.VIEW_SLICES);
		a.show(MainFlowTest.LATTICE, null);
		SlicesView b = SlicesView.openLinkedView(UiDriver.page(), MainFlowTest.SBRT);
		UiDriver.settle();
		try {
			assertSame(plan(MainFlowTest.SBRT).doseGy(), b.canvas().scene().doseGy().orElseThrow(), "view B shows plan B");
			Vec3 sphere = plan(MainFlowTest.LATTICE).design().lattice().orElseThrow().kept().get(0).centreMm();
			a.canvas().pointAt(sphere);
			UiDriver.settle();
			var grid = StudySession.get().study().orElseThrow().ctHu().grid();
			assertEquals(SlicePlane.through(grid, b.canvas().orientation(), sphere).index(), b.canvas().sliceIndex(),
					"view B moved to the slice through the pointer");
			assertEquals(Optional.of(sphere), b.canvas().marker(), "and marks the point");
			assertSame(plan(MainFlowTest.LATTICE).doseGy(), a.canvas().scene().doseGy().orElseThrow(),
					"view A still shows plan A");
			assertEquals(Optional.empty(), a.canvas().marker(), "the view under the pointer draws no cross");
			// and back: B's pointer moves A
			Vec3 other = new Vec3(sphere.x(), sphere.y(), sphere.z() + 3 * grid.spacingMm().z());
			b.canvas().pointAt(other);
			UiDriver.settle();
			assertEquals(SlicePlane.through(grid, a.canvas().orientation(), other).index(), a.canvas().sliceIndex());
		} finally {
			UiDriver.page().hideView(b);
			UiDriver.settle();
		}
		assertTrue(UiDriver.page().findViewReference(UiIds.VIEW_SLICES, "2") == null, "the second view is closed");
		assertEquals(Optional.empty(), a.canvas().marker(), "closing view B takes the cross it put into view A away");
	}
}
