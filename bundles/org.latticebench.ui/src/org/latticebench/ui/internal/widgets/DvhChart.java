package org.latticebench.ui.internal.widgets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.latticebench.render.DvhPlot;

/**
 * DVH curves overlaid with SWTChart: one colour per structure, one line style per plan, a hover
 * readout, and export to PNG, SVG and CSV.
 */
public final class DvhChart extends Composite {

	private static final LineStyle[] PLAN_STYLES = { LineStyle.SOLID, LineStyle.DASH, LineStyle.DOT, LineStyle.DASHDOT,
			LineStyle.DASHDOTDOT };

	private final Chart chart;
	private final Label readout;
	private List<DvhPlot.Series> curves = List.of();
	private List<DvhPlot.Band> bands = List.of();
	private String volumeLabel = "Volume (%)";
	private String doseLabel = "Dose (Gy)";

	public DvhChart(Composite parent, int style) {
		super(parent, style);
		setLayout(new GridLayout());
		chart = new Chart(this, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.getTitle().setVisible(false);
		chart.getLegend().setPosition(SWT.RIGHT);
		readout = new Label(this, SWT.NONE);
		readout.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		readout.setText(" ");
		chart.getPlotArea().getControl().addMouseMoveListener(e -> hover(e.x, e.y));
		chart.getPlotArea().addCustomPaintListener(new org.eclipse.swtchart.ICustomPaintListener() {
			@Override
			public void paintControl(org.eclipse.swt.events.PaintEvent e) {
				paintBands(e.gc);
			}

			@Override
			public boolean drawBehindSeries() {
				return true; // the nominal curves stay on top of their bands
			}
		});
		setAxisTitles();
	}

	/** Replaces the curves. Volumes are % or cc as the label says; dose is physical or EQD2 Gy. */
	public void setCurves(List<DvhPlot.Series> newCurves, String newDoseLabel, String newVolumeLabel) {
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		this.curves = List.copyOf(newCurves);
		this.doseLabel = newDoseLabel;
		this.volumeLabel = newVolumeLabel;
		for (DvhPlot.Series c : curves) {
			ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE,
					seriesId(c.structure(), c.plan()));
			s.setXSeries(c.doseGy());
			s.setYSeries(c.volume());
			s.setSymbolType(ILineSeries.PlotSymbolType.NONE);
			s.setLineColor(new Color((c.rgb() >> 16) & 0xff, (c.rgb() >> 8) & 0xff, c.rgb() & 0xff));
			s.setLineStyle(PLAN_STYLES[Math.floorMod(c.planIndex(), PLAN_STYLES.length)]);
			s.setLineWidth(2);
			s.setAntialias(SWT.ON);
		}
		setAxisTitles();
		chart.getAxisSet().adjustRange();
		double bandMaxGy = 0;
		for (DvhPlot.Band b : bands) {
			for (int i = 0; i < b.doseGy().length; i++) {
				if (b.maxVolume()[i] > 0) {
					bandMaxGy = Math.max(bandMaxGy, b.doseGy()[i]);
				}
			}
		}
		var xRange = chart.getAxisSet().getXAxis(0).getRange();
		chart.getAxisSet().getXAxis(0).setRange(new org.eclipse.swtchart.Range(0, Math.max(Math.max(1, bandMaxGy), xRange.upper)));
		if (volumeLabel.contains("%")) {
			chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 102));
		}
		chart.redraw();
	}

	/**
	 * Min-max bands drawn translucent behind the curves, in the structure's colour (volumes in the
	 * unit of the curves). Call before {@link #setCurves}, which fits the axes and redraws.
	 */
	public void setBands(List<DvhPlot.Band> newBands) {
		bands = List.copyOf(newBands);
		chart.redraw();
	}

	/** The bands drawn. */
	public List<DvhPlot.Band> bands() {
		return bands;
	}

	private void paintBands(org.eclipse.swt.graphics.GC gc) {
		IAxis x = chart.getAxisSet().getXAxis(0), y = chart.getAxisSet().getYAxis(0);
		org.eclipse.swt.graphics.Rectangle area = chart.getPlotArea().getBounds();
		if (bands.isEmpty() || area.width <= 0 || area.height <= 0) {
			return; // not laid out yet
		}
		int oldAlpha = gc.getAlpha();
		for (DvhPlot.Band b : bands) {
			int n = b.doseGy().length;
			int[] polygon = new int[4 * n];
			for (int i = 0; i < n; i++) {
				// clamped to just beyond the plot area: points off a zoomed axis would make huge polygons
				polygon[2 * i] = clamp(x.getPixelCoordinate(b.doseGy()[i]), area.width);
				polygon[2 * i + 1] = clamp(y.getPixelCoordinate(b.maxVolume()[i]), area.height);
				int back = n - 1 - i;
				polygon[2 * n + 2 * i] = clamp(x.getPixelCoordinate(b.doseGy()[back]), area.width);
				polygon[2 * n + 2 * i + 1] = clamp(y.getPixelCoordinate(b.minVolume()[back]), area.height);
			}
			Color c = new Color((b.rgb() >> 16) & 0xff, (b.rgb() >> 8) & 0xff, b.rgb() & 0xff);
			gc.setBackground(c);
			gc.setAlpha(70);
			gc.fillPolygon(polygon);
		}
		gc.setAlpha(oldAlpha);
	}

	private static int clamp(int px, int size) {
		return Math.max(-2, Math.min(size + 2, px));
	}

	/** The id (and legend text) of a curve: {@code structure / plan}. */
	public static String seriesId(String structure, String plan) {
		return structure + " / " + plan;
	}

	/** The curves drawn, in series order. */
	public List<DvhPlot.Series> curves() {
		return curves;
	}

	public List<String> seriesIds() {
		List<String> ids = new ArrayList<>();
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			ids.add(s.getId());
		}
		return ids;
	}

	public Chart chart() {
		return chart;
	}

	private void setAxisTitles() {
		chart.getAxisSet().getXAxis(0).getTitle().setText(doseLabel);
		chart.getAxisSet().getYAxis(0).getTitle().setText(volumeLabel);
	}

	private void hover(int x, int y) {
		IAxis xAxis = chart.getAxisSet().getXAxis(0);
		double doseGy = xAxis.getDataCoordinate(x);
		String unit = doseLabel.startsWith("EQD2") ? "Gy EQD2" : "Gy";
		String vUnit = volumeLabel.contains("%") ? "%" : "cc";
		StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.1f %s:", doseGy, unit));
		double volumeAtPointer = chart.getAxisSet().getYAxis(0).getDataCoordinate(y);
		// the curves closest to the pointer first: those are the ones the user is looking at
		List<DvhPlot.Series> nearest = new ArrayList<>(curves);
		nearest.sort(java.util.Comparator.comparingDouble(c -> Math.abs(interpolate(c, doseGy) - volumeAtPointer)));
		for (DvhPlot.Series c : nearest.subList(0, Math.min(4, nearest.size()))) {
			sb.append(String.format(Locale.ROOT, "  %s %.1f %s", seriesId(c.structure(), c.plan()), interpolate(c, doseGy),
					vUnit));
		}
		readout.setText(sb.toString());
	}

	static double interpolate(DvhPlot.Series c, double doseGy) {
		double[] d = c.doseGy(), v = c.volume();
		if (d.length == 0 || doseGy <= d[0]) {
			return d.length == 0 ? 0 : v[0];
		}
		for (int i = 1; i < d.length; i++) {
			if (doseGy <= d[i]) {
				double t = (doseGy - d[i - 1]) / (d[i] - d[i - 1]);
				return v[i - 1] + t * (v[i] - v[i - 1]);
			}
		}
		return v[v.length - 1];
	}

	public void exportPng(Path file) {
		chart.save(file.toString(), SWT.IMAGE_PNG);
	}

	public void exportSvg(Path file) throws IOException {
		Files.writeString(file, DvhPlot.svg(curves, bands, "DVH", volumeLabel, 900, 560), StandardCharsets.UTF_8);
	}

	/** dose_gy, then one column per curve, sampled at 0.1 Gy. */
	public void exportCsv(Path file) throws IOException {
		double max = 0;
		for (DvhPlot.Series c : curves) {
			max = Math.max(max, c.doseGy().length == 0 ? 0 : c.doseGy()[c.doseGy().length - 1]);
		}
		StringBuilder sb = new StringBuilder("dose_gy");
		for (DvhPlot.Series c : curves) {
			sb.append(',').append(csv(c.structure() + " / " + c.plan()));
		}
		sb.append('\n');
		for (int step = 0; step * 0.1 <= max + 1e-9; step++) {
			double d = step * 0.1;
			sb.append(String.format(Locale.ROOT, "%.1f", d));
			for (DvhPlot.Series c : curves) {
				sb.append(String.format(Locale.ROOT, ",%.4f", interpolate(c, d)));
			}
			sb.append('\n');
		}
		Files.writeString(file, sb, StandardCharsets.UTF_8);
	}

	private static String csv(String s) {
		return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
	}
}
