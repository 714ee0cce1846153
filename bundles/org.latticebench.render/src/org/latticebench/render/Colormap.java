package org.latticebench.render;

/**
 * Colour maps for dose display: a rainbow wash and a perceptual one for absolute dose, and a
 * diverging map for dose differences. Piecewise-linear between control points.
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

	/**
	 * Dark blue-violet → teal → yellow with lightness rising evenly, so equal dose steps look equally
	 * different and the map survives greyscale printing. Its stops are computed (not tabulated) in
	 * the OKLab colour space (B. Ottosson, 2020): lightness L from 0.30 to 0.93, chroma 0.13, hue
	 * turning from 285° to 100°.
	 */
	public static final Colormap PERCEPTUAL = oklabRamp(9, 0.30, 0.93, 0.13, 285, 100);

	/** The maps offered for the dose wash, by preference id. */
	public static final java.util.Map<String, Colormap> WASH_MAPS = java.util.Map.of("rainbow", DOSE_WASH, "perceptual",
			PERCEPTUAL);

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

	/** The dose-wash map of this preference id ({@code rainbow} or {@code perceptual}); rainbow for an unknown id. */
	public static Colormap wash(String id) {
		return WASH_MAPS.getOrDefault(id == null ? "" : id.trim().toLowerCase(java.util.Locale.ROOT), DOSE_WASH);
	}

	/** Relative luminance (Rec. 709 weights of linear sRGB, 0..1) of an 0xRRGGBB colour. */
	public static double luminance(int rgb) {
		return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/** {@code n} stops along a straight lightness ramp with a turning hue, converted OKLab → sRGB. */
	static Colormap oklabRamp(int n, double l0, double l1, double chroma, double hue0Deg, double hue1Deg) {
		double[] stops = new double[n];
		int[] rgb = new int[n];
		for (int s = 0; s < n; s++) {
			double t = s / (double) (n - 1);
			double l = l0 + (l1 - l0) * t;
			double h = Math.toRadians(hue0Deg + (hue1Deg - hue0Deg) * t);
			stops[s] = t;
			rgb[s] = oklabToRgb(l, chroma * Math.cos(h), chroma * Math.sin(h));
		}
		return new Colormap(stops, rgb);
	}

	/** OKLab → linear sRGB (Ottosson's published matrices) → gamma-encoded 8-bit sRGB, clipped to the gamut. */
	static int oklabToRgb(double l, double a, double b) {
		double l_ = l + 0.3963377774 * a + 0.2158037573 * b;
		double m_ = l - 0.1055613458 * a - 0.0638541728 * b;
		double s_ = l - 0.0894841775 * a - 1.2914855480 * b;
		double lc = l_ * l_ * l_, mc = m_ * m_ * m_, sc = s_ * s_ * s_;
		double r = 4.0767416621 * lc - 3.3077115913 * mc + 0.2309699292 * sc;
		double g = -1.2684380046 * lc + 2.6097574011 * mc - 0.3413193965 * sc;
		double bl = -0.0041960863 * lc - 0.7034186147 * mc + 1.7076147010 * sc;
		return encode(r) << 16 | encode(g) << 8 | encode(bl);
	}

	private static int encode(double linear) {
		double c = Math.max(0, Math.min(1, linear));
		double v = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
		return (int) Math.round(255 * v);
	}

	private static int lerp(int a, int b, double f) {
		int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
		int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
		int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
		return r << 16 | g << 8 | bl;
	}
}
