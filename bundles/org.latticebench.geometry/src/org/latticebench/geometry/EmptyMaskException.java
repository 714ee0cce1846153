package org.latticebench.geometry;

import org.latticebench.core.LatticeBenchException;

/**
 * A quantity that needs at least one voxel (centroid, bounding box) was asked of an empty mask,
 * e.g. an empty RTSTRUCT ROI. Callers check {@code mask.isEmpty()} first where empty is normal.
 *
 * @since 0.1
 */
public class EmptyMaskException extends LatticeBenchException {

	private static final long serialVersionUID = 1L;

	public EmptyMaskException(String what) {
		super("the mask is empty, so it has no " + what);
	}
}
