package org.latticebench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

class SliceRendererTest {

	// 40 x 30 x 5 voxels of 2 mm; origin at (-40, -30, 0) so voxel centres run x = -40..38 mm
	private final Grid3 ct = Grid3.axisAligned(new Vec3(-40, -30, 0), new Vec3(2, 2, 2), 40, 30, 5);

	private FloatVolume uniformCt(float hu) {
		float[] v = new float[ct.voxelCount()];
		java.util.Arrays.fill(v, hu);
		return new FloatVolume(ct, v);
	}

	@Test
	void windowLevelMapsHuLinearlyToGrey() {
		// closed form: grey = 255 * (HU - (C - W/2)) / W; C = 40, W = 400, HU = 140 -> 255 * 300/400 = 191.25 -> 191
		Raster r = SliceRenderer.render(new SliceScene(uniformCt(140), Optional.empty(), List.of()),
				new SlicePlane(SlicePlane.Orientation.AXIAL, 2), SliceStyle.of(WindowPreset.ABDOMEN, 1.0, 1, 10));
		assertEquals(80, r.width()); // 40 voxels * 2 mm / 1 mm per pixel
		assertEquals(60, r.height());
		assertEquals(0xff000000 | 191 << 16 | 191 << 8 | 191, r.get(10, 10));
	}

	@Test
	void isodoseLineLiesWhereALinearDoseCrossesTheLevel() {
		// dose D = 50 + 0.5 Gy/mm * x (the synthetic-sphere RTDOSE law); the 55 Gy line is at x = 10 mm
		float[] d = new float[ct.voxelCount()];
		for (int k = 0; k < ct.nz(); k++) {
			for (int j = 0; j < ct.ny(); j++) {
				for (int i = 0; i < ct.nx(); i++) {
					d[ct.index(i, j, k)] = (float) (50 + 0.5 * ct.toPatientMm(i, j, k).x());
				}
			}
		}
		SliceStyle style = new SliceStyle(40, 400, 1.0, 1000, 2000, 0.5, new double[] { 55 }, false);
		Raster r = SliceRenderer.render(new SliceScene(uniformCt(40), Optional.of(new FloatVolume(ct, d)), List.of()),
				new SlicePlane(SlicePlane.Orientation.AXIAL, 2), style);
		// pixel px samples x = px - 40.5 mm (1 mm pixels, first voxel centre at -40 mm): 55 Gy lies between
		// pixels 50 (54.75 Gy) and 51 (55.25 Gy); pixel 50 is marked, drawn 2 px wide -> 49..50
		int row = 30;
		int first = -1;
		for (int x = 0; x < r.width(); x++) {
			if (isColoured(r.get(x, row))) {
				first = x;
				break;
			}
		}
		assertEquals(49, first, "first isodose pixel");
	}

	@Test
	void structureOutlineFollowsTheMaskBoundary() {
		// a box mask covering voxels i = 10..19 (x = -20..-2 mm centres; edges -21..-1 mm)
		float[] f = new float[ct.voxelCount()];
		for (int k = 0; k < ct.nz(); k++) {
			for (int j = 5; j < 25; j++) {
				for (int i = 10; i < 20; i++) {
					f[ct.index(i, j, k)] = 1;
				}
			}
		}
		SliceScene scene = new SliceScene(uniformCt(-1000), Optional.empty(),
				List.of(new SliceScene.Outline("Box", 0x00ff00, new Mask(ct, f), 1)));
		Raster r = SliceRenderer.render(scene, new SlicePlane(SlicePlane.Orientation.AXIAL, 2),
				SliceStyle.of(WindowPreset.ABDOMEN, 1.0, 1, 10));
		// pixel px samples cell u = (px + 0.5) / 2 - 0.5: pixel 19 -> u 9.25 (fraction 0.25), pixel 20 -> 9.75 (0.75),
		// so the 0.5 crossing marks pixel 19
		assertEquals(0xff00ff00, r.get(19, 30));
		assertFalse(r.get(30, 30) == 0xff00ff00, "inside the box is not outlined");
	}

	@Test
	void outlineOfAMaskInThePlaneCornerIsTracedWithinItsBoxAndClosed() {
		// a 5 x 5 voxel mask in the corner (i, j = 0..4): pixel p samples cell (p + 0.5) / 2 - 0.5, so pixel 9 has
		// fraction 0.75 and pixel 10 has 0.25; the 0.5 crossing marks column 9 (rows 0..9) and row 9 (columns
		// 0..8): 19 pixels, and none at the plane's edge, where the mask is cut rather than bounded
		float[] f = new float[ct.voxelCount()];
		for (int k = 0; k < ct.nz(); k++) {
			for (int j = 0; j < 5; j++) {
				for (int i = 0; i < 5; i++) {
					f[ct.index(i, j, k)] = 1;
				}
			}
		}
		SliceScene scene = new SliceScene(uniformCt(-1000), Optional.empty(),
				List.of(new SliceScene.Outline("Corner", 0x00ff00, new Mask(ct, f), 1)));
		Raster r = SliceRenderer.render(scene, new SlicePlane(SlicePlane.Orientation.AXIAL, 2),
				SliceStyle.of(WindowPreset.ABDOMEN, 1.0, 1, 10));
		int marked = 0;
		for (int y = 0; y < r.height(); y++) {
			for (int x = 0; x < r.width(); x++) {
				if (r.get(x, y) == 0xff00ff00) {
					marked++;
					assertTrue(x == 9 && y <= 9 || y == 9 && x <= 9, "outline pixel at (" + x + ", " + y + ")");
				}
			}
		}
		assertEquals(19, marked);
	}

	@Test
	void perceptualMapGetsLighterAllTheWayAndIsChosenByItsPreferenceId() {
		// OKLab (B. Ottosson 2020) closed form: L = 1 is white, L = 0 black, L = 0.5 achromatic is linear 0.125,
		// sRGB-encoded 1.055 * 0.125^(1/2.4) - 0.055 = 0.3885 -> 99
		assertEquals(0xffffff, Colormap.oklabToRgb(1, 0, 0));
		assertEquals(0x000000, Colormap.oklabToRgb(0, 0, 0));
		assertEquals(99 << 16 | 99 << 8 | 99, Colormap.oklabToRgb(0.5, 0, 0));
		double previous = -1;
		for (int s = 0; s <= 100; s++) {
			double y = Colormap.luminance(Colormap.PERCEPTUAL.rgbAt(s / 100.0));
			assertTrue(y > previous, "luminance rises at t = " + s / 100.0);
			previous = y;
		}
		// the rainbow is not monotonic: yellow (0.75) is lighter than red (1.0)
		assertTrue(Colormap.luminance(Colormap.DOSE_WASH.rgbAt(0.75)) > Colormap.luminance(Colormap.DOSE_WASH.rgbAt(1.0)));
		assertEquals(Colormap.PERCEPTUAL, Colormap.wash("perceptual"));
		assertEquals(Colormap.DOSE_WASH, Colormap.wash("rainbow"));
		assertEquals(Colormap.DOSE_WASH, Colormap.wash("no-such-map"));
	}

	@Test
	void doseWashUsesTheStyleColourMap() {
		// a uniform 10 Gy dose at the wash maximum takes the top colour of the map, blended at alpha 0.45 over the
		// CT grey of -1000 HU (black): channel = round(c * 115 / 255) (Raster.blend with alpha 115)
		float[] d = new float[ct.voxelCount()];
		java.util.Arrays.fill(d, 10f);
		SliceScene scene = new SliceScene(uniformCt(-1000), Optional.of(new FloatVolume(ct, d)), List.of());
		SliceStyle style = SliceStyle.of(WindowPreset.ABDOMEN, 1.0, 1, 10).withColormap(Colormap.PERCEPTUAL);
		int top = Colormap.PERCEPTUAL.rgbAt(1);
		int alpha = (int) Math.round(255 * 0.45);
		int expected = 0xff000000 | blendOverBlack((top >> 16) & 0xff, alpha) << 16 | blendOverBlack((top >> 8) & 0xff, alpha) << 8
				| blendOverBlack(top & 0xff, alpha);
		assertEquals(expected, SliceRenderer.render(scene, new SlicePlane(SlicePlane.Orientation.AXIAL, 2), style).get(40, 30));
	}

	private static int blendOverBlack(int channel, int alpha) {
		return (channel * alpha + 127) / 255;
	}

	@Test
	void coronalPlaneShowsSuperiorAtTheTop() {
		float[] hu = new float[ct.voxelCount()];
		for (int j = 0; j < ct.ny(); j++) {
			for (int i = 0; i < ct.nx(); i++) {
				hu[ct.index(i, j, ct.nz() - 1)] = 1000; // the most superior slice is bright
			}
		}
		Raster r = SliceRenderer.render(new SliceScene(new FloatVolume(ct, hu), Optional.empty(), List.of()),
				new SlicePlane(SlicePlane.Orientation.CORONAL, 15), SliceStyle.of(WindowPreset.ABDOMEN, 2.0, 1, 10));
		assertEquals(0xffffffff, r.get(5, 0), "top row is the superior slice");
		// closed form: 0 HU in window C 40 / W 400 -> 255 * 160 / 400 = 102 = 0x66
		assertEquals(0xff666666, r.get(5, r.height() - 1), "bottom row is the inferior slice at 0 HU");
	}

	@Test
	void pngEncodingDecodesToTheSamePixels() throws Exception {
		Raster r = Raster.filled(7, 3, 0xff102030);
		r.blend(2, 1, 0xffff0000);
		var img = ImageIO.read(new ByteArrayInputStream(PngWriter.encode(r)));
		assertEquals(7, img.getWidth());
		assertEquals(0x102030, img.getRGB(0, 0) & 0xffffff);
		assertEquals(0xff0000, img.getRGB(2, 1) & 0xffffff);
	}

	@Test
	void dvhSvgEscapesNamesReadFromFiles() {
		String svg = DvhPlot.svg(List.of(new DvhPlot.Series("<script>alert(1)</script>", "\"><img src=x onerror=y>",
				0xff0000, 0, new double[] { 0, 10, 20 }, new double[] { 100, 50, 0 })), "DVH", "Volume (%)", 600, 400);
		assertFalse(svg.contains("<script>"), svg);
		assertFalse(svg.contains("<img"), svg);
		assertTrue(svg.contains("&lt;script&gt;"));
	}

	private static boolean isColoured(int argb) {
		int r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
		return Math.abs(r - g) > 30 || Math.abs(g - b) > 30;
	}
}
