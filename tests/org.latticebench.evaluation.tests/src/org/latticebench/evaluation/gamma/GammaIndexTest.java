package org.latticebench.evaluation.gamma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.latticebench.core.CancelledException;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

class GammaIndexTest {

	/** 100 x 100 x 90 mm around the origin at 2.5 mm. */
	private static final Grid3 G25 = Grid3.axisAligned(new Vec3(-50, -50, -45), new Vec3(2.5, 2.5, 2.5), 41, 41, 37);

	private static GammaResult one(FloatVolume ref, FloatVolume eval, GammaSettings st) {
		return GammaIndex.compute(ref, eval, st.withThreads(2), ProgressMonitor.NULL).get(0);
	}

	@Test
	void aPureShiftOfASmoothDoseGivesGammaAtMostShiftOverDta() {
		ContinuousDose ref = ContinuousDose.gaussian(1, 10, 15);
		// shift (1.2, -0.7, 0.9) mm: |s| = 1.653 mm, not on the grid, so the evaluated dose is interpolated
		double sx = 1.2, sy = -0.7, sz = 0.9, shift = Math.sqrt(sx * sx + sy * sy + sz * sz);
		ContinuousDose moved = ref.shifted(sx, sy, sz);
		FloatVolume r = ref.sample(G25), e = moved.sample(G25);
		GammaSettings st = GammaSettings.global(new GammaCriterion(3, 3)).withThresholdPct(0);
		// closed form: x = r + s has De(x) = Dr(r), so gamma(r) <= |s| / DTA = 0.551 wherever r + s is
		// inside the evaluated grid, plus the interpolant's error there over the 0.33 Gy criterion.
		// Linear: h^2/8 * max|D''| = 6.25/8 * 10/225 = 0.035 Gy, 0.12 of the criterion. Cubic spline:
		// 5/384 h^4 max|D''''| per axis = 5/384 * 39.1 * 30/15^4 = 3e-4 Gy, three axes 0.003; 0.01 here
		double bound = shift / 3;
		GammaResult g = one(r, e, st);
		for (GammaInterpolation interpolation : GammaInterpolation.values()) {
			GammaResult gi = one(r, e, st.withInterpolation(interpolation));
			double margin = interpolation == GammaInterpolation.CUBIC ? 0.01 : 0.12;
			int checked = 0;
			for (int k = 1; k < G25.nz() - 1; k++) {
				for (int j = 1; j < G25.ny() - 1; j++) {
					for (int i = 1; i < G25.nx() - 1; i++) {
						float v = gi.gammaMap().get(i, j, k);
						assertTrue(v <= bound + margin,
								interpolation + ": gamma " + v + " at (" + i + "," + j + "," + k + ") above " + bound);
						checked++;
					}
				}
			}
			assertEquals(39 * 39 * 35, checked);
		}
		// the brute force on the continuous function: <= |s|/DTA up to its DTA/80 refinement step
		BruteForceGamma brute = new BruteForceGamma(moved, G25, 3, 2);
		for (int n = 0; n < 200; n++) {
			int i = 1 + (n * 7) % 39, j = 1 + (n * 11) % 39, k = 1 + (n * 13) % 35;
			Vec3 p = G25.toPatientMm(i, j, k);
			double b = brute.gamma(p, ref.doseGy(p.x(), p.y(), p.z()), 0.03 * r.max());
			assertTrue(b <= bound + 3.0 / 80 / 3 * Math.sqrt(3), "brute force " + b + " above " + bound);
		}
		assertEquals(100.0, g.passRatePct(), 0.0, "every gamma is below 0.67 < 1");
	}

	@Test
	void aShiftByExactlyOneVoxelIsFoundExactlyOnTheGrid() {
		ContinuousDose ref = ContinuousDose.gaussian(1, 10, 8);
		FloatVolume r = ref.sample(G25), e = ref.shifted(2.5, 0, 0).sample(G25);
		GammaResult g = one(r, e, GammaSettings.global(new GammaCriterion(3, 3)).withThresholdPct(0));
		// x = r + 2.5 mm is a voxel centre where the evaluated sample equals Dr(r) exactly: gamma <= 2.5/3
		for (int k = 0; k < G25.nz(); k++) {
			for (int j = 0; j < G25.ny(); j++) {
				for (int i = 0; i < G25.nx() - 1; i++) {
					assertTrue(g.gammaMap().get(i, j, k) <= 2.5 / 3 + 1e-6);
				}
			}
		}
	}

	@Test
	void aUniformScalingGivesTheDoseDifferenceOverTheCriterionWhereTheDoseIsFlat() {
		ContinuousDose ref = ContinuousDose.flatField();
		FloatVolume r = ref.sample(G25), e = ref.scaled(1.02).sample(G25);
		GammaSettings st = GammaSettings.global(new GammaCriterion(3, 3), new GammaCriterion(1, 1))
				.withNormalisationGy(11);
		List<GammaResult> res = GammaIndex.compute(r, e, st.withThreads(2), ProgressMonitor.NULL);
		GammaSettings local = st.withLocal(true);
		List<GammaResult> loc = GammaIndex.compute(r, e, local.withThreads(2), ProgressMonitor.NULL);
		// the field centre (within 10 mm of it the dose is 11 Gy, flat): 2 % of
		// 11 Gy over the criterion. Global 3 % of 11 Gy: 0.02/0.03 = 0.667; 1 %: 2.0 (the cap).
		// Local: 2 % of Dr over 3 % of Dr = 0.667 too; 1 %/1mm local: 2.0.
		for (int[] ijk : new int[][] { { 20, 20, 18 }, { 18, 21, 17 }, { 21, 19, 19 } }) {
			assertEquals(0.02 / 0.03, res.get(0).gammaMap().get(ijk[0], ijk[1], ijk[2]), 1e-3, "global 3%/3mm");
			assertEquals(2.0, res.get(1).gammaMap().get(ijk[0], ijk[1], ijk[2]), 1e-3, "global 1%/1mm, capped");
			assertEquals(0.02 / 0.03, loc.get(0).gammaMap().get(ijk[0], ijk[1], ijk[2]), 1e-3, "local 3%/3mm");
		}
		// gamma falls as the dose criterion grows, and the local criterion 3 % of Dr is below the global
		// 3 % of 11 Gy wherever Dr <= 11 Gy: there local gamma >= global gamma, voxel by voxel
		for (int n = 0; n < r.values().length; n++) {
			float gl = loc.get(0).gammaMap().values()[n], gg = res.get(0).gammaMap().values()[n];
			if (!Float.isNaN(gl) && r.values()[n] <= 11f) {
				assertTrue(gl >= gg - 2e-3, "local " + gl + " < global " + gg + " at voxel " + n);
			}
		}
		assertTrue(loc.get(0).passRatePct() <= res.get(0).passRatePct());
		assertEquals("global", res.get(0).normalisation());
		assertEquals("local", loc.get(0).normalisation());
	}

	@ParameterizedTest(name = "{0} mm grids, {1}%/{2}mm {3}")
	@CsvSource({ "2.5, 3, 3, global", "2.5, 2, 2, global", "2.5, 2, 2, local", "3, 3, 3, global", "3, 2, 2, global",
			"3, 2, 2, local" })
	void passRatesAgreeWithTheBruteForce(double spacingMm, double pct, double dtaMm, String mode) {
		ContinuousDose ref = ContinuousDose.planLike();
		// a set-up error of 2.0 mm (1.65, -1.2, 0.9) and a 3.5 % output change
		ContinuousDose evalFn = ref.shifted(1.65, -1.2, 0.9).scaled(1.035);
		int n = (int) Math.round(110 / spacingMm);
		Grid3 g = Grid3.axisAligned(new Vec3(-55, -55, -40), new Vec3(spacingMm, spacingMm, spacingMm), n + 1, n + 1,
				(int) Math.round(80 / spacingMm) + 1);
		double[] rates = compareWithBruteForce(ref, evalFn, g, g, new GammaCriterion(pct, dtaMm), mode.equals("local"));
		// issue 15: within 0.5 percentage points of the brute force on the continuous function. Measured
		// with the cubic default: 0.00 to 0.08 points (linear interpolation: 0.11 to 0.58)
		assertEquals(rates[0], rates[2], 0.5, "continuous function " + rates[0] + " %, engine " + rates[2] + " %");
		// the linear option against the same brute force over the trilinear interpolant of the grid: the
		// exact search over the linear pieces, with no step (the Kuhn pieces and trilinear differ inside a cell)
		assertEquals(rates[1], rates[3], 0.5, "trilinear interpolant " + rates[1] + " %, linear engine " + rates[3] + " %");
		assertTrue(rates[0] > 50 && rates[0] < 99.5, "the case must have failures to compare: " + rates[0]);
	}

	@Test
	void gridsWithDifferentSpacingOriginAndExtentAgreeWithTheBruteForce() {
		ContinuousDose ref = ContinuousDose.planLike();
		ContinuousDose evalFn = ref.shifted(1.65, -1.2, 0.9).scaled(1.035);
		Grid3 rg = Grid3.axisAligned(new Vec3(-55, -55, -40), new Vec3(2.5, 2.5, 3), 45, 45, 27);
		Grid3 eg = Grid3.axisAligned(new Vec3(-61.3, -58.1, -47.7), new Vec3(2.0, 2.4, 2.7), 62, 50, 36);
		double[] rates = compareWithBruteForce(ref, evalFn, rg, eg, new GammaCriterion(2, 2), false);
		// issue 15: within 0.5 points of the continuous function; measured 0.00 (cubic), 0.69 (linear)
		assertEquals(rates[0], rates[2], 0.5, "continuous function " + rates[0] + " %, engine " + rates[2] + " %");
		assertEquals(rates[1], rates[3], 0.5, "trilinear interpolant " + rates[1] + " %, linear engine " + rates[3] + " %");
	}

	/**
	 * Pass rates over every 4th evaluated voxel: {brute force on the function, brute force on the
	 * trilinear interpolant of the evaluated grid, engine (cubic, the default), engine (linear)}.
	 */
	private static double[] compareWithBruteForce(ContinuousDose ref, ContinuousDose evalFn, Grid3 rg, Grid3 eg,
			GammaCriterion c, boolean local) {
		FloatVolume r = ref.sample(rg), e = evalFn.sample(eg);
		GammaSettings st = GammaSettings.global(c).withLocal(local);
		assertEquals(GammaInterpolation.CUBIC, st.interpolation(), "the default");
		GammaResult g = one(r, e, st);
		GammaResult lin = one(r, e, st.withInterpolation(GammaInterpolation.LINEAR));
		BruteForceGamma brute = new BruteForceGamma(evalFn, eg, c.dtaMm(), 2);
		BruteForceGamma bruteTrilinear = new BruteForceGamma((x, y, z) -> e.sampleTrilinear(new Vec3(x, y, z), 0), eg,
				c.dtaMm(), 2);
		double normGy = r.max();
		int count = 0, pass = 0, passTrilinear = 0, passEngine = 0, passLinear = 0, seen = 0;
		for (int idx = 0; idx < rg.voxelCount(); idx++) {
			float ge = g.gammaMap().values()[idx];
			if (Float.isNaN(ge) || seen++ % 4 != 0) {
				continue;
			}
			Vec3 p = rg.toPatientMm(idx % rg.nx(), idx / rg.nx() % rg.ny(), idx / (rg.nx() * rg.ny()));
			double dr = r.values()[idx];
			double critGy = c.dosePct() / 100 * (local ? dr : normGy);
			count++;
			pass += brute.gamma(p, dr, critGy) <= 1 ? 1 : 0;
			passTrilinear += bruteTrilinear.gamma(p, dr, critGy) <= 1 ? 1 : 0;
			passEngine += ge <= 1 ? 1 : 0;
			passLinear += lin.gammaMap().values()[idx] <= 1 ? 1 : 0;
		}
		assertTrue(count > 1000, "subset of " + count + " voxels");
		return new double[] { 100.0 * pass / count, 100.0 * passTrilinear / count, 100.0 * passEngine / count,
				100.0 * passLinear / count };
	}

	@Test
	void thresholdAndMaskSelectTheEvaluatedVoxels() {
		ContinuousDose ref = ContinuousDose.gaussian(0, 10, 12);
		FloatVolume r = ref.sample(G25), e = ref.scaled(1.01).sample(G25);
		GammaResult g = one(r, e, GammaSettings.global(new GammaCriterion(3, 3)).withThresholdPct(30));
		// reference voxels with D >= 30 % of its maximum (10 Gy at the origin voxel): counted directly
		int expected = 0;
		double thresholdGy = 0.3 * r.max();
		for (float v : r.values()) {
			expected += v >= thresholdGy ? 1 : 0;
		}
		assertEquals(expected, g.evaluatedVoxels());
		// a mask of the half x >= 0 (41 columns: i = 20..40) keeps those voxels with i >= 20
		float[] half = new float[G25.voxelCount()];
		int inMask = 0;
		for (int k = 0; k < G25.nz(); k++) {
			for (int j = 0; j < G25.ny(); j++) {
				for (int i = 20; i < G25.nx(); i++) {
					half[G25.index(i, j, k)] = 1;
					inMask += r.get(i, j, k) >= thresholdGy ? 1 : 0;
				}
			}
		}
		GammaResult m = one(r, e, GammaSettings.global(new GammaCriterion(3, 3)).withThresholdPct(30)
				.withMask(new Mask(G25, half)));
		assertEquals(inMask, m.evaluatedVoxels());
		assertTrue(Float.isNaN(m.gammaMap().get(19, 20, 18)) && !Float.isNaN(m.gammaMap().get(20, 20, 18)));
		// --norm-gy moves the threshold: 30 % of 20 Gy = 6 Gy
		GammaResult n = one(r, e, GammaSettings.global(new GammaCriterion(3, 3)).withThresholdPct(30).withNormalisationGy(20));
		int above6 = 0;
		for (float v : r.values()) {
			above6 += v >= 6.0 ? 1 : 0;
		}
		assertEquals(above6, n.evaluatedVoxels());
	}

	@ParameterizedTest
	@EnumSource(GammaInterpolation.class)
	void resultsAreIdenticalForOneAndFourThreads(GammaInterpolation interpolation) {
		ContinuousDose ref = ContinuousDose.planLike();
		FloatVolume r = ref.sample(G25);
		FloatVolume e = ref.shifted(1.3, 0.4, -0.9).scaled(0.98)
				.sample(Grid3.axisAligned(new Vec3(-52, -49, -46), new Vec3(3, 2, 2.5), 35, 50, 38));
		GammaSettings st = GammaSettings.global(new GammaCriterion(2, 2)).withInterpolation(interpolation);
		GammaResult one = GammaIndex.compute(r, e, st.withThreads(1), ProgressMonitor.NULL).get(0);
		GammaResult four = GammaIndex.compute(r, e, st.withThreads(4), ProgressMonitor.NULL).get(0);
		assertArrayEquals(one.gammaMap().values(), four.gammaMap().values());
		assertEquals(one.passRatePct(), four.passRatePct(), 0.0);
		assertEquals(one.meanGamma(), four.meanGamma(), 0.0);
		assertEquals(one.gammaP95(), four.gammaP95(), 0.0);
	}

	@Test
	void aSmallMaskGivesTheSameCubicGammaAsTheWholeGrid() {
		// with a mask of a 10 mm cube the cubic spline is built on a part of the evaluated grid only
		// (the search radius plus 12 samples around the mask); the prefilter's reach decays by 0.268
		// per sample, so gamma there equals gamma from the spline of the whole grid to float precision
		ContinuousDose ref = ContinuousDose.planLike();
		FloatVolume r = ref.sample(G25);
		Grid3 big = Grid3.axisAligned(new Vec3(-100, -100, -90), new Vec3(3, 2.5, 2), 67, 81, 91);
		FloatVolume e = ref.shifted(1.1, 0.8, -0.6).scaled(1.02).sample(big);
		GammaSettings st = GammaSettings.global(new GammaCriterion(2, 2)).withThresholdPct(0);
		GammaResult whole = one(r, e, st);
		float[] cube = new float[G25.voxelCount()];
		for (int k = 16; k <= 20; k++) {
			for (int j = 8; j <= 12; j++) {
				for (int i = 6; i <= 10; i++) {
					cube[G25.index(i, j, k)] = 1;
				}
			}
		}
		GammaResult part = one(r, e, st.withMask(new Mask(G25, cube)));
		assertEquals(125, part.evaluatedVoxels());
		int compared = 0;
		for (int n = 0; n < cube.length; n++) {
			if (cube[n] == 1) {
				assertEquals(whole.gammaMap().values()[n], part.gammaMap().values()[n], 1e-5, "voxel " + n);
				compared += whole.gammaMap().values()[n] > 0.05 ? 1 : 0;
			} else {
				assertTrue(Float.isNaN(part.gammaMap().values()[n]));
			}
		}
		assertTrue(compared > 60, "non-trivial gamma values compared: " + compared);
	}

	@Test
	void identicalDosesPassEverywhereAndVoxelsOutsideTheEvaluatedGridAreNotCounted() {
		ContinuousDose ref = ContinuousDose.gaussian(1, 10, 20);
		FloatVolume r = ref.sample(G25);
		GammaResult same = one(r, r, GammaSettings.global(new GammaCriterion(1, 1)));
		// identical doses: gamma 0 at every evaluated voxel
		assertEquals(100.0, same.passRatePct(), 0.0);
		assertEquals(0.0, same.meanGamma(), 0.0);
		// an evaluated grid covering x <= 0 only (i = 0..20 of the reference): the rest is outside
		Grid3 halfGrid = Grid3.axisAligned(new Vec3(-50, -50, -45), new Vec3(2.5, 2.5, 2.5), 21, 41, 37);
		GammaResult half = one(r, ref.sample(halfGrid), GammaSettings.global(new GammaCriterion(1, 1)));
		assertEquals(same.evaluatedVoxels(), half.evaluatedVoxels() + half.outsideEvaluatedGrid());
		int expected = 0;
		double thresholdGy = 0.1 * r.max();
		for (int k = 0; k < G25.nz(); k++) {
			for (int j = 0; j < G25.ny(); j++) {
				for (int i = 0; i <= 20; i++) {
					expected += r.get(i, j, k) >= thresholdGy ? 1 : 0;
				}
			}
		}
		assertEquals(expected, half.evaluatedVoxels());
	}

	@Test
	void criteriaParseAndBadInputIsRejectedWithItsName() {
		assertEquals(new GammaCriterion(3, 3), GammaCriterion.parse("3%/3mm"));
		assertEquals(new GammaCriterion(2.5, 1.5), GammaCriterion.parse(" 2.5 % / 1.5 mm"));
		assertEquals("2.5%/1.5mm", GammaCriterion.parse("2.5%/1.5mm").label());
		InvalidInputException bad = assertThrows(InvalidInputException.class, () -> GammaCriterion.parse("3/3"));
		assertTrue(bad.getMessage().contains("'3/3'"), bad.getMessage());
		assertThrows(InvalidInputException.class, () -> GammaCriterion.parse("0%/3mm"));
		FloatVolume r = ContinuousDose.gaussian(1, 10, 20).sample(G25);
		FloatVolume nan = r.copy();
		nan.values()[5] = Float.NaN;
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> one(r, nan, GammaSettings.global(new GammaCriterion(3, 3))));
		assertTrue(e.getMessage().contains("evaluated dose") && e.getMessage().contains("(5, 0, 0)"), e.getMessage());
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
		assertThrows(CancelledException.class,
				() -> GammaIndex.compute(r, r, GammaSettings.global(new GammaCriterion(3, 3)), cancelled));
	}
}
