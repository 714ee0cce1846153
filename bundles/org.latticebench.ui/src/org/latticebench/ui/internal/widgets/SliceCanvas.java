package org.latticebench.ui.internal.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;
import org.latticebench.render.Raster;
import org.latticebench.render.SlicePlane;
import org.latticebench.render.SliceRenderer;
import org.latticebench.render.SliceScene;
import org.latticebench.render.SliceStyle;

/**
 * Shows one plane of a {@link SliceScene}. Mouse wheel or arrow keys/Page keys scroll slices,
 * Ctrl+wheel or +/- zoom, dragging pans, and the pointer position is reported in patient
 * coordinates for the cursor readout. Rendering happens once per slice change into an image; zoom
 * and pan only redraw it.
 */
public final class SliceCanvas extends Canvas {

	private SliceScene scene;
	private SliceStyle style;
	private SlicePlane.Orientation orientation = SlicePlane.Orientation.AXIAL;
	private int sliceIndex;
	private double zoom = 1;
	private final Point pan = new Point(0, 0);
	private Image image;
	private Raster raster;
	private long lastRenderNanos;
	private Point dragStart;
	private final List<Consumer<Vec3>> cursorListeners = new ArrayList<>();
	private final List<Runnable> sliceListeners = new ArrayList<>();
	private java.util.Optional<Vec3> marker = java.util.Optional.empty();

	public SliceCanvas(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		addPaintListener(e -> paint(e.gc));
		addDisposeListener(e -> disposeImage());
		addMouseWheelListener(e -> {
			if ((e.stateMask & SWT.CTRL) != 0) {
				setZoom(zoom * (e.count > 0 ? 1.15 : 1 / 1.15));
			} else {
				scroll(e.count > 0 ? 1 : -1);
			}
		});
		addMouseListener(new org.eclipse.swt.events.MouseAdapter() {
			@Override
			public void mouseDown(org.eclipse.swt.events.MouseEvent e) {
				dragStart = new Point(e.x, e.y);
				setFocus();
			}

			@Override
			public void mouseUp(org.eclipse.swt.events.MouseEvent e) {
				dragStart = null;
			}
		});
		addMouseMoveListener(e -> {
			if (dragStart != null) {
				pan.x += e.x - dragStart.x;
				pan.y += e.y - dragStart.y;
				dragStart = new Point(e.x, e.y);
				redraw();
			}
			patientAt(e.x, e.y).ifPresent(this::pointAt);
		});
		addKeyListener(new org.eclipse.swt.events.KeyAdapter() {
			@Override
			public void keyPressed(org.eclipse.swt.events.KeyEvent e) {
				switch (e.keyCode) {
				case SWT.ARROW_UP -> scroll(1);
				case SWT.ARROW_DOWN -> scroll(-1);
				case SWT.PAGE_UP -> scroll(10);
				case SWT.PAGE_DOWN -> scroll(-10);
				case SWT.HOME -> {
					zoom = 1;
					pan.x = pan.y = 0;
					redraw();
				}
				default -> {
					if (e.character == '+' || e.character == '=') {
						setZoom(zoom * 1.25);
					} else if (e.character == '-') {
						setZoom(zoom / 1.25);
					}
				}
				}
			}
		});
	}

	public void setScene(SliceScene scene, SliceStyle style) {
		boolean firstScene = this.scene == null || !this.scene.ctHu().grid().equals(scene.ctHu().grid());
		this.scene = scene;
		this.style = style;
		if (firstScene) {
			sliceIndex = SlicePlane.sliceCount(scene.ctHu().grid(), orientation) / 2;
		}
		rerender();
	}

	public void setStyle(SliceStyle style) {
		this.style = style;
		rerender();
	}

	public SliceScene scene() {
		return scene;
	}

	public SliceStyle style() {
		return style;
	}

	public void setOrientation(SlicePlane.Orientation o) {
		this.orientation = o;
		if (scene != null) {
			sliceIndex = SlicePlane.sliceCount(scene.ctHu().grid(), o) / 2;
		}
		rerender();
		sliceListeners.forEach(Runnable::run);
	}

	public SlicePlane.Orientation orientation() {
		return orientation;
	}

	/** Moves the plane to pass through a patient point (linked cursor across plans). */
	public void showPoint(Vec3 pMm) {
		if (scene == null) {
			return;
		}
		SlicePlane p = SlicePlane.through(scene.ctHu().grid(), orientation, pMm);
		if (p.index() != sliceIndex) {
			sliceIndex = p.index();
			rerender();
			sliceListeners.forEach(Runnable::run);
		}
	}

	public int sliceIndex() {
		return sliceIndex;
	}

	public int sliceCount() {
		return scene == null ? 0 : SlicePlane.sliceCount(scene.ctHu().grid(), orientation);
	}

	public void setSliceIndex(int index) {
		if (scene == null) {
			return;
		}
		int clamped = Math.max(0, Math.min(sliceCount() - 1, index));
		if (clamped != sliceIndex) {
			sliceIndex = clamped;
			rerender();
			sliceListeners.forEach(Runnable::run);
		}
	}

	public void scroll(int delta) {
		setSliceIndex(sliceIndex + delta);
	}

	public void setZoom(double z) {
		zoom = Math.max(0.25, Math.min(16, z));
		redraw();
	}

	/** How long the last slice took to render (dose wash, isodoses and outlines), in ms. */
	public double lastRenderMillis() {
		return lastRenderNanos / 1e6;
	}

	/** The pointer is at this patient point: tells the cursor listeners (readout, linked views). */
	public void pointAt(Vec3 pMm) {
		cursorListeners.forEach(l -> l.accept(pMm));
	}

	/** Draws a cross-hair at a patient point (the linked cursor of another view), or none. */
	public void setMarker(java.util.Optional<Vec3> pMm) {
		marker = pMm;
		redraw();
	}

	public java.util.Optional<Vec3> marker() {
		return marker;
	}

	public void addCursorListener(Consumer<Vec3> l) {
		cursorListeners.add(l);
	}

	public void addSliceListener(Runnable l) {
		sliceListeners.add(l);
	}

	/** The rendered picture of the current slice, for tests and export. */
	public Raster raster() {
		return raster;
	}

	private void rerender() {
		if (scene == null || style == null || isDisposed()) {
			return;
		}
		long t0 = System.nanoTime();
		raster = SliceRenderer.render(scene, new SlicePlane(orientation, sliceIndex), style);
		lastRenderNanos = System.nanoTime() - t0;
		disposeImage();
		ImageData data = new ImageData(raster.width(), raster.height(), 24, new PaletteData(0xff0000, 0x00ff00, 0x0000ff));
		data.setPixels(0, 0, raster.width() * raster.height(), raster.argb(), 0);
		image = new Image(getDisplay(), data);
		redraw();
	}

	private Rectangle imageBounds() {
		Rectangle client = getClientArea();
		Rectangle img = image.getBounds();
		double fit = Math.min((double) client.width / img.width, (double) client.height / img.height) * zoom;
		int w = (int) Math.round(img.width * fit), h = (int) Math.round(img.height * fit);
		return new Rectangle((client.width - w) / 2 + pan.x, (client.height - h) / 2 + pan.y, w, h);
	}

	private java.util.Optional<Vec3> patientAt(int x, int y) {
		if (image == null || scene == null) {
			return java.util.Optional.empty();
		}
		Rectangle b = imageBounds();
		if (!b.contains(x, y)) {
			return java.util.Optional.empty();
		}
		double px = (x - b.x) * (double) raster.width() / b.width, py = (y - b.y) * (double) raster.height() / b.height;
		Grid3 g = scene.ctHu().grid();
		SlicePlane plane = new SlicePlane(orientation, sliceIndex);
		double[] uv = SliceRenderer.cellOfPixel(g, plane, style.pixelMm(), px - 0.5, py - 0.5);
		return java.util.Optional.of(plane.patientOf(g, uv[0], uv[1]));
	}

	private void paint(GC gc) {
		Rectangle client = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.fillRectangle(client);
		if (image == null) {
			return;
		}
		Rectangle b = imageBounds();
		Rectangle img = image.getBounds();
		gc.setInterpolation(SWT.LOW);
		gc.drawImage(image, 0, 0, img.width, img.height, b.x, b.y, b.width, b.height);
		marker.ifPresent(p -> {
			double[] px = pixelOf(p);
			int x = (int) Math.round(b.x + (px[0] + 0.5) * b.width / raster.width());
			int y = (int) Math.round(b.y + (px[1] + 0.5) * b.height / raster.height());
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_CYAN));
			gc.drawLine(x - 12, y, x - 3, y);
			gc.drawLine(x + 3, y, x + 12, y);
			gc.drawLine(x, y - 12, x, y - 3);
			gc.drawLine(x, y + 3, x, y + 12);
		});
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_YELLOW));
		gc.drawString(orientation.name().toLowerCase() + " " + (sliceIndex + 1) + "/" + sliceCount(), 6, 4, true);
	}

	/** Raster pixel (x, y) of a patient point on this plane's orientation (inverse of the display mapping). */
	private double[] pixelOf(Vec3 p) {
		Grid3 g = scene.ctHu().grid();
		double[] ijk = g.toIndex(p);
		double u = orientation == SlicePlane.Orientation.SAGITTAL ? ijk[1] : ijk[0];
		double v = orientation == SlicePlane.Orientation.AXIAL ? ijk[1] : g.nz() - 1 - ijk[2];
		SlicePlane plane = new SlicePlane(orientation, sliceIndex);
		return new double[] { (u + 0.5) * plane.widthSpacingMm(g) / style.pixelMm() - 0.5,
				(v + 0.5) * plane.heightSpacingMm(g) / style.pixelMm() - 0.5 };
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
