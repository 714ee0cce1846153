package org.latticebench.evaluation.robustness;

import java.util.stream.IntStream;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;

/**
 * The static approximation of a set-up error: the dose cloud is held in the room and the anatomy
 * moves. A structure point p that now sits at p + s receives the planned dose there, so the dose
 * seen by the (unmoved) structure masks is {@code D'(p) = D(p + s)}, sampled trilinearly. Beyond
 * the dose grid the dose is 0.
 *
 * @since 0.1
 */
public final class StaticShift {

	private StaticShift() {
	}

	/** The planned dose as the shifted anatomy receives it, on the same grid. */
	public static FloatVolume shiftedDose(FloatVolume doseGy, Vec3 shiftMm) {
		Grid3 g = doseGy.grid();
		if (shiftMm.equals(Vec3.ZERO)) {
			return doseGy.copy();
		}
		float[] out = new float[g.voxelCount()];
		IntStream.range(0, g.nz()).parallel().forEach(k -> {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					out[g.index(i, j, k)] = (float) doseGy.sampleTrilinear(g.toPatientMm(i, j, k).plus(shiftMm), 0);
				}
			}
		});
		return new FloatVolume(g, out);
	}
}
