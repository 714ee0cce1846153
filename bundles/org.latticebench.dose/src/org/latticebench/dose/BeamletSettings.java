package org.latticebench.dose;

/**
 * How a {@link DoseInfluenceMatrix} is truncated and sampled. The beamlets themselves (size,
 * extent, which are active) come from the request's {@link FluenceMap}s.
 *
 * @param coreMarginMm  the narrow (primary) kernel is stored at full resolution for voxels within
 *                      the beamlet plus this margin in X_b and Y_b (physical mm at the voxel);
 *                      10 mm is about 4.5 σ of the narrow kernel, range [2, 50]
 * @param tailCutoffMm  the broad kernels (wide primary and phantom scatter) are stored within this
 *                      distance of the beamlet centre; 150 mm keeps all but about 1 % of the
 *                      scatter at 20 cm depth, range [10, 500]
 * @param tailStride    the broad kernels are sampled on every {@code tailStride}-th voxel and
 *                      interpolated; 0 picks about 12 mm, 1 samples every voxel
 * @since 0.1
 */
public record BeamletSettings(double coreMarginMm, double tailCutoffMm, int tailStride) {

	public BeamletSettings {
		if (!(coreMarginMm >= 2 && coreMarginMm <= 50)) {
			throw new IllegalArgumentException("core margin must be in [2, 50] mm, got " + coreMarginMm);
		}
		if (!(tailCutoffMm >= 10 && tailCutoffMm <= 500)) {
			throw new IllegalArgumentException("tail cut-off must be in [10, 500] mm, got " + tailCutoffMm);
		}
		if (tailStride < 0 || tailStride > 16) {
			throw new IllegalArgumentException("tail stride must be in [0, 16], got " + tailStride);
		}
	}

	public static BeamletSettings defaults() {
		return new BeamletSettings(10, 150, 0);
	}
}
