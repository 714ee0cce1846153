package org.latticebench.optimization.internal;

import org.latticebench.optimization.StructureVoxels;

/**
 * The voxel-wise quadratic penalties: f = (1/V) Σ v_i (d_i − d̂)² over the voxels where the penalty
 * is active, V the structure volume and v_i the partial-volume weights. Under-dose counts only
 * d_i &lt; d̂, over-dose only d_i &gt; d̂, deviation every voxel.
 */
public final class PiecewiseQuadraticObjective extends StructureObjective {

	/** Which side of the reference dose is penalised. */
	public enum Side {
		UNDER, OVER, BOTH
	}

	private final Side side;

	public PiecewiseQuadraticObjective(String typeId, String structureName, StructureVoxels voxels, double doseGy,
			Side side) {
		super(typeId, structureName, voxels, doseGy);
		this.side = side;
	}

	@Override
	public double valueAndGradient(double[] doseGy, double scale, double[] gradientOut) {
		if (volume <= 0) {
			return 0;
		}
		double sum = 0;
		for (int i = 0; i < rows.length; i++) {
			double dev = doseGy[rows[i]] - referenceDoseGy;
			boolean active = switch (side) {
			case UNDER -> dev < 0;
			case OVER -> dev > 0;
			case BOTH -> true;
			};
			if (active) {
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
		double under = Math.max(0, referenceDoseGy - minDose(doseGy));
		double over = Math.max(0, maxDose(doseGy) - referenceDoseGy);
		return switch (side) {
		case UNDER -> under;
		case OVER -> over;
		case BOTH -> Math.max(under, over);
		};
	}
}
