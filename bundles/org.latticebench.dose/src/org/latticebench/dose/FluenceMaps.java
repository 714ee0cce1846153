package org.latticebench.dose;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;
import org.latticebench.dose.internal.BeamFrame;

/**
 * Beamlet layouts for optimisation.
 *
 * @since 0.1
 */
public final class FluenceMaps {

	private FluenceMaps() {
	}

	/**
	 * A map of beamlets of the given size (on the isocentre plane) covering the beam's-eye-view
	 * projection of a target plus a margin: a beamlet gets weight 1 when some target voxel centre
	 * projects into the beamlet square grown by {@code marginMm}; the others get 0 (no column).
	 *
	 * @throws IllegalArgumentException when the target is empty or lies behind the source
	 */
	public static FluenceMap coveringTarget(BeamSpec beam, Mask target, double beamletSizeMm, double marginMm) {
		BeamFrame frame = BeamFrame.of(beam);
		float[] fr = target.fraction();
		int nx = target.grid().nx(), ny = target.grid().ny();
		int count = 0;
		double[] uv = new double[2 * target.voxelsInside()];
		for (int g = 0; g < fr.length; g++) {
			if (fr[g] > 0) {
				Vec3 r = target.grid().toPatientMm(g % nx, (g / nx) % ny, g / (nx * ny)).minus(frame.sourceMm());
				double z = r.dot(frame.axis());
				if (z < 1) {
					throw new IllegalArgumentException("target voxel " + g + " lies behind the source of beam " + beam.name());
				}
				uv[2 * count] = r.dot(frame.xb()) * beam.sadMm() / z;
				uv[2 * count + 1] = r.dot(frame.yb()) * beam.sadMm() / z;
				count++;
			}
		}
		if (count == 0) {
			throw new IllegalArgumentException("target mask is empty");
		}
		double uMin = Double.MAX_VALUE, uMax = -Double.MAX_VALUE, vMin = Double.MAX_VALUE, vMax = -Double.MAX_VALUE;
		for (int p = 0; p < count; p++) {
			uMin = Math.min(uMin, uv[2 * p]);
			uMax = Math.max(uMax, uv[2 * p]);
			vMin = Math.min(vMin, uv[2 * p + 1]);
			vMax = Math.max(vMax, uv[2 * p + 1]);
		}
		double b = beamletSizeMm;
		// beamlet grid aligned so that the beam axis falls on a beamlet corner
		int ix0 = (int) Math.floor((uMin - marginMm) / b), ix1 = (int) Math.floor((uMax + marginMm) / b);
		int iy0 = (int) Math.floor((vMin - marginMm) / b), iy1 = (int) Math.floor((vMax + marginMm) / b);
		int mx = ix1 - ix0 + 1, my = iy1 - iy0 + 1;
		float[] w = new float[mx * my];
		for (int p = 0; p < count; p++) {
			int ax = (int) Math.floor((uv[2 * p] - marginMm) / b) - ix0, bx = (int) Math.floor((uv[2 * p] + marginMm) / b) - ix0;
			int ay = (int) Math.floor((uv[2 * p + 1] - marginMm) / b) - iy0,
					by = (int) Math.floor((uv[2 * p + 1] + marginMm) / b) - iy0;
			for (int iy = ay; iy <= by; iy++) {
				for (int ix = ax; ix <= bx; ix++) {
					w[ix + mx * iy] = 1f;
				}
			}
		}
		return new FluenceMap(b, mx, my, (ix0 + 0.5) * b, (iy0 + 0.5) * b, w);
	}
}
