package org.latticebench.app.internal;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.latticebench.ui.UiIds;

public final class LatticeBenchWorkbenchAdvisor extends WorkbenchAdvisor {

	public static final String WINDOW_TITLE = "Lattice Bench";

	private final boolean openPhantomAtStart;

	public LatticeBenchWorkbenchAdvisor() {
		this(false);
	}

	/** @param openPhantomAtStart open the built-in phantom once the window is up ({@code --phantom}) */
	public LatticeBenchWorkbenchAdvisor(boolean openPhantomAtStart) {
		this.openPhantomAtStart = openPhantomAtStart;
	}

	@Override
	public void postStartup() {
		if (openPhantomAtStart) {
			org.latticebench.ui.internal.handlers.OpenPhantomHandler.openPhantom(org.eclipse.swt.widgets.Display.getCurrent());
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return UiIds.PERSPECTIVE_COMPARISON;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer c = getWindowConfigurer();
				c.setInitialSize(new org.eclipse.swt.graphics.Point(1400, 900));
				c.setShowStatusLine(true);
				c.setShowProgressIndicator(true);
				c.setShowCoolBar(false);
				c.setTitle(WINDOW_TITLE);
			}

			@Override
			public org.eclipse.ui.application.ActionBarAdvisor createActionBarAdvisor(
					org.eclipse.ui.application.IActionBarConfigurer configurer) {
				return new LatticeBenchActionBarAdvisor(configurer);
			}
		};
	}
}
