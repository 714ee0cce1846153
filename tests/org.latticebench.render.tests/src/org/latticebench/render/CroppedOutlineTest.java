package org.latticebench.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

/** Outlines of structures cropped to their box of the CT (as imported) draw exactly as the whole-grid masks do. */
class CroppedOutlineTest {

	// 40 x 30 x 6 voxels of 2 mm
	private final Grid3 ct = Grid3.axisAligned(new Vec3(-40, -30, 0), new Vec3(2, 2, 2), 40, 30, 6);

	@Test
	void croppedAndWholeGridMasksDrawTheSameOutlinesOnEveryOrientation() {
		Mask whole = ellipsoid();
		Mask cropped = whole.cropped();
		assertTrue(cropped.fraction().length < whole.fraction().length / 3, cropped.grid().toString());
		SliceStyle style = SliceStyle.of(WindowPreset.ABDOMEN, 1.0, 1, 10);
		int compared = 0;
		for (SlicePlane.Orientation o : SlicePlane.Orientation.values()) {
			for (int index = 0; index < SlicePlane.sliceCount(ct, o); index++) {
				SlicePlane plane = new SlicePlane(o, index);
				int[] a = SliceRenderer.render(scene(whole), plane, style).argb();
				int[] b = SliceRenderer.render(scene(cropped), plane, style).argb();
				assertArrayEquals(a, b, plane.toString());
				compared++;
			}
		}
		assertTrue(compared == 6 + 30 + 40, "every axial, coronal and sagittal plane");
	}

	@Test
	void aPlaneThatMissesTheBoxDrawsNoOutline() {
		Mask cropped = ellipsoid().cropped(); // slices k = 2..4 hold the structure; the box adds k = 1 and 5
		SliceStyle style = SliceStyle.of(WindowPreset.ABDOMEN, 1.0, 1, 10);
		SlicePlane below = new SlicePlane(SlicePlane.Orientation.AXIAL, 0);
		int[] none = SliceRenderer.render(new SliceScene(ct(), Optional.empty(), List.of()), below, style).argb();

		assertArrayEquals(none, SliceRenderer.render(scene(cropped), below, style).argb());
		int[] through = SliceRenderer.render(scene(cropped), new SlicePlane(SlicePlane.Orientation.AXIAL, 3), style).argb();
		assertFalse(Arrays.equals(none, through), "the plane through the structure shows its outline");
	}

	private SliceScene scene(Mask m) {
		return new SliceScene(ct(), Optional.empty(), List.of(new SliceScene.Outline("E", 0x00ff00, m, 1)));
	}

	private FloatVolume ct() {
		float[] v = new float[ct.voxelCount()];
		Arrays.fill(v, -1000f);
		return new FloatVolume(ct, v);
	}

	/** Fractions 1 inside an ellipsoid around voxel (20, 14, 3), 0.5 on a shell just outside it, on slices 2..4. */
	private Mask ellipsoid() {
		float[] f = new float[ct.voxelCount()];
		for (int k = 2; k <= 4; k++) {
			for (int j = 0; j < ct.ny(); j++) {
				for (int i = 0; i < ct.nx(); i++) {
					double r = Math.pow((i - 20) / 7.0, 2) + Math.pow((j - 14) / 5.0, 2) + Math.pow((k - 3) / 1.5, 2);
					f[ct.index(i, j, k)] = r <= 1 ? 1f : r <= 1.3 ? 0.5f : 0f;
				}
			}
		}
		return new Mask(ct, f);
	}
}
