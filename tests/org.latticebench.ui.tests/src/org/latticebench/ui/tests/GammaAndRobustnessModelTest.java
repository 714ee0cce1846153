package org.latticebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintComparator;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.ConstraintStatus;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.DvhCalculator;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.robustness.DvhBand;
import org.latticebench.evaluation.robustness.MetricSpread;
import org.latticebench.evaluation.robustness.ShiftScenario;
import org.latticebench.render.DvhPlot;
import org.latticebench.render.Raster;
import org.latticebench.render.SlicePlane;
import org.latticebench.render.SliceRenderer;
import org.latticebench.render.SliceScene;
import org.latticebench.render.WindowPreset;
import org.latticebench.ui.internal.session.AnalysisRows;
import org.latticebench.ui.internal.session.ComparisonRows;
import org.latticebench.ui.internal.session.DvhSource;
import org.latticebench.ui.internal.session.GammaOverlay;
import org.latticebench.workflow.PlanRobustness;

/**
 * The models behind the gamma overlay, the DVH bands and the worst-case columns, on numbers
 * worked out by hand (no plans needed).
 */
class GammaAndRobustnessModelTest {

	@Test
	void overlayColoursPassGreenUpToOneAndWarnAboveIt() {
		// γ 0.5: table entry round(0.5 · 511) = 256 of the pass ramp's 511 steps, so 256/511 of the way from
		// 0x1a7a3a (26,122,58) to 0xa6e08a (166,224,138): (96.1, 173.1, 98.1) -> 0x60ad62
		assertEquals(0x60ad62, GammaOverlay.rgbOf(0.5));
		// γ 1.0 is the last pass entry: the light green itself
		assertEquals(GammaOverlay.PASS_HIGH, GammaOverlay.rgbOf(1.0));
		// γ 1.5: entry round(766.5) = 767, (767 − 512) / (1022 − 512) = 0.5 between yellow 0xffe14d and red 0xd7191c:
		// (235, 125, 52.5 -> 53) -> 0xeb7d35
		assertEquals(0xeb7d35, GammaOverlay.rgbOf(1.5));
		// the cap and beyond: the deepest red
		assertEquals(GammaOverlay.FAIL_HIGH, GammaOverlay.rgbOf(2.0));
		assertEquals(GammaOverlay.FAIL_HIGH, GammaOverlay.rgbOf(7.0));
	}

	@Test
	void theRendererDrawsTheOverlayColoursAndLeavesUnevaluatedVoxelsAndTheOutsideAlone() {
		// a CT row of 9 voxels, 2 mm; −1000 HU is black in the abdomen window (40/400); the gamma map covers the
		// first 7 voxels only (the dose grid is smaller than the CT)
		Grid3 ctGrid = Grid3.axisAligned(Vec3.ZERO, new Vec3(2, 2, 2), 9, 1, 1);
		Grid3 gammaGrid = Grid3.axisAligned(Vec3.ZERO, new Vec3(2, 2, 2), 7, 1, 1);
		float[] ct = new float[9];
		Arrays.fill(ct, -1000f);
		float[] gamma = { 0.5f, 1.0f, 1.5f, 1.5f, 1.5f, Float.NaN, Float.NaN };
		SliceScene scene = new SliceScene(new FloatVolume(ctGrid, ct),
				Optional.of(GammaOverlay.displayVolume(new FloatVolume(gammaGrid, gamma))), List.of());
		Raster r = SliceRenderer.render(scene, new SlicePlane(SlicePlane.Orientation.AXIAL, 0),
				GammaOverlay.style(WindowPreset.ABDOMEN, 2.0));
		assertEquals(9, r.width(), "one pixel per voxel at 2 mm");
		int alpha = (int) Math.round(255 * GammaOverlay.ALPHA);
		double[] shown = { 0.5, 1.0, 1.5 };
		for (int x = 0; x < shown.length; x++) {
			Raster expected = Raster.filled(1, 1, 0xff000000);
			expected.blend(0, 0, alpha << 24 | GammaOverlay.rgbOf(shown[x]));
			assertEquals(Integer.toHexString(expected.get(0, 0)), Integer.toHexString(r.get(x, 0)), "γ " + shown[x]);
		}
		assertEquals(0xff000000, r.get(6, 0), "a voxel without gamma (below the threshold) is not coloured");
		assertEquals(0xff000000, r.get(8, 0), "beyond the gamma grid nothing is coloured (not γ = 0)");
	}

	@Test
	void readoutTakesTheNearestVoxelAndSaysPassOrFail() {
		Grid3 g = Grid3.axisAligned(Vec3.ZERO, new Vec3(4, 4, 4), 3, 1, 1);
		FloatVolume map = new FloatVolume(g, new float[] { 0.43f, 1.27f, Float.NaN });
		// 5.9 mm is nearer voxel 1 (4 mm) than voxel 0: no interpolation between 0.43 and 1.27
		assertEquals(1.27, GammaOverlay.gammaAt(map, new Vec3(5.9, 0, 0)), 1e-6);
		assertEquals("γ 0.43 pass", GammaOverlay.readout(GammaOverlay.gammaAt(map, new Vec3(1.9, 0, 0)), 2));
		assertEquals("γ 1.27 FAIL", GammaOverlay.readout(1.27f, 2));
		assertEquals("γ ≥ 2.0 FAIL", GammaOverlay.readout(2.0, 2));
		assertTrue(GammaOverlay.readout(GammaOverlay.gammaAt(map, new Vec3(8, 0, 0)), 2).contains("not evaluated"));
		assertTrue(Double.isNaN(GammaOverlay.gammaAt(map, new Vec3(40, 0, 0))), "outside the grid");
	}

	@Test
	void bandOfUniformDosesIsTheirEnvelopeInPercentAndInCc() {
		// 8 voxels of 1 cc (10 mm spacing): 8 cc; uniform 10 Gy nominally, 8 Gy and 12 Gy in two scenarios
		Grid3 g = Grid3.axisAligned(Vec3.ZERO, new Vec3(10, 10, 10), 2, 2, 2);
		float[] inside = new float[8];
		Arrays.fill(inside, 1f);
		Mask box = new Mask(g, inside);
		Dvh nominal = uniform(g, box, 10), low = uniform(g, box, 8), high = uniform(g, box, 12);
		DvhBand band = DvhBand.of("PTV", nominal, List.of(low, high), 25);
		// doses 0, 0.5, ..., 12 Gy (25 points up to the highest maximum)
		assertEquals(12.0, band.doseGy()[24], 1e-9);
		int at9 = 18, at11 = 22;
		assertEquals(9.0, band.doseGy()[at9], 1e-9);
		assertEquals(11.0, band.doseGy()[at11], 1e-9);
		// at 9 Gy: all of it nominally and at 12 Gy, none at 8 Gy; at 11 Gy only the 12 Gy scenario covers it
		assertArrayEquals(new double[] { 0, 100 }, new double[] { band.minPct()[at9], band.maxPct()[at9] }, 1e-6);
		assertArrayEquals(new double[] { 0, 100 }, new double[] { band.minPct()[at11], band.maxPct()[at11] }, 1e-6);
		assertEquals(100.0, band.nominalPct()[at9], 1e-6);
		assertEquals(0.0, band.nominalPct()[at11], 1e-6);
		DvhPlot.Band pct = DvhSource.band(band, "plan", 0xff0000, true, nominal.totalVolumeCc());
		assertEquals(100.0, pct.maxVolume()[at11], 1e-6);
		DvhPlot.Band cc = DvhSource.band(band, "plan", 0xff0000, false, nominal.totalVolumeCc());
		// 100 % of 8 cc
		assertEquals(8.0, cc.maxVolume()[at11], 1e-6);
		assertEquals(0.0, cc.minVolume()[at11], 1e-6);
	}

	private static Dvh uniform(Grid3 g, Mask m, double doseGy) {
		float[] d = new float[g.voxelCount()];
		Arrays.fill(d, (float) doseGy);
		return DvhCalculator.compute(new FloatVolume(g, d), m, DvhSettings.DEFAULT, ProgressMonitor.NULL);
	}

	/** A known scenario set: nominal, then three shifts. */
	private static PlanRobustness.Result knownResult() {
		MetricSpread peak = MetricSpread.of("spheres", "peak_mean_gy", false, 60.0, List.of(60.0, 55.0, 62.0, 50.0));
		MetricSpread stomach = MetricSpread.of("Stomach", "Dmax", true, 25.0, List.of(25.0, 27.0, 31.0, 24.0));
		return new PlanRobustness.Result("lattice", PlanRobustness.Mode.STATIC, ShiftScenario.axes(3), List.of(),
				List.of(peak), List.of(stomach), List.of());
	}

	@Test
	void worstCaseCellsOfTargetAndConstraintRows() {
		Optional<PlanRobustness.Result> result = Optional.of(knownResult());
		List<ComparisonRows.Row> target = AnalysisRows.robustnessRows(List.of(result, Optional.empty()), 0);
		assertEquals(1, target.size(), "one row per target metric the result has");
		ComparisonRows.Row peak = target.get(0);
		assertEquals(List.of("spheres", "peak_mean_gy", "Gy"), List.of(peak.structure(), peak.metric(), peak.unit()));
		assertEquals(List.of(OptionalDouble.of(60.0), OptionalDouble.empty()), peak.values(), "the nominal in the plan's column");
		// lower is worse for a peak dose: worst 50 Gy, range 62 − 50 = 12 Gy
		assertEquals(60.0, AnalysisRows.cell(peak, 0, result, AnalysisRows.SpreadColumn.NOMINAL).getAsDouble(), 1e-12);
		assertEquals(50.0, AnalysisRows.cell(peak, 0, result, AnalysisRows.SpreadColumn.WORST).getAsDouble(), 1e-12);
		assertEquals(12.0, AnalysisRows.cell(peak, 0, result, AnalysisRows.SpreadColumn.RANGE).getAsDouble(), 1e-12);
		assertTrue(AnalysisRows.cell(peak, 1, Optional.empty(), AnalysisRows.SpreadColumn.WORST).isEmpty());
		assertEquals("60.00 / 50.00 / 12.00", AnalysisRows.spreadText(peak, 0, result));
		assertEquals("", AnalysisRows.spreadText(peak, 1, Optional.empty()));

		Constraint limit = new Constraint("Stomach", List.of("Stomach"), "Dmax", ConstraintComparator.LESS_THAN, 30, "Gy",
				"test");
		ConstraintResult nominal = new ConstraintResult(limit, ConstraintStatus.PASS, Optional.of("Stomach"),
				OptionalDouble.of(25), OptionalDouble.of(5), "");
		ComparisonRows.Row row = new ComparisonRows.Row(ComparisonRows.Group.CONSTRAINTS, "Stomach", "Dmax < 30.00", "Gy",
				List.of(OptionalDouble.of(25)), List.of(OptionalDouble.of(0)), List.of(Optional.of(nominal)));
		// higher is worse for an organ's maximum: worst 31 Gy, range 31 − 24 = 7 Gy, and 31 breaks Dmax < 30
		assertEquals(31.0, AnalysisRows.cell(row, 0, result, AnalysisRows.SpreadColumn.WORST).getAsDouble(), 1e-12);
		assertEquals(7.0, AnalysisRows.cell(row, 0, result, AnalysisRows.SpreadColumn.RANGE).getAsDouble(), 1e-12);
		assertEquals(Optional.of(false), AnalysisRows.worstPasses(row, 0, result));
		assertEquals(Optional.empty(), AnalysisRows.worstPasses(peak, 0, result), "only constraint rows have a verdict");
	}
}
