package org.latticebench.optimization.internal;

import org.latticebench.optimization.StructureVoxels;

/**
 * Maximum mean dose: f = max(0, D̄ − d̂)², with D̄ = (1/V) Σ v_i d_i the volume-weighted mean,
 * so ∂f/∂d_i = 2 max(0, D̄ − d̂) v_i / V.
 */
public final class MeanDoseObjective extends StructureObjective {

	public MeanDoseObjective(String typeId, String structureName, StructureVoxels voxels, double doseGy) {
		super(typeId, structureName, voxels, doseGy);
	}

	private double mean(double[] doseGy) {
		double s = 0;
		for (int i = 0; i < rows.length; i++) {
			s += weights[i] * doseGy[rows[i]];
		}
		return s / volume;
	}

	@Override
	public double valueAndGradient(double[] doseGy, double scale, double[] gradientOut) {
		if (volume <= 0) {
			return 0;
		}
		double excess = mean(doseGy) - referenceDoseGy;
		if (excess <= 0) {
			return 0;
		}
		if (gradientOut != null) {
			for (int i = 0; i < rows.length; i++) {
				gradientOut[rows[i]] += scale * 2 * excess * weights[i] / volume;
			}
		}
		return excess * excess;
	}

	@Override
	public double violationGy(double[] doseGy) {
		return volume <= 0 ? 0 : Math.max(0, mean(doseGy) - referenceDoseGy);
	}
}
