package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.latticebench.ui.internal.handlers.OpenPhantomHandler;
import org.latticebench.ui.internal.session.StudySession;

/** Drives the workbench from the UI thread: waits for jobs while dispatching events, takes screenshots. */
final class UiDriver {

	private UiDriver() {
	}

	static Display display() {
		return Display.getCurrent();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Dispatches UI events until the condition holds or the time is up. */
	static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display().readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		settle();
		assertTrue(condition.getAsBoolean(), "timed out waiting for " + what);
	}

	static void waitFor(Job job, long timeoutMs) throws InterruptedException {
		waitUntil(job.getName(), timeoutMs, () -> job.getState() == Job.NONE && job.getResult() != null);
	}

	/** Runs pending UI events (async publishes of finished jobs). */
	static void settle() {
		for (int i = 0; i < 5; i++) {
			while (display().readAndDispatch()) {
				// drain
			}
		}
	}

	static void openPhantom() throws InterruptedException {
		if (StudySession.get().study().isPresent()) {
			return;
		}
		Job job = OpenPhantomHandler.openPhantom(display());
		waitUntil("the phantom", 180_000, () -> job.getState() == Job.NONE && StudySession.get().study().isPresent());
		assertTrue(job.getResult().isOK(), "phantom job: " + job.getResult());
	}

	@SuppressWarnings("unchecked")
	static <T extends IViewPart> T show(String id) throws PartInitException {
		T view = (T) page().showView(id);
		settle();
		return view;
	}

	/** What the session held, so a test that opens another study can put the phantom and its plans back. */
	record SessionState(org.latticebench.core.StudySnapshot study, java.util.Optional<Path> file,
			java.util.List<org.latticebench.workflow.PlanRun> plans, java.util.Optional<String> reference) {
	}

	static SessionState remember() {
		StudySession s = StudySession.get();
		return new SessionState(s.study().orElseThrow(), s.file(), s.plans(),
				s.referencePlan().map(org.latticebench.workflow.PlanRun::planName));
	}

	/**
	 * Puts a remembered state back: the study, then its plans as one undoable plan edit (as the
	 * compute job publishes them), so the main flow's undo test finds them on the history.
	 */
	static void restore(SessionState state) throws Exception {
		StudySession session = StudySession.get();
		session.open(state.study(), state.file().orElse(null));
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(
				new org.latticebench.ui.internal.session.PlanListOperation("Compute plans", session, state.plans()), null, null);
		state.reference().ifPresent(session::setReferencePlan);
		settle();
	}

	/** Where screenshots go: {@code -Dlatticebench.screenshots=dir}, else target/screenshots. */
	static Path screenshotDir() throws java.io.IOException {
		Path dir = Path.of(System.getProperty("latticebench.screenshots", "target/screenshots")).toAbsolutePath();
		Files.createDirectories(dir);
		return dir;
	}

	/** Saves what the screen shows of a control (its whole area) as PNG. */
	static Path screenshot(Control control, String name) throws java.io.IOException {
		settle();
		Rectangle area = control.getBounds();
		Point origin = control.getParent() == null ? new Point(area.x, area.y) : control.getParent().toDisplay(area.x, area.y);
		if (control instanceof org.eclipse.swt.widgets.Shell dialog && dialog.getParent() != null) {
			// a dialog: its client area from its own origin (its bounds are not relative to the parent shell)
			area = dialog.getClientArea();
			origin = dialog.toDisplay(0, 0);
		}
		Image image = new Image(display(), area.width, area.height);
		GC gc = new GC(display());
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Path file = screenshotDir().resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			System.out.println("screenshot: " + file);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
