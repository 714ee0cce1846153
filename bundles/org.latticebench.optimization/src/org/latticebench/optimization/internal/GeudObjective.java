package org.latticebench.optimization.internal;

import org.latticebench.optimization.StructureVoxels;

/**
 * Generalised equivalent uniform dose (Niemierko, Med. Phys. 26 (1999) 1100):
 * gEUD = (Σ (v_i/V) d_i^a)^(1/a). An upper goal gives f = max(0, gEUD − d̂)², a lower goal
 * f = max(0, d̂ − gEUD)². ∂gEUD/∂d_i = (v_i/V) (d_i/gEUD)^(a−1).
 * <p>
 * Powers are taken of d_i/s, with s the largest dose for a &gt; 0 and the smallest for a &lt; 0,
 * so every power is at most 1 and nothing overflows for large |a|. For a &lt; 1 doses are floored at
 * {@link #DOSE_FLOOR_GY}, where d^(a−1) would otherwise diverge.
 */
public final class GeudObjective extends StructureObjective {

	/** Doses below this are treated as this, for a &lt; 1 only. */
	public static final double DOSE_FLOOR_GY = 1e-6;

	private final double a;
	private final boolean upper;

	public GeudObjective(String typeId, String structureName, StructureVoxels voxels, double doseGy, double a,
			boolean upper) {
		super(typeId, structureName, voxels, doseGy);
		this.a = a;
		this.upper = upper;
	}

	private double clamp(double d) {
		return a < 1 ? Math.max(d, DOSE_FLOOR_GY) : Math.max(d, 0);
	}

	/** gEUD in Gy. */
	public double geudGy(double[] doseGy) {
		return geud(doseGy)[0];
	}

	/** {gEUD, scale s}. */
	private double[] geud(double[] doseGy) {
		if (rows.length == 0) {
			return new double[] { 0, 1 };
		}
		double s = a > 0 ? 0 : Double.POSITIVE_INFINITY;
		for (int r : rows) {
			double d = clamp(doseGy[r]);
			s = a > 0 ? Math.max(s, d) : Math.min(s, d);
		}
		if (s <= 0) {
			return new double[] { 0, 1 };
		}
		double sum = 0;
		for (int i = 0; i < rows.length; i++) {
			sum += weights[i] / volume * Math.pow(clamp(doseGy[rows[i]]) / s, a);
		}
		return new double[] { s * Math.pow(sum, 1 / a), s };
	}

	@Override
	public double valueAndGradient(double[] doseGy, double scale, double[] gradientOut) {
		if (volume <= 0) {
			return 0;
		}
		double[] gs = geud(doseGy);
		double g = gs[0];
		double miss = upper ? g - referenceDoseGy : referenceDoseGy - g;
		if (miss <= 0 || g <= 0) {
			return 0;
		}
		if (gradientOut != null) {
			// ∂f/∂d_i = ±2 miss · ∂gEUD/∂d_i
			double sign = upper ? 2 * miss : -2 * miss;
			for (int i = 0; i < rows.length; i++) {
				double raw = doseGy[rows[i]];
				if (a < 1 && raw < DOSE_FLOOR_GY) {
					continue; // the floor is flat
				}
				double d = clamp(raw);
				gradientOut[rows[i]] += scale * sign * weights[i] / volume * Math.pow(d / g, a - 1);
			}
		}
		return miss * miss;
	}

	@Override
	public double violationGy(double[] doseGy) {
		double g = geudGy(doseGy);
		return Math.max(0, upper ? g - referenceDoseGy : referenceDoseGy - g);
	}

	@Override
	public String describe() {
		return super.describe() + " a=" + a;
	}
}
