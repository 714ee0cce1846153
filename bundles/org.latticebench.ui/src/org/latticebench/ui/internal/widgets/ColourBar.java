package org.latticebench.ui.internal.widgets;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.latticebench.render.Colormap;

/** A vertical colour bar with its dose scale: the legend of the slice viewer's dose wash. */
public final class ColourBar extends Canvas {

	private Colormap map = Colormap.DOSE_WASH;
	private double lowGy;
	private double highGy = 1;
	private String title = "Gy";
	private boolean visible;
	private double markValue = Double.NaN;
	private String markLabel = "";

	public ColourBar(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED);
		addPaintListener(e -> paint(e.gc));
	}

	/** Shows the map from {@code lowGy} (bottom) to {@code highGy} (top); hidden when {@code show} is false. */
	public void setScale(Colormap colours, double low, double high, String label, boolean show) {
		map = colours;
		lowGy = low;
		highGy = high;
		title = label;
		visible = show;
		markValue = Double.NaN;
		redraw();
	}

	/** Marks one value of the scale with a line and a short label (e.g. the gamma pass limit); until the next {@link #setScale}. */
	public void setMark(double value, String label) {
		markValue = value;
		markLabel = label;
		redraw();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 70 : wHint, hHint == SWT.DEFAULT ? 200 : hHint);
	}

	private void paint(GC gc) {
		Rectangle r = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.fillRectangle(r);
		if (!visible) {
			return;
		}
		int top = 24, bottom = r.height - 12, x = 6, w = 16;
		int h = Math.max(1, bottom - top);
		for (int y = 0; y < h; y++) {
			int rgb = map.rgbAt(1.0 - (double) y / (h - 1));
			Color c = new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
			gc.setForeground(c);
			gc.drawLine(x, top + y, x + w, top + y);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.drawString(title, 4, 4, true);
		if (!Double.isNaN(markValue) && highGy > lowGy) {
			int y = top + (int) Math.round((h - 1) * (highGy - markValue) / (highGy - lowGy));
			gc.setLineWidth(2);
			gc.drawLine(x - 3, y, x + w + 3, y);
			gc.setLineWidth(1);
			gc.drawString(markLabel, x, y + 2, false);
		}
		for (int t = 0; t <= 4; t++) {
			double v = highGy - (highGy - lowGy) * t / 4;
			int y = top + (h - 1) * t / 4;
			gc.drawLine(x + w, y, x + w + 4, y);
			gc.drawString(String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.0f" : "%.1f", v), x + w + 6, y - 7, true);
		}
	}
}
