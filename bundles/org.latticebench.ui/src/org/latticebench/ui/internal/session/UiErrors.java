package org.latticebench.ui.internal.session;

import java.util.Objects;
import java.util.function.BiConsumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Shows what went wrong in background work (import, export, open) in a dialog on the UI thread:
 * a title, and a message that names the file and the problem and says what to do. Tests redirect
 * the messages to assert them instead of blocking on a modal dialog.
 */
public final class UiErrors {

	private static final BiConsumer<String, String> DIALOG = UiErrors::dialog;
	private static volatile BiConsumer<String, String> sink = DIALOG;

	private UiErrors() {
	}

	/** Shows the message asynchronously on the workbench's display. */
	public static void show(String title, String message) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> sink.accept(title, message));
	}

	/**
	 * Shows a warning (the work succeeded, with something the user should know) asynchronously;
	 * redirected like {@link #show}.
	 */
	public static void warn(String title, String message) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		BiConsumer<String, String> target = sink;
		BiConsumer<String, String> receiver = target == DIALOG ? UiErrors::warningDialog : target;
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> receiver.accept(title, message));
	}

	/** Sends messages to {@code replacement} instead of dialogs; returns the previous receiver. */
	public static BiConsumer<String, String> redirect(BiConsumer<String, String> replacement) {
		BiConsumer<String, String> previous = sink;
		sink = Objects.requireNonNull(replacement);
		return previous;
	}

	private static void warningDialog(String title, String message) {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		MessageDialog.openWarning(window == null ? null : window.getShell(), title, message);
	}

	private static void dialog(String title, String message) {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Shell shell = window == null ? null : window.getShell();
		MessageDialog.openError(shell, title, message);
	}
}
