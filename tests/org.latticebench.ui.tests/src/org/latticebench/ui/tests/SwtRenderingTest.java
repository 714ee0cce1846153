package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** A real SWT test on the X display (Xvfb in CI): draws and reads pixels back. */
class SwtRenderingTest {

	@Test
	void shellOpensAndOffscreenDrawingReadsBack() {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		try {
			shell.setText("probe");
			shell.setSize(200, 100);
			shell.open();
			assertEquals("probe", shell.getText());
			Image image = new Image(display, 20, 10);
			GC gc = new GC(image);
			gc.setBackground(display.getSystemColor(SWT.COLOR_RED));
			gc.fillRectangle(0, 0, 10, 10);
			gc.dispose();
			ImageData data = image.getImageData();
			RGB left = data.palette.getRGB(data.getPixel(2, 5));
			// SWT.COLOR_RED is pure red (255, 0, 0) by definition
			assertEquals(new RGB(255, 0, 0), left);
			image.dispose();
		} finally {
			shell.dispose();
		}
	}
}
