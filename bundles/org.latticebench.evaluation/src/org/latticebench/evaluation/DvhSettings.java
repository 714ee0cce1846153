package org.latticebench.evaluation;

/**
 * How a DVH is computed.
 *
 * @param binWidthGy               differential bin width, Gy (default 0.01 Gy), &gt; 0
 * @param supersampleBelowCc       structures smaller than this (cc) are supersampled (default 30 cc)
 * @param supersampleBelowVoxels   structures covering fewer mask voxels than this are supersampled
 *                                 too (default 1000), so a coarse mask grid is refined whatever the volume
 * @param supersamplingPerAxis     0 = automatic: {@code max(3, ceil(3 * mask spacing / dose spacing))}
 *                                 samples per axis, capped at {@link #MAX_SUPERSAMPLING}; otherwise a
 *                                 fixed factor (1 = voxel centres only) applied to small structures
 * @since 0.1
 */
public record DvhSettings(double binWidthGy, double supersampleBelowCc, int supersampleBelowVoxels,
		int supersamplingPerAxis) {

	/** Upper bound on samples per axis (12^3 = 1728 samples per voxel). */
	public static final int MAX_SUPERSAMPLING = 12;

	public static final DvhSettings DEFAULT = new DvhSettings(0.01, 30.0, 1000, 0);

	public DvhSettings {
		if (!(binWidthGy > 0) || !Double.isFinite(binWidthGy)) {
			throw new IllegalArgumentException("DVH bin width must be a positive number of Gy, got " + binWidthGy);
		}
		if (!(supersampleBelowCc >= 0)) {
			throw new IllegalArgumentException("supersampling threshold must be >= 0 cc, got " + supersampleBelowCc);
		}
		if (supersampleBelowVoxels < 0) {
			throw new IllegalArgumentException("supersampling voxel threshold must be >= 0, got " + supersampleBelowVoxels);
		}
		if (supersamplingPerAxis < 0 || supersamplingPerAxis > MAX_SUPERSAMPLING) {
			throw new IllegalArgumentException(
					"supersampling must be 0 (automatic) to " + MAX_SUPERSAMPLING + " per axis, got " + supersamplingPerAxis);
		}
	}

	public DvhSettings withBinWidthGy(double newBinWidthGy) {
		return new DvhSettings(newBinWidthGy, supersampleBelowCc, supersampleBelowVoxels, supersamplingPerAxis);
	}

	public DvhSettings withSupersampling(double belowCc, int belowVoxels, int perAxis) {
		return new DvhSettings(binWidthGy, belowCc, belowVoxels, perAxis);
	}
}
