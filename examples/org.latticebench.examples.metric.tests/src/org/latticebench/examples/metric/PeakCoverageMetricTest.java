package org.latticebench.examples.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.DvhCalculator;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.MetricNotEvaluableException;

class PeakCoverageMetricTest {

	/** A sphere of radius 20 mm on a 1 mm grid (41^3 voxels plus a margin), centred on a voxel. */
	private static final double RADIUS_MM = 20;
	private static final Grid3 GRID = Grid3.axisAligned(new Vec3(-25, -25, -25), new Vec3(1, 1, 1), 51, 51, 51);
	private static final double RX_GY = 66.7; // the sphere boost of lattice-sfrt, DOMAIN.md [001]

	private final PeakCoverageMetric metric = new PeakCoverageMetric();

	private static Mask sphere() {
		float[] f = new float[GRID.voxelCount()];
		forEachVoxel((i, r) -> f[i] = r <= RADIUS_MM ? 1f : 0f);
		return new Mask(GRID, f);
	}

	/** Dose falling linearly from Rx at the centre to 0.9 Rx on the sphere surface (and on beyond). */
	private static FloatVolume radialDose() {
		float[] d = new float[GRID.voxelCount()];
		forEachVoxel((i, r) -> d[i] = (float) (RX_GY * (1 - 0.1 * r / RADIUS_MM)));
		return new FloatVolume(GRID, d);
	}

	private static FloatVolume uniformDose(double doseGy) {
		float[] d = new float[GRID.voxelCount()];
		java.util.Arrays.fill(d, (float) doseGy);
		return new FloatVolume(GRID, d);
	}

	private interface VoxelAction {
		void apply(int index, double radiusMm);
	}

	private static void forEachVoxel(VoxelAction action) {
		for (int k = 0; k < GRID.nz(); k++) {
			for (int j = 0; j < GRID.ny(); j++) {
				for (int i = 0; i < GRID.nx(); i++) {
					action.apply(GRID.index(i, j, k), GRID.toPatientMm(i, j, k).norm());
				}
			}
		}
	}

	private static MetricInput input(FloatVolume dose, Mask mask) {
		Dvh dvh = DvhCalculator.compute(dose, mask, DvhSettings.DEFAULT, ProgressMonitor.NULL);
		return MetricInput.of("PTV_peak", dvh, dose, mask);
	}

	@Test
	void radialFalloffCoversTheInnerHalfRadius() {
		// closed form: D(r) = Rx (1 - 0.1 r/R) >= 0.95 Rx  <=>  r <= R/2, so the covered fraction is
		// (1/2)^3 = 12.5 % of the sphere volume; voxelising a 20 mm sphere at 1 mm costs well under 0.5 points
		double value = metric.evaluate(input(radialDose(), sphere()).withPrescriptionGy(RX_GY));
		assertEquals(12.5, value, 0.5, "V(peak) coverage of the radial fall-off");
	}

	@Test
	void uniformPrescriptionCoversEverythingAndNinetyFourPercentNothing() {
		Mask sphere = sphere();
		// closed form: every voxel at Rx >= 0.95 Rx -> 100 %; every voxel at 0.94 Rx < 0.95 Rx -> 0 %
		assertEquals(100.0, metric.evaluate(input(uniformDose(RX_GY), sphere).withPrescriptionGy(RX_GY)), 1e-9);
		assertEquals(0.0, metric.evaluate(input(uniformDose(0.94 * RX_GY), sphere).withPrescriptionGy(RX_GY)), 1e-9);
	}

	@Test
	void structureWithoutPrescriptionIsNotEvaluableAndSaysWhy() {
		var e = assertThrows(MetricNotEvaluableException.class, () -> metric.evaluate(input(uniformDose(10), sphere())));
		assertTrue(e.getMessage().contains("PTV_peak") && e.getMessage().contains("prescription"), e.getMessage());
	}
}
