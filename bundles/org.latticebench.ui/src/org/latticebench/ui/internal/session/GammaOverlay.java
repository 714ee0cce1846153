package org.latticebench.ui.internal.session;

import java.util.Locale;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;
import org.latticebench.render.Colormap;
import org.latticebench.render.SliceStyle;
import org.latticebench.render.WindowPreset;

/**
 * How the slice viewer draws a gamma map: passing voxels (γ ≤ 1) in a green ramp that lightens
 * towards 1, failing ones in a yellow-to-red warning ramp that saturates at {@link #MAX_GAMMA},
 * voxels that were not evaluated (below the threshold, outside the evaluated grid) not at all.
 * <p>
 * The renderer looks colours up in a 1024-entry table over the wash range; the scale's top is
 * chosen so that γ = 1 falls exactly on table entry 511, the last one of the pass ramp. The
 * renderer samples outside a volume's grid as 0, so the overlay draws γ + 1 ({@link #displayVolume})
 * over a wash range starting at 1: the region beyond the gamma grid stays uncoloured instead of
 * showing as γ = 0.
 */
public final class GammaOverlay {

	/** The top of the scale: γ from here on is drawn in the deepest red. */
	public static final double MAX_GAMMA = 2.0;
	/** Pass ramp: γ = 0 (dark green) to γ = 1 (light green). */
	public static final int PASS_LOW = 0x1a7a3a, PASS_HIGH = 0xa6e08a;
	/** Warning ramp: γ just above 1 (yellow) to {@link #MAX_GAMMA} and above (red). */
	public static final int FAIL_LOW = 0xffe14d, FAIL_HIGH = 0xd7191c;
	/** Opacity of the overlay over the CT. */
	public static final double ALPHA = 0.6;

	private static final int LUT_LAST = 1023;
	private static final int PASS_LAST_ENTRY = 511;

	private GammaOverlay() {
	}

	/** The wash maximum: γ = 1 maps to t = 511/1023, the pass ramp's last table entry. */
	public static double washMax() {
		return (double) LUT_LAST / PASS_LAST_ENTRY;
	}

	/** The colour map over t = γ / {@link #washMax()}: the pass ramp up to γ = 1, then the warning ramp. */
	public static Colormap colormap() {
		// the same expressions as the renderer's table positions (entry / 1023), so γ = 1 lands exactly on tOne
		double tOne = PASS_LAST_ENTRY / (double) LUT_LAST;
		double tNext = (PASS_LAST_ENTRY + 1) / (double) LUT_LAST;
		double tMax = MAX_GAMMA * PASS_LAST_ENTRY / LUT_LAST;
		return new Colormap(new double[] { 0, tOne, tNext, tMax, 1 },
				new int[] { PASS_LOW, PASS_HIGH, FAIL_LOW, FAIL_HIGH, FAIL_HIGH });
	}

	/** What the renderer draws for γ: the value that {@link #displayVolume} stores. */
	public static final double DISPLAY_OFFSET = 1.0;

	/**
	 * The overlay style for a {@link #displayVolume}: the CT window, no isodose lines, γ from 0 drawn
	 * with {@link #colormap()}.
	 */
	public static SliceStyle style(WindowPreset preset, double pixelMm) {
		return new SliceStyle(preset.centreHu(), preset.widthHu(), pixelMm, DISPLAY_OFFSET, DISPLAY_OFFSET + washMax(),
				ALPHA, new double[0], false, colormap());
	}

	/** γ + {@link #DISPLAY_OFFSET} on the gamma map's grid (NaN stays NaN), for the renderer. */
	public static FloatVolume displayVolume(FloatVolume gammaMap) {
		float[] g = gammaMap.values();
		float[] out = new float[g.length];
		for (int i = 0; i < g.length; i++) {
			out[i] = (float) (g[i] + DISPLAY_OFFSET);
		}
		return new FloatVolume(gammaMap.grid(), out);
	}

	/** The colour the overlay gives a gamma value (what the renderer's table holds for it), 0xRRGGBB. */
	public static int rgbOf(double gamma) {
		double t = Math.max(0, Math.min(1, gamma / washMax()));
		return colormap().rgbAt(Math.round(t * LUT_LAST) / (double) LUT_LAST);
	}

	/**
	 * The gamma of the reference voxel nearest to a point (gamma is defined at voxel centres and is
	 * not interpolated); NaN outside the grid or where it was not evaluated.
	 */
	public static double gammaAt(FloatVolume gammaMap, Vec3 pMm) {
		Grid3 g = gammaMap.grid();
		double[] ijk = g.toIndex(pMm);
		int i = (int) Math.round(ijk[0]), j = (int) Math.round(ijk[1]), k = (int) Math.round(ijk[2]);
		return g.contains(i, j, k) ? gammaMap.get(i, j, k) : Double.NaN;
	}

	/** The readout text of a gamma value: {@code γ 0.43 pass}, {@code γ 1.27 FAIL}, or not evaluated. */
	public static String readout(double gamma, double capGamma) {
		if (Double.isNaN(gamma)) {
			return "γ not evaluated (below threshold or outside)";
		}
		String value = gamma >= capGamma ? String.format(Locale.ROOT, "≥ %.1f", capGamma)
				: String.format(Locale.ROOT, "%.2f", gamma);
		return "γ " + value + (gamma <= 1 ? " pass" : " FAIL");
	}
}
