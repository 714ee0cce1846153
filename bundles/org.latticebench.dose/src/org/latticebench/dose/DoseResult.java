package org.latticebench.dose;

import java.time.Duration;

import org.latticebench.core.FloatVolume;

/**
 * The dose of a request and how it was obtained.
 * <p>
 * Normalisation: dose is in Gy per unit fluence weight, calibrated so that an open 10×10 cm²
 * field at SSD 100 cm on water with every beamlet weight 1 gives 1 Gy at the depth of maximum
 * dose on the central axis. With the common machine calibration of 1 cGy/MU under those
 * conditions, a weight of 1 is 100 MU.
 *
 * @param doseGy   dose on the request's dose grid, 0 outside the body mask
 * @param engineId the engine that computed it
 * @param stats    timings and counts
 * @since 0.1
 */
public record DoseResult(FloatVolume doseGy, String engineId, DoseStats stats) {

	/**
	 * @param elapsed        wall-clock time of the whole calculation
	 * @param physicsTime    time inside the engine's physics
	 * @param voxels         voxels in which dose was computed
	 * @param beams          beams computed
	 * @param threads        worker threads used
	 * @param estimatedBytes memory estimate made before the calculation
	 * @param maxDoseGy      maximum dose
	 */
	public record DoseStats(Duration elapsed, Duration physicsTime, int voxels, int beams, int threads,
			long estimatedBytes, double maxDoseGy) {
	}
}
