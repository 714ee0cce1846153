package org.latticebench.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.testing.Asserts;

/**
 * Water-phantom validation of the 6 MV pencil-beam engine against published broad-beam data.
 * Reference: BJR Supplement 25 (1996), "Central axis depth dose data for use in radiotherapy",
 * 6 MV, SSD 100 cm, 10×10 cm²: dmax 1.5 cm, PDD(10 cm) 67.5 %, PDD(20 cm) 38.9 %.
 */
class WaterPhantomDoseTest {

	private static FloatVolume field10;

	@BeforeAll
	static void computeReferenceField() {
		field10 = WaterPhantom.dose(WaterPhantom.water(), 1000, 100, 2);
	}

	@Test
	void depthOfMaximumDoseIsBetween13And17mm() {
		// issue 6 acceptance range 1.3-1.7 cm around the BJR 25 value of 1.5 cm
		double dmaxMm = WaterPhantom.dmaxIndex(field10) * WaterPhantom.DEPTH_STEP_MM;
		assertTrue(dmaxMm >= 13 && dmaxMm <= 17, "dmax " + dmaxMm + " mm");
	}

	@Test
	void tenByTenFieldGivesOneGrayPerUnitWeightAtDmax() {
		// the documented normalisation (DoseResult): 1 Gy at dmax, 10x10 cm2, SSD 100 cm, weight 1;
		// 0.005 Gy allows for dmax falling between the 1 mm depth samples
		double max = field10.get(WaterPhantom.HALF_WIDTH, WaterPhantom.dmaxIndex(field10), 0);
		Asserts.assertDoseEquals(1.0, max, 0.005, "dose at dmax");
	}

	@Test
	void percentageDepthDoseAt10cmMatchesBjr25Within2Percent() {
		// BJR Supplement 25, 6 MV, 10x10, SSD 100: PDD(10) = 67.5 %; issue 6: within 2 % absolute
		assertEquals(67.5, WaterPhantom.pdd(field10, 100), 2.0);
	}

	@Test
	void percentageDepthDoseAt20cmIsAbout39Percent() {
		// BJR Supplement 25, 6 MV, 10x10, SSD 100: PDD(20) = 38.9 %; issue 6 asks for about 38-39 %
		assertEquals(38.9, WaterPhantom.pdd(field10, 200), 1.0);
	}

	@Test
	void depthDoseRisesWithFieldSize() {
		// more phantom scatter reaches the axis in larger fields (BJR 25 tables: PDD(10) rises from
		// 3x3 to 20x20 cm2 at every depth beyond dmax)
		double[] fields = { 30, 50, 100, 200 };
		double previous10 = 0, previous20 = 0;
		for (double f : fields) {
			FloatVolume d = f == 100 ? field10 : WaterPhantom.dose(WaterPhantom.water(), 1000, f, 2);
			double p10 = WaterPhantom.pdd(d, 100), p20 = WaterPhantom.pdd(d, 200);
			assertTrue(p10 > previous10 + 1.0, "PDD(10) of " + f + " mm field " + p10 + " vs " + previous10);
			assertTrue(p20 > previous20 + 1.0, "PDD(20) of " + f + " mm field " + p20 + " vs " + previous20);
			previous10 = p10;
			previous20 = p20;
		}
	}

	@Test
	void penumbraAt10cmIsWithinPublished6MvRange() {
		// 80-20 % penumbra of 6 MV beams at 10 cm depth: 5-8 mm (issue 6)
		int j = (int) Math.round(100 / WaterPhantom.DEPTH_STEP_MM);
		double penumbraMm = WaterPhantom.profileCrossing(field10, j, 0.2) - WaterPhantom.profileCrossing(field10, j, 0.8);
		assertTrue(penumbraMm >= 5 && penumbraMm <= 8, "80-20 penumbra " + penumbraMm + " mm");
	}

	@Test
	void fiftyPercentWidthAt10cmIsTheProjectedFieldSize() {
		// geometric field at 10 cm depth: 100 mm * (1000 + 100) / 1000 = 110 mm (closed form); within 2 mm
		int j = (int) Math.round(100 / WaterPhantom.DEPTH_STEP_MM);
		double width = 2 * WaterPhantom.profileCrossing(field10, j, 0.5);
		assertEquals(110.0, width, 2.0);
	}

	@Test
	void doseFollowsInverseSquareLawBetweenSsd90And100() {
		// same field on the surface at SSD 90 and 100 cm: beyond build-up the dose at depth d scales as
		// ((1000 + d) / (900 + d))^2 (inverse-square law; field sizes at depth differ by < 1 %)
		FloatVolume ssd90 = WaterPhantom.dose(WaterPhantom.water(), 900, 100, 2);
		for (double d : new double[] { 50, 100, 150, 200 }) {
			double expected = Math.pow((1000 + d) / (900 + d), 2);
			double actual = WaterPhantom.axis(ssd90, d) / WaterPhantom.axis(field10, d);
			assertEquals(expected, actual, 0.01 * expected, "dose ratio SSD 90/100 at " + d + " mm");
		}
	}

	@Test
	void doseRisesBehindLungAsRadiologicalDepthScalingPredicts() {
		// 5 cm slab of relative electron density 0.25 (-750 HU on the water-air line) from 3 to 8 cm depth:
		// radiological depth behind it is d - 50 * (1 - 0.25) = d - 37.5 mm; the prediction is the water
		// dose at that depth corrected to the real distance by the inverse-square law
		FloatVolume lung = WaterPhantom.dose(WaterPhantom.ct(30, 80, -750f), 1000, 100, 2);
		for (double d : new double[] { 100, 150, 200 }) {
			double ratio = WaterPhantom.axis(lung, d) / WaterPhantom.axis(field10, d);
			double dr = d - 37.5;
			double predicted = WaterPhantom.axis(field10, dr) / WaterPhantom.axis(field10, d) * Math.pow((1000 + dr) / (1000 + d), 2);
			assertTrue(ratio > 1.1, "dose behind lung should rise, ratio " + ratio);
			assertEquals(predicted, ratio, 0.02 * predicted, "lung/water ratio at " + d + " mm");
		}
	}

	@Test
	void doseFallsBehindBoneAsRadiologicalDepthScalingPredicts() {
		// 3 cm slab of relative electron density 1.8 (+800 HU on the water-air line) from 3 to 6 cm depth:
		// radiological depth behind it is d + 30 * 0.8 = d + 24 mm
		FloatVolume bone = WaterPhantom.dose(WaterPhantom.ct(30, 60, 800f), 1000, 100, 2);
		for (double d : new double[] { 100, 150 }) {
			double ratio = WaterPhantom.axis(bone, d) / WaterPhantom.axis(field10, d);
			double dr = d + 24;
			double predicted = WaterPhantom.axis(field10, dr) / WaterPhantom.axis(field10, d) * Math.pow((1000 + dr) / (1000 + d), 2);
			assertTrue(ratio < 0.95, "dose behind bone should fall, ratio " + ratio);
			assertEquals(predicted, ratio, 0.02 * predicted, "bone/water ratio at " + d + " mm");
		}
	}
}
