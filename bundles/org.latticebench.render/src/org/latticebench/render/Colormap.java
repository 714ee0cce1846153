package org.latticebench.render;

/**
 * Colour maps for dose display: a rainbow wash for absolute dose and a diverging map for dose
 * differences. Piecewise-linear between control points.
 *
 * @since 0.1
 */
public final class Colormap {

	/** Blue → cyan → green → yellow → red, the convention of planning systems' dose wash. */
	public static final Colormap DOSE_WASH = new Colormap(new double[] { 0, 0.25, 0.5, 0.75, 1 },
			new int[] { 0x0000ff, 0x00ffff, 0x00ff00, 0xffff00, 0xff0000 });

	/** Blue (negative) → white (zero) → red (positive), for plan A − plan B. */
	public static final Colormap DIVERGING = new Colormap(new double[] { 0, 0.5, 1 },
			new int[] { 0x2166ac, 0xf7f7f7, 0xb2182b });

	private final double[] stops;
	private final int[] rgb;

	public Colormap(double[] stops, int[] rgb) {
		if (stops.length != rgb.length || stops.length < 2) {
			throw new IllegalArgumentException("a colour map needs matching stops and colours");
		}
		this.stops = stops.clone();
		this.rgb = rgb.clone();
	}

	/** The RGB colour (0xRRGGBB) at t in [0, 1]; values outside are clamped. */
	public int rgbAt(double t) {
		if (!(t > stops[0])) {
			return rgb[0];
		}
		for (int s = 1; s < stops.length; s++) {
			if (t <= stops[s]) {
				double f = (t - stops[s - 1]) / (stops[s] - stops[s - 1]);
				return lerp(rgb[s - 1], rgb[s], f);
			}
		}
		return rgb[rgb.length - 1];
	}

	private static int lerp(int a, int b, double f) {
		int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
		int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
		int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
		return r << 16 | g << 8 | bl;
	}
}
