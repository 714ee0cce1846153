package org.latticebench.evaluation.internal;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;

/** Trilinear resampling of a volume onto another grid (same rules as the DVH engine's sampling). */
public final class Resampler {

	private Resampler() {
	}

	/** Samples {@code source} at every voxel centre of {@code target}; beyond the source's extent the value is {@code outside}. */
	public static FloatVolume resample(FloatVolume source, Grid3 target, float outside) {
		if (source.grid().sameGeometry(target)) {
			return new FloatVolume(target, source.values().clone());
		}
		DvhEngine.Affine map = DvhEngine.Affine.between(target, source.grid());
		float[] out = new float[target.voxelCount()];
		java.util.stream.IntStream.range(0, target.nz()).parallel().forEach(k -> {
			DvhEngine.Sampler sampler = new DvhEngine.Sampler(source);
			for (int j = 0; j < target.ny(); j++) {
				for (int i = 0; i < target.nx(); i++) {
					double v = sampler.sample(map.di(i, j, k), map.dj(i, j, k), map.dk(i, j, k));
					out[target.index(i, j, k)] = sampler.lastWasOutside ? outside : (float) v;
				}
			}
		});
		return new FloatVolume(target, out);
	}

	/** Nearest-voxel lookup of a mask fraction at a target grid's voxel centres (0 outside the mask grid). */
	public static float[] nearestFractions(org.latticebench.core.Mask mask, Grid3 target) {
		Grid3 mg = mask.grid();
		DvhEngine.Affine map = DvhEngine.Affine.between(target, mg);
		float[] out = new float[target.voxelCount()];
		for (int k = 0; k < target.nz(); k++) {
			for (int j = 0; j < target.ny(); j++) {
				for (int i = 0; i < target.nx(); i++) {
					int mi = (int) Math.round(map.di(i, j, k)), mj = (int) Math.round(map.dj(i, j, k)),
							mk = (int) Math.round(map.dk(i, j, k));
					if (mg.contains(mi, mj, mk)) {
						out[target.index(i, j, k)] = mask.fraction()[mg.index(mi, mj, mk)];
					}
				}
			}
		}
		return out;
	}
}
