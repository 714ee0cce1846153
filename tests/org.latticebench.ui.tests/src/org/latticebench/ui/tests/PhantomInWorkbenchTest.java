package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.latticebench.ui.UiIds;
import org.latticebench.ui.internal.handlers.OpenPhantomHandler;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.ui.internal.views.SlicesView;

/** Opens the built-in phantom as a user would and checks what the slice viewer shows. */
class PhantomInWorkbenchTest {

	@Test
	void openingThePhantomFillsTheExplorerAndTheSliceViewer() throws Exception {
		// plans computed by other test classes in this VM come back afterwards, so they need not be computed again
		UiDriver.SessionState earlier = StudySession.get().plans().isEmpty() ? null : UiDriver.remember();
		try {
			openAndCheck();
		} finally {
			if (earlier != null) {
				UiDriver.restore(earlier);
			}
		}
	}

	private static void openAndCheck() throws Exception {
		Display display = Display.getCurrent();
		Job job = OpenPhantomHandler.openPhantom(display);
		long deadline = System.currentTimeMillis() + 180_000;
		while ((job.getState() != Job.NONE || StudySession.get().study().isEmpty()) && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		assertTrue(job.getResult() != null && job.getResult().isOK(), "phantom job: " + job.getResult());
		var study = StudySession.get().study().orElseThrow();
		assertTrue(study.structure("GTV").isPresent());
		SlicesView view = (SlicesView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(UiIds.VIEW_SLICES);
		while (display.readAndDispatch()) {
			// let the views catch up
		}
		assertNotNull(view.canvas().raster(), "a slice was rendered");
		// the axial viewer starts at the middle slice of the phantom grid
		assertEquals(study.ctHu().grid().nz() / 2, view.canvas().sliceIndex());
		System.out.printf("slice render (CT + %d outlines): %.1f ms%n", study.structures().size(),
				view.canvas().lastRenderMillis());
	}
}
