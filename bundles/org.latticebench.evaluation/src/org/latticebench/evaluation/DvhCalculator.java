package org.latticebench.evaluation;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.evaluation.internal.DvhEngine;

/**
 * Computes DVHs from a dose grid and a partial-volume mask, which may lie on different grids.
 * <p>
 * The dose is sampled at the mask voxel centres by trilinear interpolation (exact at coincident
 * voxel centres), and each sample is weighted by the voxel's partial-volume fraction. Each sample
 * stands for a small box in which the dose is taken as linear (the interpolant's gradient; central
 * differences on voxel centres), so its volume is spread uniformly over that box's dose range
 * instead of being dropped into one bin: a linear field gives the exact DVH, with no staircase.
 * Small structures (see {@link DvhSettings}) are supersampled: each voxel is split into
 * {@code s^3} sub-voxels, each sampled trilinearly. A partial voxel's volume goes to the
 * sub-voxels inside the 0.5 level set of the trilinearly interpolated fractions, i.e. towards the
 * structure, not uniformly over the voxel. Because the rules depend only on the structure, not on
 * how the grids line up, coincident and non-coincident grids agree to within the trilinear
 * interpolation error. Mask voxels outside the dose grid (beyond half a dose voxel past the
 * outermost centre) are counted at 0 Gy and reported in {@link Dvh#outsideDoseGridCc()}.
 * <p>
 * Slices are processed in parallel; each slice has its own histogram and the histograms are
 * summed in slice order, so the result does not depend on the thread count.
 *
 * @since 0.1
 */
public final class DvhCalculator {

	private DvhCalculator() {
	}

	/**
	 * @throws org.latticebench.core.InvalidInputException when the mask is empty or the dose has
	 *                                                    non-finite values inside the structure
	 * @throws org.latticebench.core.CancelledException   when the monitor is cancelled
	 */
	public static Dvh compute(FloatVolume doseGy, Mask mask, DvhSettings settings, ProgressMonitor monitor) {
		return DvhEngine.compute(doseGy, mask, settings, monitor);
	}

	/** The samples per axis the calculator uses for this structure and dose grid. */
	public static int supersamplingFor(FloatVolume doseGy, Mask mask, DvhSettings settings) {
		return DvhEngine.supersamplingFor(doseGy.grid(), mask, settings);
	}
}
