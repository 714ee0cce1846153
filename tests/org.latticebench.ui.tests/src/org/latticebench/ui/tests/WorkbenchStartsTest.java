package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.latticebench.ui.UiIds;

/** Runs inside the real Lattice Bench workbench (tycho-surefire useUIHarness). */
class WorkbenchStartsTest {

	@Test
	void workbenchWindowIsTitledLatticeBench() {
		assertTrue(PlatformUI.isWorkbenchRunning());
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "a workbench window is open");
		assertTrue(window.getShell().getText().startsWith("Lattice Bench"), window.getShell().getText());
	}

	@Test
	void comparisonPerspectiveShowsTheFourViews() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertEquals(UiIds.PERSPECTIVE_COMPARISON, page.getPerspective().getId());
		List<String> open = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
		assertTrue(open.containsAll(List.of(UiIds.VIEW_STUDY_EXPLORER, UiIds.VIEW_SLICES, UiIds.VIEW_DVH, UiIds.VIEW_COMPARISON)),
				"open views: " + open);
	}
}
