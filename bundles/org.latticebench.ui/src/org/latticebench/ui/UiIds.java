package org.latticebench.ui;

/**
 * Ids of the workbench contributions, for code and tests that open them.
 *
 * @since 0.1
 */
public final class UiIds {

	public static final String PERSPECTIVE_COMPARISON = "org.latticebench.ui.perspective.comparison";
	public static final String VIEW_STUDY_EXPLORER = "org.latticebench.ui.view.studyExplorer";
	public static final String VIEW_SLICES = "org.latticebench.ui.view.slices";
	public static final String VIEW_DVH = "org.latticebench.ui.view.dvh";
	public static final String VIEW_COMPARISON = "org.latticebench.ui.view.comparison";
	public static final String VIEW_LATTICE_EDITOR = "org.latticebench.ui.view.latticeEditor";

	private UiIds() {
	}
}
