package org.latticebench.render;

/**
 * How a slice is drawn.
 *
 * @param pixelMm         output pixel size in mm (smaller = bigger picture)
 * @param washMinGy       dose below this is not coloured (for a difference view: the half-range
 *                        of the symmetric scale is {@code washMaxGy} and this is the |Δ| cut-off)
 * @param washMaxGy       dose mapped to the top colour
 * @param washAlpha       opacity of the dose wash, 0..1
 * @param isodoseLevelsGy isodose line levels in Gy (may be empty)
 * @param difference      true to draw a signed dose difference with the diverging map
 * @param colormap        the dose wash's colour map (and the isodose lines' colours); a
 *                        difference view always uses {@link Colormap#DIVERGING}
 * @since 0.1
 */
public record SliceStyle(double windowCentreHu, double windowWidthHu, double pixelMm, double washMinGy,
		double washMaxGy, double washAlpha, double[] isodoseLevelsGy, boolean difference, Colormap colormap) {

	public SliceStyle {
		if (!(pixelMm > 0) || !(windowWidthHu > 0) || !(washMaxGy > 0)) {
			throw new IllegalArgumentException("slice style needs positive pixel size, window width and wash maximum");
		}
		isodoseLevelsGy = isodoseLevelsGy.clone();
		colormap = colormap == null ? Colormap.DOSE_WASH : colormap;
	}

	/** A style with the rainbow {@link Colormap#DOSE_WASH} (the form of the first version). */
	public SliceStyle(double windowCentreHu, double windowWidthHu, double pixelMm, double washMinGy, double washMaxGy,
			double washAlpha, double[] isodoseLevelsGy, boolean difference) {
		this(windowCentreHu, windowWidthHu, pixelMm, washMinGy, washMaxGy, washAlpha, isodoseLevelsGy, difference,
				Colormap.DOSE_WASH);
	}

	public static SliceStyle of(WindowPreset preset, double pixelMm, double washMinGy, double washMaxGy,
			double... isodoseLevelsGy) {
		return new SliceStyle(preset.centreHu(), preset.widthHu(), pixelMm, washMinGy, washMaxGy, 0.45, isodoseLevelsGy,
				false, Colormap.DOSE_WASH);
	}

	public SliceStyle withWindow(double centreHu, double widthHu) {
		return new SliceStyle(centreHu, widthHu, pixelMm, washMinGy, washMaxGy, washAlpha, isodoseLevelsGy, difference,
				colormap);
	}

	/** The same style with another dose-wash colour map. */
	public SliceStyle withColormap(Colormap map) {
		return new SliceStyle(windowCentreHu, windowWidthHu, pixelMm, washMinGy, washMaxGy, washAlpha, isodoseLevelsGy,
				difference, map);
	}

	public SliceStyle withPixelMm(double newPixelMm) {
		return new SliceStyle(windowCentreHu, windowWidthHu, newPixelMm, washMinGy, washMaxGy, washAlpha, isodoseLevelsGy,
				difference, colormap);
	}

	public SliceStyle asDifference(double rangeGy) {
		return new SliceStyle(windowCentreHu, windowWidthHu, pixelMm, 0.05 * rangeGy, rangeGy, 0.6, new double[0], true,
				colormap);
	}
}
