package org.latticebench.optimization.internal;

import org.latticebench.optimization.Objective;
import org.latticebench.optimization.StructureVoxels;

/** Common state of the built-in objectives: the structure's voxels, its volume and the reference dose. */
abstract class StructureObjective implements Objective {

	protected final String typeId;
	protected final String structureName;
	protected final int[] rows;
	protected final float[] weights;
	/** The structure volume in voxel units (sum of partial-volume weights). */
	protected final double volume;
	protected final double referenceDoseGy;

	StructureObjective(String typeId, String structureName, StructureVoxels voxels, double referenceDoseGy) {
		this.typeId = typeId;
		this.structureName = structureName;
		this.rows = voxels.rows();
		this.weights = voxels.weights();
		this.volume = voxels.volumeVoxels();
		this.referenceDoseGy = referenceDoseGy;
	}

	@Override
	public double value(double[] doseGy) {
		return valueAndGradient(doseGy, 0, null);
	}

	@Override
	public double referenceDoseGy() {
		return referenceDoseGy;
	}

	@Override
	public String describe() {
		return typeId + " " + structureName + " " + referenceDoseGy + " Gy";
	}

	protected double[] structureDose(double[] doseGy) {
		return DoseStatistics.gather(doseGy, rows);
	}

	protected double minDose(double[] doseGy) {
		double m = Double.POSITIVE_INFINITY;
		for (int r : rows) {
			m = Math.min(m, doseGy[r]);
		}
		return rows.length == 0 ? referenceDoseGy : m;
	}

	protected double maxDose(double[] doseGy) {
		double m = Double.NEGATIVE_INFINITY;
		for (int r : rows) {
			m = Math.max(m, doseGy[r]);
		}
		return rows.length == 0 ? referenceDoseGy : m;
	}
}
