package org.latticebench.ui.internal.session;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;

/**
 * Plan A − plan B for the slice viewer's difference mode, on A's dose grid (B sampled
 * trilinearly at A's voxel centres when the grids differ, 0 outside B's grid). A display
 * quantity only: no metric is computed from it.
 */
public final class DoseDifference {

	private DoseDifference() {
	}

	public static FloatVolume of(FloatVolume aGy, FloatVolume bGy) {
		Grid3 g = aGy.grid();
		float[] a = aGy.values();
		float[] out = new float[a.length];
		if (bGy.grid().sameGeometry(g)) {
			float[] b = bGy.values();
			for (int i = 0; i < a.length; i++) {
				out[i] = a[i] - b[i];
			}
			return new FloatVolume(g, out);
		}
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					int n = g.index(i, j, k);
					out[n] = (float) (a[n] - bGy.sampleTrilinear(g.toPatientMm(i, j, k), 0));
				}
			}
		}
		return new FloatVolume(g, out);
	}

	/** The largest |A − B|, for a symmetric colour scale. */
	public static double maxAbsGy(FloatVolume diffGy) {
		double m = 0;
		for (float v : diffGy.values()) {
			m = Math.max(m, Math.abs(v));
		}
		return m;
	}
}
