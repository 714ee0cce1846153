package org.latticebench.optimization.internal;

import org.latticebench.optimization.StructureVoxels;

/**
 * Dose-volume (DVH) objectives in the formulation of Wu and Mohan (Med. Phys. 27 (2000) 701),
 * as also used by matRad: with D_x the current dose at volume x, a minimum-DVH goal
 * (D_x ≥ d̂) penalises the voxels with D_x ≤ d_i &lt; d̂, the ones that must be raised most cheaply
 * to meet it; a maximum-DVH goal (V_d̂ ≤ x, i.e. D_x ≤ d̂) penalises those with d̂ &lt; d_i ≤ D_x.
 * f = (1/V) Σ v_i (d_i − d̂)² over the penalised voxels. D_x moves with the dose, but the penalised
 * set is locally constant wherever voxel doses are distinct, so the gradient holds the set fixed.
 */
public final class DoseVolumeObjective extends StructureObjective {

	private final double volumePct;
	private final boolean minimum;

	public DoseVolumeObjective(String typeId, String structureName, StructureVoxels voxels, double doseGy,
			double volumePct, boolean minimum) {
		super(typeId, structureName, voxels, doseGy);
		this.volumePct = volumePct;
		this.minimum = minimum;
	}

	@Override
	public double valueAndGradient(double[] doseGy, double scale, double[] gradientOut) {
		if (volume <= 0) {
			return 0;
		}
		double dx = DoseStatistics.doseAtVolume(structureDose(doseGy), weights, volumePct);
		double lo = minimum ? dx : referenceDoseGy;
		double hi = minimum ? referenceDoseGy : dx;
		if (minimum ? dx >= referenceDoseGy : dx <= referenceDoseGy) {
			return 0;
		}
		double sum = 0;
		for (int i = 0; i < rows.length; i++) {
			double d = doseGy[rows[i]];
			boolean active = minimum ? (d >= lo && d < hi) : (d > lo && d <= hi);
			if (active) {
				double dev = d - referenceDoseGy;
				sum += weights[i] * dev * dev;
				if (gradientOut != null) {
					gradientOut[rows[i]] += scale * 2 * weights[i] * dev / volume;
				}
			}
		}
		return sum / volume;
	}

	@Override
	public double violationGy(double[] doseGy) {
		double dx = DoseStatistics.doseAtVolume(structureDose(doseGy), weights, volumePct);
		return Math.max(0, minimum ? referenceDoseGy - dx : dx - referenceDoseGy);
	}

	@Override
	public String describe() {
		return super.describe() + " at " + volumePct + " %";
	}
}
