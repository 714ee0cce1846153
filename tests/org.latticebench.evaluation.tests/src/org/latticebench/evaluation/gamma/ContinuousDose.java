package org.latticebench.evaluation.gamma;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;

/** A dose given as a continuous function of position (mm to Gy), and sampled onto grids. */
@FunctionalInterface
interface ContinuousDose {

	double doseGy(double x, double y, double z);

	default FloatVolume sample(Grid3 g) {
		float[] v = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 p = g.toPatientMm(i, j, k);
					v[g.index(i, j, k)] = (float) doseGy(p.x(), p.y(), p.z());
				}
			}
		}
		return new FloatVolume(g, v);
	}

	/** This dose moved by (dx, dy, dz) mm: D'(x) = D(x - shift). */
	default ContinuousDose shifted(double dx, double dy, double dz) {
		return (x, y, z) -> doseGy(x - dx, y - dy, z - dz);
	}

	default ContinuousDose scaled(double factor) {
		return (x, y, z) -> factor * doseGy(x, y, z);
	}

	/** A smooth blob: base + peak * exp(-r^2 / (2 sigma^2)) around the origin. */
	static ContinuousDose gaussian(double baseGy, double peakGy, double sigmaMm) {
		return (x, y, z) -> baseGy + peakGy * Math.exp(-(x * x + y * y + z * z) / (2 * sigmaMm * sigmaMm));
	}

	/**
	 * A plan-like dose: a 50 mm cube field at 10 Gy with erf penumbrae (sigma 6 mm, an 80-20 %
	 * penumbra of 10 mm as for 6 MV at depth), two 6 Gy Gaussian peaks (sigma 12 mm) at x = +-30 mm,
	 * on a 1 Gy bath.
	 */
	static ContinuousDose planLike() {
		return (x, y, z) -> {
			double field = 10 * band(x, 25, 6) * band(y, 25, 6) * band(z, 25, 6);
			double p1 = 6 * Math.exp(-((x - 30) * (x - 30) + y * y + z * z) / 288.0);
			double p2 = 6 * Math.exp(-((x + 30) * (x + 30) + y * y + z * z) / 288.0);
			return 1 + field + p1 + p2;
		};
	}

	/**
	 * A 70 mm cube field at 10 Gy with sharp erf penumbrae (sigma 3 mm) on a 1 Gy bath: within 10 mm of
	 * the centre the penumbra terms differ from 1 by less than 1e-15, so the dose is flat there.
	 */
	static ContinuousDose flatField() {
		return (x, y, z) -> 1 + 10 * band(x, 35, 3) * band(y, 35, 3) * band(z, 35, 3);
	}

	private static double band(double t, double halfWidth, double sigma) {
		return 0.5 * (erf((t + halfWidth) / (sigma * Math.sqrt(2))) - erf((t - halfWidth) / (sigma * Math.sqrt(2))));
	}

	/** erf by Abramowitz and Stegun 7.1.26, |error| &lt; 1.5e-7. */
	static double erf(double x) {
		double t = 1 / (1 + 0.3275911 * Math.abs(x));
		double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
				* Math.exp(-x * x);
		return x >= 0 ? y : -y;
	}
}
