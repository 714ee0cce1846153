package org.latticebench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.core.CancelledException;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintComparator;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.DvhCalculator;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.robustness.DvhBand;
import org.latticebench.evaluation.robustness.MetricSpread;
import org.latticebench.evaluation.robustness.ShiftScenario;
import org.latticebench.evaluation.robustness.StaticRobustness;
import org.latticebench.evaluation.robustness.StaticShift;

/**
 * {@link PlanRobustness} on a closed-form case: a dose rising linearly along x, D(x) = 0.5 Gy/mm
 * · x, and a box-shaped PTV. A static shift by s along x adds 0.5 · s Gy everywhere inside the
 * grid (trilinear interpolation is exact on a linear field); shifts along y and z change nothing.
 */
class PlanRobustnessTest {

	private static final Grid3 GRID = Grid3.axisAligned(Vec3.ZERO, new Vec3(2, 2, 2), 21, 11, 11);
	private static final double GY_PER_MM = 0.5;

	private static FloatVolume linearDose(double offsetGy) {
		float[] v = new float[GRID.voxelCount()];
		for (int k = 0; k < GRID.nz(); k++) {
			for (int j = 0; j < GRID.ny(); j++) {
				for (int i = 0; i < GRID.nx(); i++) {
					v[GRID.index(i, j, k)] = (float) (GY_PER_MM * GRID.toPatientMm(i, j, k).x() + offsetGy);
				}
			}
		}
		return new FloatVolume(GRID, v);
	}

	/** Voxels i 5..15 (x 10..30 mm, so 5..15 Gy), j and k 3..7. */
	private static Mask box() {
		float[] f = new float[GRID.voxelCount()];
		for (int k = 3; k <= 7; k++) {
			for (int j = 3; j <= 7; j++) {
				for (int i = 5; i <= 15; i++) {
					f[GRID.index(i, j, k)] = 1f;
				}
			}
		}
		return new Mask(GRID, f);
	}

	/** The mean dose over the box's voxel centres, as a target metric (lower is worse). */
	private static List<StaticRobustness.Metric> boxMean(FloatVolume dose) {
		Mask m = box();
		double sum = 0;
		int n = 0;
		for (int i = 0; i < m.fraction().length; i++) {
			if (m.fraction()[i] > 0) {
				sum += dose.values()[i];
				n++;
			}
		}
		return List.of(new StaticRobustness.Metric("PTV", "mean_gy", false, sum / n));
	}

	private static PlanRobustness.Result run(ProgressMonitor monitor) {
		StructureSnapshot ptv = StructureSnapshot.ofMask("PTV", StructureRole.TARGET, 0xff0000, 10, box());
		Constraint dmean = new Constraint("PTV", List.of("PTV"), "Dmean", ConstraintComparator.LESS_THAN, 11, "Gy",
				"test: an upper limit on the box mean");
		FloatVolume nominal = linearDose(0);
		return PlanRobustness.evaluate("linear", nominal, List.of(ptv), Map.of(), List.of(dmean),
				PlanRobustnessTest::boxMean, s -> StaticShift.shiftedDose(nominal, s.shiftMm()), ShiftScenario.axes(4),
				PlanRobustness.Mode.STATIC, monitor);
	}

	@Test
	void worstCaseAndRangeFollowTheDoseGradientTimesTheShift() {
		PlanRobustness.Result r = run(ProgressMonitor.NULL);
		assertEquals(7 * 2, r.values().size(), "nominal + 6 scenarios, one target metric and one constraint each");
		assertEquals(List.of("mean_gy"), r.targetSpreads().stream().map(MetricSpread::metric).toList());
		assertEquals(List.of("Dmean"), r.constraintSpreads().stream().map(MetricSpread::metric).toList());
		MetricSpread mean = r.spread("PTV", "mean_gy").orElseThrow();
		// closed form: the box's voxel centres run from 5 to 15 Gy, mean 10 Gy; +-4 mm along x is +-2 Gy
		assertEquals(10.0, mean.nominal(), 1e-5);
		assertEquals(8.0, mean.worst(), 1e-5, "a target metric's worst case is its lowest value (the -x shift)");
		assertEquals(4.0, mean.range(), 1e-5);
		MetricSpread constraint = r.spread("PTV", "Dmean").orElseThrow();
		// the same mean through the DVH (0.01 Gy bins); an upper limit's worst case is the highest value
		assertEquals(10.0, constraint.nominal(), 0.02);
		assertEquals(12.0, constraint.worst(), 0.02);
		assertEquals(4.0, constraint.range(), 0.02);
	}

	@Test
	void theBandIsTheEnvelopeOfTheShiftedDvhs() {
		PlanRobustness.Result r = run(ProgressMonitor.NULL);
		DvhBand band = r.band("PTV").orElseThrow();
		assertEquals(PlanRobustness.BAND_POINTS, band.doseGy().length);
		for (int p = 0; p < band.doseGy().length; p++) {
			assertTrue(band.minPct()[p] <= band.nominalPct()[p] + 1e-9 && band.nominalPct()[p] <= band.maxPct()[p] + 1e-9,
					"min <= nominal <= max at " + band.doseGy()[p] + " Gy");
		}
		// the upper edge at the top is the +x shift (D + 2 Gy, built here in closed form); the lower edge the -x shift
		Dvh plus = DvhCalculator.compute(linearDose(4 * GY_PER_MM), box(), DvhSettings.DEFAULT,
				ProgressMonitor.NULL);
		Dvh minus = DvhCalculator.compute(linearDose(-4 * GY_PER_MM), box(), DvhSettings.DEFAULT, ProgressMonitor.NULL);
		int at16 = nearest(band.doseGy(), 16.0);
		double d = band.doseGy()[at16];
		assertEquals(plus.volumeAtLeastPercent(d), band.maxPct()[at16], 1e-9);
		assertTrue(band.maxPct()[at16] > 5, "part of the box gets 16 Gy when shifted +x: " + band.maxPct()[at16]);
		assertEquals(0.0, band.nominalPct()[at16], 1e-9, "nominally nothing reaches 16 Gy (max 15 Gy)");
		int at8 = nearest(band.doseGy(), 8.0);
		assertEquals(minus.volumeAtLeastPercent(band.doseGy()[at8]), band.minPct()[at8], 1e-9);
	}

	@Test
	void aCancelledMonitorStopsBeforeTheFirstScenario() {
		ProgressMonitor cancelled = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(CancelledException.class, () -> run(cancelled));
	}

	private static int nearest(double[] values, double target) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (Math.abs(values[i] - target) < Math.abs(values[best] - target)) {
				best = i;
			}
		}
		return best;
	}
}
