package org.latticebench.core;

import java.util.List;
import java.util.Optional;

/**
 * An immutable view of one structure for compute code (which never walks EMF objects from worker
 * threads). Either the contours or the mask may be absent, never both once imported.
 *
 * @param name        the structure name as shown to the user, e.g. {@code GTV}
 * @param colorRgb    0xRRGGBB
 * @param alphaBetaGy the LQ alpha/beta ratio for voxelwise BED/EQD2
 * @param contours    planar contours (empty for structures made as masks)
 * @param mask        the partial-volume mask, when computed, on its own grid: imported structures
 *                    keep the box of the study's image grid around them ({@link Mask#cropped()}),
 *                    generated ones may lie on the whole image grid; consumers move it onto the grid
 *                    they need ({@link Mask#embedIn(Grid3)} or resampling)
 * @since 0.1
 */
public record StructureSnapshot(String name, StructureRole role, int colorRgb, double alphaBetaGy,
		List<PlanarContour> contours, Optional<Mask> mask) {

	public StructureSnapshot {
		contours = List.copyOf(contours);
	}

	public static StructureSnapshot ofMask(String name, StructureRole role, int colorRgb, double alphaBetaGy, Mask mask) {
		return new StructureSnapshot(name, role, colorRgb, alphaBetaGy, List.of(), Optional.of(mask));
	}

	public StructureSnapshot withMask(Mask newMask) {
		return new StructureSnapshot(name, role, colorRgb, alphaBetaGy, contours, Optional.of(newMask));
	}
}
