package org.latticebench.render;

import java.util.List;
import java.util.Locale;

/**
 * A cumulative DVH chart as standalone SVG for reports: one colour per structure, one dash
 * pattern per plan, as in the workbench's DVH view. Names come from files, so they are escaped.
 *
 * @since 0.1
 */
public final class DvhPlot {

	/** One curve: dose in Gy (ascending) against volume (%, or cc). */
	public record Series(String structure, String plan, int rgb, int planIndex, double[] doseGy, double[] volume) {
		public Series {
			if (doseGy.length != volume.length) {
				throw new IllegalArgumentException("DVH series " + structure + " has mismatched arrays");
			}
		}
	}

	/**
	 * A min-max envelope of one structure's DVH across scenarios (e.g. set-up shifts), drawn as a
	 * translucent area in the structure's colour behind the curves.
	 */
	public record Band(String structure, String plan, int rgb, double[] doseGy, double[] minVolume, double[] maxVolume) {
		public Band {
			if (doseGy.length != minVolume.length || doseGy.length != maxVolume.length) {
				throw new IllegalArgumentException("DVH band " + structure + " has mismatched arrays");
			}
		}
	}

	private static final String[] DASHES = { "", "8,4", "2,3", "10,3,2,3", "4,4" };

	private DvhPlot() {
	}

	public static String svg(List<Series> series, String title, String volumeLabel, int widthPx, int heightPx) {
		return svg(series, List.of(), title, volumeLabel, widthPx, heightPx);
	}

	/** The chart with min-max {@code bands} drawn under the {@code series} curves. */
	public static String svg(List<Series> series, List<Band> bands, String title, String volumeLabel, int widthPx,
			int heightPx) {
		double maxDose = 1;
		for (Band b : bands) {
			for (int i = 0; i < b.doseGy().length; i++) {
				if (b.maxVolume()[i] > 0.001) {
					maxDose = Math.max(maxDose, b.doseGy()[i]);
				}
			}
		}
		double maxVolume = 1;
		for (Series s : series) {
			for (int i = 0; i < s.doseGy().length; i++) {
				if (s.volume()[i] > 0.001) {
					maxDose = Math.max(maxDose, s.doseGy()[i]);
				}
				maxVolume = Math.max(maxVolume, s.volume()[i]);
			}
		}
		maxDose = niceCeiling(maxDose * 1.02);
		maxVolume = volumeLabel.contains("%") ? 100 : niceCeiling(maxVolume);
		int left = 60, right = 190, top = 30, bottom = 45;
		double plotW = widthPx - left - right, plotH = heightPx - top - bottom;
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
				widthPx, heightPx, widthPx, heightPx));
		sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", left,
				escape(title)));
		for (int t = 0; t <= 5; t++) {
			double d = maxDose * t / 5, v = maxVolume * t / 5;
			double x = left + plotW * t / 5, y = top + plotH - plotH * t / 5;
			sb.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n",
					x, top, x, top + plotH, x, top + plotH + 16, fmt(d)));
			sb.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
					left, y, left + plotW, y, left - 6, y + 4, fmt(v)));
		}
		sb.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#333\"/>%n", left, top, plotW,
				plotH));
		sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">Dose (Gy)</text>%n",
				left + plotW / 2, heightPx - 8));
		sb.append(String.format(Locale.ROOT,
				"<text transform=\"translate(16,%.1f) rotate(-90)\" text-anchor=\"middle\">%s</text>%n", top + plotH / 2,
				escape(volumeLabel)));
		for (Band b : bands) {
			StringBuilder pts = new StringBuilder();
			int n = b.doseGy().length;
			for (int i = 0; i < n; i++) {
				pts.append(point(left, top, plotW, plotH, b.doseGy()[i] / maxDose, b.maxVolume()[i] / maxVolume));
			}
			for (int i = n - 1; i >= 0; i--) {
				pts.append(point(left, top, plotW, plotH, b.doseGy()[i] / maxDose, b.minVolume()[i] / maxVolume));
			}
			sb.append(String.format(Locale.ROOT,
					"<polygon class=\"band\" fill=\"#%06x\" fill-opacity=\"0.25\" stroke=\"none\" points=\"%s\"><title>%s</title></polygon>%n",
					b.rgb() & 0xffffff, pts.toString().trim(), escape(b.structure() + " / " + b.plan() + " (min-max)")));
		}
		int legendY = top + 4;
		for (Series s : series) {
			StringBuilder pts = new StringBuilder();
			int step = Math.max(1, s.doseGy().length / 800);
			for (int i = 0; i < s.doseGy().length; i += step) {
				double x = left + plotW * Math.min(1, s.doseGy()[i] / maxDose);
				double y = top + plotH - plotH * Math.min(1, s.volume()[i] / maxVolume);
				pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
			}
			String colour = String.format("#%06x", s.rgb() & 0xffffff);
			String dash = DASHES[Math.floorMod(s.planIndex(), DASHES.length)];
			sb.append(String.format(Locale.ROOT,
					"<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\"%s points=\"%s\"><title>%s</title></polyline>%n",
					colour, dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"", pts.toString().trim(),
					escape(s.structure() + " / " + s.plan())));
			sb.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/><text x=\"%.1f\" y=\"%d\">%s</text>%n",
					left + plotW + 10, legendY, left + plotW + 34, legendY, colour,
					dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"", left + plotW + 38, legendY + 4,
					escape(truncate(s.structure() + " / " + s.plan(), 24))));
			legendY += 15;
		}
		sb.append("</svg>\n");
		return sb.toString();
	}

	/** XML/HTML escaping of untrusted text (names read from files). */
	public static String escape(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			case '\'' -> b.append("&#39;");
			default -> b.append(c < 0x20 && c != '\t' ? ' ' : c);
			}
		}
		return b.toString();
	}

	private static String point(int left, int top, double plotW, double plotH, double fx, double fy) {
		return String.format(Locale.ROOT, "%.1f,%.1f ", left + plotW * Math.min(1, fx),
				top + plotH - plotH * Math.min(1, fy));
	}

	private static String truncate(String s, int n) {
		return s.length() <= n ? s : s.substring(0, n - 1) + "…";
	}

	private static String fmt(double v) {
		return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
	}

	/**
	 * The axis maximum for the plot's five grid steps: 5 × a step of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or
	 * 8 × 10^n, the smallest at or above v (so 69 Gy gets a 75 Gy axis in 15 Gy steps, not 100 Gy).
	 */
	static double niceCeiling(double v) {
		double step = v / 5;
		double p = Math.pow(10, Math.floor(Math.log10(step)));
		for (double m : new double[] { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
			if (m * p >= step * (1 - 1e-12)) {
				return 5 * m * p;
			}
		}
		return 50 * p;
	}}
