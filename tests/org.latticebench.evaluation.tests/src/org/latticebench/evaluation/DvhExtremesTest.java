package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

/**
 * The DVH spreads each sample over the dose range of a small box around it, using the trilinear
 * gradient. Near a peak that range must not reach above the highest dose the interpolant can
 * take, which is the grid's maximum voxel value (a trilinear interpolant is bounded by its corner
 * values), nor below its minimum.
 */
class DvhExtremesTest {

	@Test
	void aSharpPeakOnACoarseGridGivesNoDmaxAboveTheHottestVoxel() {
		// a Gaussian of sigma 6 mm sampled at 8 mm, centred off the voxel centres so the central
		// differences at the hottest voxel are not zero: the case where the spread overshot
		Grid3 doseGrid = AnalyticPhantoms.grid(new Vec3(-40, -40, -40), 8.0, 11, 11, 11);
		FloatVolume dose = AnalyticPhantoms.dose(doseGrid,
				(x, y, z) -> 80.0 * Math.exp(-((x - 2.5) * (x - 2.5) + (y + 1.5) * (y + 1.5) + z * z) / (2 * 36.0)));
		Grid3 maskGrid = AnalyticPhantoms.grid(new Vec3(-30, -30, -30), 2.0, 31, 31, 31);
		Mask ball = AnalyticPhantoms.sphere(maskGrid, new Vec3(0, 0, 0), 20.0);
		float hottestVoxelGy = dose.max();
		float coldestVoxelGy = Float.POSITIVE_INFINITY;
		for (float v : dose.values()) {
			coldestVoxelGy = Math.min(coldestVoxelGy, v);
		}
		Dvh dvh = DvhCalculator.compute(dose, ball, DvhSettings.DEFAULT, ProgressMonitor.NULL);
		// closed-form bound: trilinear interpolation never leaves [min voxel, max voxel]
		assertTrue(dvh.maxGy() <= hottestVoxelGy + 1e-6, "Dmax " + dvh.maxGy() + " above the hottest voxel " + hottestVoxelGy);
		assertTrue(dvh.minGy() >= coldestVoxelGy - 1e-6, "Dmin " + dvh.minGy() + " below the coldest voxel " + coldestVoxelGy);
		assertTrue(dvh.doseAtVolumeCc(0.0) <= hottestVoxelGy + 1e-6);
	}
}
