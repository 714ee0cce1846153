package org.latticebench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.latticebench.ui.UiIds;

/** Explorer on the left, slices in the middle, DVH on the right, comparison table below. */
public final class ComparisonPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editor = layout.getEditorArea();
		layout.addView(UiIds.VIEW_STUDY_EXPLORER, IPageLayout.LEFT, 0.2f, editor);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.65f, editor);
		bottom.addView(UiIds.VIEW_COMPARISON);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		layout.addView(UiIds.VIEW_SLICES, IPageLayout.TOP, 0.65f, editor);
		layout.addView(UiIds.VIEW_DVH, IPageLayout.RIGHT, 0.55f, UiIds.VIEW_SLICES);
	}
}
