package org.latticebench.render;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;

/**
 * Draws one plane of a {@link SliceScene}: CT with window/level, the dose wash, isodose lines and
 * structure outlines. Values are first taken on the CT plane's voxel cells (dose sampled
 * trilinearly when its grid differs), then interpolated bilinearly to the output pixels, so the
 * cost is one pass over the output per layer. Lines are where the interpolated field crosses the
 * level between neighbouring pixels.
 *
 * @since 0.1
 */
public final class SliceRenderer {

	private SliceRenderer() {
	}

	/** The raster size for a plane at a pixel size. */
	public static int[] outputSize(Grid3 ct, SlicePlane plane, double pixelMm) {
		int w = Math.max(1, (int) Math.round(plane.width(ct) * plane.widthSpacingMm(ct) / pixelMm));
		int h = Math.max(1, (int) Math.round(plane.height(ct) * plane.heightSpacingMm(ct) / pixelMm));
		return new int[] { w, h };
	}

	/** Plane cell coordinates (u, v) of output pixel (px, py); inverse of the display mapping. */
	public static double[] cellOfPixel(Grid3 ct, SlicePlane plane, double pixelMm, double px, double py) {
		return new double[] { (px + 0.5) * pixelMm / plane.widthSpacingMm(ct) - 0.5,
				(py + 0.5) * pixelMm / plane.heightSpacingMm(ct) - 0.5 };
	}

	public static Raster render(SliceScene scene, SlicePlane plane, SliceStyle style) {
		Grid3 ct = scene.ctHu().grid();
		int pw = plane.width(ct), ph = plane.height(ct);
		int[] size = outputSize(ct, plane, style.pixelMm());
		int w = size[0], h = size[1];
		Raster out = Raster.filled(w, h, 0xff000000);
		float[] ctPlane = extract(scene.ctHu(), plane);
		double lo = style.windowCentreHu() - style.windowWidthHu() / 2;
		// precompute where each output column/row falls on the plane
		double[] us = new double[w], vs = new double[h];
		for (int x = 0; x < w; x++) {
			us[x] = cellOfPixel(ct, plane, style.pixelMm(), x, 0)[0];
		}
		for (int y = 0; y < h; y++) {
			vs[y] = cellOfPixel(ct, plane, style.pixelMm(), 0, y)[1];
		}
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double hu = bilinear(ctPlane, pw, ph, us[x], vs[y]);
				int g = (int) Math.round(255 * clamp01((hu - lo) / style.windowWidthHu()));
				out.argb()[y * w + x] = 0xff000000 | g << 16 | g << 8 | g;
			}
		}
		if (scene.doseGy().isPresent()) {
			float[] dosePlane = sampleOnPlane(scene.doseGy().get(), ct, plane);
			float[] doseOut = upsample(dosePlane, pw, ph, us, vs);
			wash(out, doseOut, style);
			if (!style.difference()) {
				for (double level : style.isodoseLevelsGy()) {
					int rgb = Colormap.DOSE_WASH.rgbAt(level / style.washMaxGy());
					crossings(out, doseOut, (float) level, 0xff000000 | rgb, 2);
				}
			}
		}
		for (SliceScene.Outline o : scene.outlines()) {
			Mask m = o.mask();
			float[] plane2 = m.grid().sameGeometry(ct) ? extract(new FloatVolume(m.grid(), m.fraction()), plane)
					: sampleOnPlane(new FloatVolume(m.grid(), m.fraction()), ct, plane);
			if (isZero(plane2)) {
				continue;
			}
			crossings(out, upsample(plane2, pw, ph, us, vs), 0.5f, 0xff000000 | o.rgb(), o.thicknessPx());
		}
		return out;
	}

	private static void wash(Raster out, float[] dose, SliceStyle style) {
		int alpha = (int) Math.round(255 * clamp01(style.washAlpha()));
		for (int p = 0; p < dose.length; p++) {
			double d = dose[p];
			int rgb;
			if (style.difference()) {
				if (Math.abs(d) < style.washMinGy()) {
					continue;
				}
				rgb = Colormap.DIVERGING.rgbAt(0.5 + 0.5 * d / style.washMaxGy());
			} else {
				if (!(d >= style.washMinGy())) {
					continue;
				}
				rgb = Colormap.DOSE_WASH.rgbAt((d - style.washMinGy()) / (style.washMaxGy() - style.washMinGy()));
			}
			out.blend(p % out.width(), p / out.width(), alpha << 24 | rgb);
		}
	}

	/** Marks pixels where the field crosses the level towards the right or downward neighbour. */
	private static void crossings(Raster out, float[] field, float level, int argb, int thickness) {
		int w = out.width(), h = out.height();
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				boolean in = field[y * w + x] >= level;
				boolean right = x + 1 < w && (field[y * w + x + 1] >= level) != in;
				boolean down = y + 1 < h && (field[(y + 1) * w + x] >= level) != in;
				if (right || down) {
					if (thickness <= 1) {
						out.blend(x, y, argb);
					} else {
						out.line(x, y, x, y, argb, thickness);
					}
				}
			}
		}
	}

	private static float[] upsample(float[] plane, int pw, int ph, double[] us, double[] vs) {
		float[] o = new float[us.length * vs.length];
		for (int y = 0; y < vs.length; y++) {
			for (int x = 0; x < us.length; x++) {
				o[y * us.length + x] = (float) bilinear(plane, pw, ph, us[x], vs[y]);
			}
		}
		return o;
	}

	/** The plane's cells of a volume on the same grid as the CT. */
	static float[] extract(FloatVolume v, SlicePlane plane) {
		Grid3 g = v.grid();
		int pw = plane.width(g), ph = plane.height(g);
		float[] o = new float[pw * ph];
		for (int vv = 0; vv < ph; vv++) {
			for (int u = 0; u < pw; u++) {
				double[] ijk = plane.voxelOf(g, u, vv);
				o[vv * pw + u] = v.get((int) ijk[0], (int) ijk[1], (int) ijk[2]);
			}
		}
		return o;
	}

	/** A volume on another grid, sampled trilinearly at the CT plane's cell centres (0 outside). */
	static float[] sampleOnPlane(FloatVolume v, Grid3 ct, SlicePlane plane) {
		if (v.grid().sameGeometry(ct)) {
			return extract(v, plane);
		}
		int pw = plane.width(ct), ph = plane.height(ct);
		float[] o = new float[pw * ph];
		for (int vv = 0; vv < ph; vv++) {
			for (int u = 0; u < pw; u++) {
				o[vv * pw + u] = (float) v.sampleTrilinear(plane.patientOf(ct, u, vv), 0);
			}
		}
		return o;
	}

	static double bilinear(float[] a, int w, int h, double u, double v) {
		u = Math.max(0, Math.min(w - 1, u));
		v = Math.max(0, Math.min(h - 1, v));
		int u0 = Math.min((int) u, Math.max(w - 2, 0)), v0 = Math.min((int) v, Math.max(h - 2, 0));
		int u1 = Math.min(u0 + 1, w - 1), v1 = Math.min(v0 + 1, h - 1);
		double tu = u - u0, tv = v - v0;
		double top = a[v0 * w + u0] * (1 - tu) + a[v0 * w + u1] * tu;
		double bottom = a[v1 * w + u0] * (1 - tu) + a[v1 * w + u1] * tu;
		return top * (1 - tv) + bottom * tv;
	}

	private static boolean isZero(float[] a) {
		for (float f : a) {
			if (f != 0) {
				return false;
			}
		}
		return true;
	}

	private static double clamp01(double t) {
		return t < 0 ? 0 : t > 1 ? 1 : t;
	}
}
