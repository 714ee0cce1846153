package org.latticebench.render;

import java.util.Optional;

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

	private static final int LUT_SIZE = 1024;

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
					int rgb = style.colormap().rgbAt(level / style.washMaxGy());
					crossings(out, doseOut, w, 0, 0, w, h, (float) level, 0xff000000 | rgb, 2);
				}
			}
		}
		for (SliceScene.Outline o : scene.outlines()) {
			Mask m = o.mask();
			float[] cells;
			if (m.grid().sameGeometry(ct)) {
				cells = extract(new FloatVolume(m.grid(), m.fraction()), plane);
			} else {
				Optional<int[]> offset = m.grid().alignedOffsetIn(ct);
				cells = offset.isPresent() ? extractAligned(m, offset.get(), ct, plane)
						: sampleOnPlane(new FloatVolume(m.grid(), m.fraction()), ct, plane);
			}
			if (cells == null) {
				continue; // a structure cropped to its box that the plane does not cross
			}
			int[] box = nonZeroBox(cells, pw, ph);
			if (box == null) {
				continue;
			}
			// only pixels within a cell of the structure's box can be non-zero; one more each side closes the line
			int x0 = Math.max(0, firstAbove(us, box[0] - 1) - 1), x1 = Math.min(w - 1, lastBelow(us, box[2] + 1) + 1);
			int y0 = Math.max(0, firstAbove(vs, box[1] - 1) - 1), y1 = Math.min(h - 1, lastBelow(vs, box[3] + 1) + 1);
			if (x0 > x1 || y0 > y1) {
				continue;
			}
			int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
			float[] local = new float[bw * bh];
			for (int y = 0; y < bh; y++) {
				double v = vs[y0 + y];
				for (int x = 0; x < bw; x++) {
					local[y * bw + x] = (float) bilinear(cells, pw, ph, us[x0 + x], v);
				}
			}
			crossings(out, local, bw, x0, y0, bw, bh, 0.5f, 0xff000000 | o.rgb(), o.thicknessPx());
		}
		return out;
	}

	/** {uMin, vMin, uMax, vMax} of the non-zero cells, or null when there are none. */
	private static int[] nonZeroBox(float[] cells, int pw, int ph) {
		int uMin = Integer.MAX_VALUE, vMin = Integer.MAX_VALUE, uMax = -1, vMax = -1;
		for (int v = 0; v < ph; v++) {
			int row = v * pw;
			for (int u = 0; u < pw; u++) {
				if (cells[row + u] != 0) {
					if (u < uMin) {
						uMin = u;
					}
					if (u > uMax) {
						uMax = u;
					}
					if (v < vMin) {
						vMin = v;
					}
					vMax = v;
				}
			}
		}
		return uMax < 0 ? null : new int[] { uMin, vMin, uMax, vMax };
	}

	/** The first index whose (ascending) coordinate is above {@code limit}; the length when none is. */
	private static int firstAbove(double[] ascending, double limit) {
		int i = 0;
		while (i < ascending.length && ascending[i] <= limit) {
			i++;
		}
		return i;
	}

	/** The last index whose (ascending) coordinate is below {@code limit}; -1 when none is. */
	private static int lastBelow(double[] ascending, double limit) {
		int i = ascending.length - 1;
		while (i >= 0 && ascending[i] >= limit) {
			i--;
		}
		return i;
	}

	private static void wash(Raster out, float[] dose, SliceStyle style) {
		int alpha = (int) Math.round(255 * clamp01(style.washAlpha()));
		// a 1024-entry table instead of walking the map's stops for every pixel
		Colormap map = style.difference() ? Colormap.DIVERGING : style.colormap();
		int[] lut = new int[LUT_SIZE];
		for (int i = 0; i < LUT_SIZE; i++) {
			lut[i] = alpha << 24 | map.rgbAt(i / (double) (LUT_SIZE - 1));
		}
		double lo = style.washMinGy(), hi = style.washMaxGy();
		int w = out.width();
		for (int p = 0; p < dose.length; p++) {
			double d = dose[p];
			double t;
			if (style.difference()) {
				if (Math.abs(d) < lo) {
					continue;
				}
				t = 0.5 + 0.5 * d / hi;
			} else {
				if (!(d >= lo)) {
					continue;
				}
				t = (d - lo) / (hi - lo);
			}
			out.blend(p % w, p / w, lut[(int) Math.round(clamp01(t) * (LUT_SIZE - 1))]);
		}
	}

	/**
	 * Marks pixels where the field crosses the level towards the right or downward neighbour. The
	 * field covers the {@code w x h} pixels from ({@code x0}, {@code y0}) of the raster, row stride
	 * {@code stride}.
	 */
	private static void crossings(Raster out, float[] field, int stride, int x0, int y0, int w, int h, float level,
			int argb, int thickness) {
		for (int y = 0; y < h; y++) {
			int row = y * stride;
			for (int x = 0; x < w; x++) {
				boolean in = field[row + x] >= level;
				boolean right = x + 1 < w && (field[row + x + 1] >= level) != in;
				boolean down = y + 1 < h && (field[row + stride + x] >= level) != in;
				if (right || down) {
					if (thickness <= 1) {
						out.blend(x0 + x, y0 + y, argb);
					} else {
						out.line(x0 + x, y0 + y, x0 + x, y0 + y, argb, thickness);
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

	/**
	 * The plane's cells of a mask on a box of the CT grid whose voxel (0,0,0) is CT voxel
	 * {@code offset} (a structure cropped to its box): the same values {@link #extract} gives for the
	 * uncropped mask, 0 outside the box; null when the plane does not cross the box.
	 */
	static float[] extractAligned(Mask m, int[] offset, Grid3 ct, SlicePlane plane) {
		int fixedAxis = switch (plane.orientation()) {
		case AXIAL -> 2;
		case CORONAL -> 1;
		default -> 0;
		};
		int local = plane.index() - offset[fixedAxis];
		if (local < 0 || local >= m.grid().size(fixedAxis)) {
			return null;
		}
		return cells(m.fraction(), m.grid(), offset, ct, plane);
	}

	/** The plane's cells of a volume on the same grid as the CT. */
	static float[] extract(FloatVolume v, SlicePlane plane) {
		return cells(v.values(), v.grid(), new int[3], v.grid(), plane);
	}

	/**
	 * The plane's cells of {@code src} on {@code grid}, whose voxel (0,0,0) is CT voxel
	 * {@code offset}; 0 where the plane leaves the grid. The index arithmetic of
	 * SlicePlane.voxelOf, without an array per cell.
	 */
	private static float[] cells(float[] src, Grid3 grid, int[] offset, Grid3 ct, SlicePlane plane) {
		int pw = plane.width(ct), ph = plane.height(ct);
		int nz = ct.nz(), idx = plane.index();
		float[] o = new float[pw * ph];
		for (int vv = 0; vv < ph; vv++) {
			for (int u = 0; u < pw; u++) {
				int i, j, k;
				switch (plane.orientation()) {
				case AXIAL -> {
					i = u;
					j = vv;
					k = idx;
				}
				case CORONAL -> {
					i = u;
					j = idx;
					k = nz - 1 - vv;
				}
				default -> {
					i = idx;
					j = u;
					k = nz - 1 - vv;
				}
				}
				int mi = i - offset[0], mj = j - offset[1], mk = k - offset[2];
				if (grid.contains(mi, mj, mk)) {
					o[vv * pw + u] = src[grid.index(mi, mj, mk)];
				}
			}
		}
		return o;
	}

	/**
	 * A volume on another grid, sampled trilinearly at the CT plane's cell centres (0 outside). The
	 * other grid's index is affine in the plane cell (u, v), so it is stepped rather than computed
	 * through patient coordinates for every cell.
	 */
	static float[] sampleOnPlane(FloatVolume v, Grid3 ct, SlicePlane plane) {
		if (v.grid().sameGeometry(ct)) {
			return extract(v, plane);
		}
		int pw = plane.width(ct), ph = plane.height(ct);
		Grid3 g = v.grid();
		double[] origin = g.toIndex(plane.patientOf(ct, 0, 0));
		double[] alongU = g.toIndex(plane.patientOf(ct, 1, 0));
		double[] alongV = g.toIndex(plane.patientOf(ct, 0, 1));
		double[] du = new double[3], dv = new double[3];
		for (int a = 0; a < 3; a++) {
			du[a] = alongU[a] - origin[a];
			dv[a] = alongV[a] - origin[a];
		}
		float[] o = new float[pw * ph];
		for (int vv = 0; vv < ph; vv++) {
			for (int u = 0; u < pw; u++) {
				o[vv * pw + u] = (float) v.sampleIndex(origin[0] + u * du[0] + vv * dv[0], origin[1] + u * du[1] + vv * dv[1],
						origin[2] + u * du[2] + vv * dv[2], 0);
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

	private static double clamp01(double t) {
		return t < 0 ? 0 : t > 1 ? 1 : t;
	}
}
