package org.latticebench.app.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The File, Edit, Window and Help menus; other bundles contribute into their named groups. */
public final class LatticeBenchActionBarAdvisor extends ActionBarAdvisor {

	public LatticeBenchActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new Separator(IWorkbenchActionConstants.FILE_START));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator(IWorkbenchActionConstants.FILE_END));
		file.add(register(ActionFactory.QUIT.create(window)));
		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(register(ActionFactory.UNDO.create(window)));
		edit.add(register(ActionFactory.REDO.create(window)));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(showView);
		windowMenu.add(register(ActionFactory.RESET_PERSPECTIVE.create(window)));
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(register(ActionFactory.PREFERENCES.create(window)));
		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(register(ActionFactory.ABOUT.create(window)));
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	private org.eclipse.jface.action.IAction register(org.eclipse.ui.actions.ActionFactory.IWorkbenchAction action) {
		register((org.eclipse.jface.action.IAction) action);
		return action;
	}
}
