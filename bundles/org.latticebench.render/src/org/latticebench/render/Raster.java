package org.latticebench.render;

/**
 * An ARGB image (0xAARRGGBB, row-major, top row first) that both the SWT workbench and the
 * headless report turn into pictures.
 *
 * @since 0.1
 */
public record Raster(int width, int height, int[] argb) {

	public Raster {
		if (width <= 0 || height <= 0 || argb.length != width * height) {
			throw new IllegalArgumentException("raster " + width + "x" + height + " needs " + width * height + " pixels");
		}
	}

	public static Raster filled(int width, int height, int argb) {
		int[] px = new int[width * height];
		java.util.Arrays.fill(px, argb);
		return new Raster(width, height, px);
	}

	public int get(int x, int y) {
		return argb[y * width + x];
	}

	/** Alpha-blends a colour over pixel (x, y); outside the raster nothing happens. */
	public void blend(int x, int y, int argbColour) {
		if (x < 0 || y < 0 || x >= width || y >= height) {
			return;
		}
		int a = argbColour >>> 24;
		if (a == 0) {
			return;
		}
		int i = y * width + x;
		if (a == 255) {
			argb[i] = argbColour;
			return;
		}
		int dst = argb[i];
		int r = mix((dst >> 16) & 0xff, (argbColour >> 16) & 0xff, a);
		int g = mix((dst >> 8) & 0xff, (argbColour >> 8) & 0xff, a);
		int b = mix(dst & 0xff, argbColour & 0xff, a);
		argb[i] = 0xff000000 | r << 16 | g << 8 | b;
	}

	private static int mix(int dst, int src, int alpha) {
		return (dst * (255 - alpha) + src * alpha + 127) / 255;
	}

	/** Draws a 1-pixel line (Bresenham) between two points in raster coordinates. */
	public void line(double x0, double y0, double x1, double y1, int argbColour, int thickness) {
		int ix0 = (int) Math.round(x0), iy0 = (int) Math.round(y0), ix1 = (int) Math.round(x1), iy1 = (int) Math.round(y1);
		int dx = Math.abs(ix1 - ix0), dy = -Math.abs(iy1 - iy0);
		int sx = ix0 < ix1 ? 1 : -1, sy = iy0 < iy1 ? 1 : -1;
		int err = dx + dy;
		int half = thickness / 2;
		while (true) {
			for (int oy = -half; oy < thickness - half; oy++) {
				for (int ox = -half; ox < thickness - half; ox++) {
					blend(ix0 + ox, iy0 + oy, argbColour);
				}
			}
			if (ix0 == ix1 && iy0 == iy1) {
				break;
			}
			int e2 = 2 * err;
			if (e2 >= dy) {
				err += dy;
				ix0 += sx;
			}
			if (e2 <= dx) {
				err += dx;
				iy0 += sy;
			}
		}
	}
}
