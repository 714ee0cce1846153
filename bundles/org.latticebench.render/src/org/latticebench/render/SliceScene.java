package org.latticebench.render;

import java.util.List;
import java.util.Optional;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;

/**
 * What a slice picture shows: the CT, an optional dose (any grid; sampled at the CT plane), and
 * structure outlines.
 *
 * @param doseGy dose in Gy, or a dose difference in Gy for a difference view
 * @since 0.1
 */
public record SliceScene(FloatVolume ctHu, Optional<FloatVolume> doseGy, List<Outline> outlines) {

	/** A structure drawn as its 50 % partial-volume outline. */
	public record Outline(String name, int rgb, Mask mask, int thicknessPx) {
	}

	public SliceScene {
		outlines = List.copyOf(outlines);
	}
}
