package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.latticebench.testing.Asserts.assertDoseEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.Vec3;

class RadiobiologyTest {

	@Test
	void seed001PrescriptionsGiveThePublishedEqd2AtAlphaBeta10() {
		// shared/DOMAIN.md / seed 001: 20 Gy / 5 fx -> EQD2 23.3 Gy; 66.7 Gy / 5 fx -> EQD2 129.7 Gy (alpha/beta 10)
		assertDoseEquals(23.3, Radiobiology.eqd2Gy(20, 5, 10), 0.05, "PTV 20 Gy / 5 fx");
		assertDoseEquals(129.7, Radiobiology.eqd2Gy(66.7, 5, 10), 0.05, "spheres 66.7 Gy / 5 fx");
	}

	@ParameterizedTest(name = "{0} Gy in {1} fx at alpha/beta {2}: BED {3}, EQD2 {4}")
	@CsvSource({
			// closed forms: BED = D (1 + d / ab), EQD2 = BED / (1 + 2 / ab)
			"50, 25, 3, 83.3333333, 50.0", // 2 Gy x 25: EQD2 equals the physical dose
			"45, 15, 3, 90.0, 54.0", // seed 003: 3 Gy x 15 -> BED 45 x 2 = 90, EQD2 90 / (5/3)
			"50, 5, 10, 100.0, 83.3333333", // seed 004 sbrt-50-5: 10 Gy x 5 -> BED10 = 100 ("BED10 >= 100 Gy")
			"48, 4, 10, 105.6, 88.0", // seed 004 sbrt-48-4: 12 Gy x 4 -> 48 x 2.2
			"50, 10, 2.5, 150.0, 83.3333333", // seed 002 PGTV 5 Gy x 10 on liver (ab 2.5): 50 x 3 = 150, / 1.8
			"26.68, 2, 10, 62.27112, 51.8926" // seed 001 as delivered: spheres 13.34 Gy x 2 -> 26.68 x 2.334, / 1.2
	})
	void bedAndEqd2FollowTheClosedForms(double totalGy, int fractions, double alphaBetaGy, double bedGy, double eqd2Gy) {
		assertDoseEquals(bedGy, Radiobiology.bedGy(totalGy, fractions, alphaBetaGy), 1e-3, "BED");
		assertDoseEquals(eqd2Gy, Radiobiology.eqd2Gy(totalGy, fractions, alphaBetaGy), 1e-3, "EQD2");
	}

	@Test
	void lqlIsLinearAboveTheTransitionDoseWithTheLqSlopeThere() {
		// d_T = 6 Gy, ab = 10: BED per fx at 13.34 Gy = 6 (1 + 0.6) + 7.34 (1 + 1.2) = 9.6 + 16.148 = 25.748
		FractionationModel lql = new FractionationModel.Lql(6);
		assertDoseEquals(5 * 25.748, Radiobiology.bedGy(66.7, 5, 10, lql), 1e-6, "LQ-L BED above d_T");
		// below d_T it is the LQ value: 4 Gy x 5 at ab 10 -> 28
		assertDoseEquals(28, Radiobiology.bedGy(20, 5, 10, lql), 1e-9, "LQ-L BED below d_T");
		assertThrows(IllegalArgumentException.class, () -> new FractionationModel.Lql(0));
	}

	@Test
	void voxelwiseEqd2UsesEachVoxelsDoseAndAlphaBeta() {
		Grid3 g = Grid3.axisAligned(Vec3.ZERO, new Vec3(1, 1, 1), 3, 1, 1);
		FloatVolume dose = new FloatVolume(g, new float[] { 20, 66.7f, 50 });
		FloatVolume ab = new FloatVolume(g, new float[] { 10, 10, 3 });
		FloatVolume eqd2 = Radiobiology.toEqd2(dose, 5, ab);
		// seed 001 values for the first two voxels; 10 Gy x 5 at ab 3: 50 (1 + 10/3) / (1 + 2/3) = 130
		assertDoseEquals(23.333, eqd2.values()[0], 1e-3, "voxel 0");
		assertDoseEquals(129.73, eqd2.values()[1], 1e-2, "voxel 1");
		assertDoseEquals(130.0, eqd2.values()[2], 1e-3, "voxel 2");
	}

	@Test
	void alphaBetaMapGivesTargetsPriorityOverTheOrgansTheyOverlap() {
		Grid3 g = Grid3.axisAligned(Vec3.ZERO, new Vec3(1, 1, 1), 3, 1, 1);
		Mask liver = new Mask(g, new float[] { 1, 1, 0 });
		Mask gtv = new Mask(g, new float[] { 0, 1, 0 });
		FloatVolume ab = Radiobiology.alphaBetaMap(g,
				List.of(StructureSnapshot.ofMask("Liver", StructureRole.OAR, 0, Radiobiology.LIVER_ALPHA_BETA_GY, liver),
						StructureSnapshot.ofMask("GTV", StructureRole.TARGET, 0, Radiobiology.TUMOUR_ALPHA_BETA_GY, gtv)),
				Radiobiology.LATE_TISSUE_ALPHA_BETA_GY);
		// issue 8 defaults: liver 2.5, tumour 10, others 3
		assertEquals(2.5f, ab.values()[0]);
		assertEquals(10f, ab.values()[1]);
		assertEquals(3f, ab.values()[2]);
	}

	@Test
	void plansWithDifferentFractionationsSumInEqd2() {
		// seed 001: 5 fx planned, 2 fx delivered; here 8 Gy / 2 fx then 12 Gy / 3 fx at ab 10
		Grid3 g = Grid3.axisAligned(Vec3.ZERO, new Vec3(1, 1, 1), 1, 1, 1);
		FloatVolume ab = new FloatVolume(g, new float[] { 10 });
		FloatVolume sum = Radiobiology.sumEqd2(List.of(new Radiobiology.Course(new FloatVolume(g, new float[] { 8 }), 2),
				new Radiobiology.Course(new FloatVolume(g, new float[] { 12 }), 3)), ab, FractionationModel.LQ);
		// 8 (1 + 0.4) / 1.2 + 12 (1 + 0.4) / 1.2 = 9.3333 + 14 = 23.3333: both courses are 4 Gy fractions,
		// so the sum equals the EQD2 of 20 Gy / 5 fx (seed 001's 23.3 Gy)
		assertDoseEquals(Radiobiology.eqd2Gy(20, 5, 10), sum.values()[0], 1e-4, "EQD2 sum");
		assertThrows(InvalidInputException.class, () -> Radiobiology.eqd2Gy(20, 0, 10));
	}

	@Test
	void lkbLiverNtcpIsHalfAtTd50AndUsesTheDawsonParameters() {
		LkbModel dawson = LkbModel.liverRildPrimaryDawson2002();
		// Dawson et al. 2002 / QUANTEC: TD50 39.8 Gy, m 0.12, n 0.97, 1.5 Gy fractions
		assertEquals(39.8, dawson.td50Gy());
		assertEquals(0.5, dawson.ntcpFromGeud(39.8), 1e-12);
		// one m above TD50: t = 1 -> Phi(1) = 0.841345
		assertEquals(0.841345, dawson.ntcpFromGeud(39.8 * 1.12), 1e-6);
		// 40.5 Gy in 27 fractions of 1.5 Gy is already at the reference fractionation:
		// t = (40.5 - 39.8) / (0.12 x 39.8) = 0.146566, Phi(t) = 0.558263
		assertEquals(0.558263, dawson.ntcp(uniform(40.5f), 27, wholeOrgan(), DvhSettings.DEFAULT, ProgressMonitor.NULL).ntcp(),
				1e-5);
		// 25 Gy in 5 fractions: EQD1.5 = 25 (1 + 5 / 2.5) / (1 + 1.5 / 2.5) = 46.875 Gy, t = 1.481365, Phi = 0.930745
		LkbModel.Result r = dawson.ntcp(uniform(25f), 5, wholeOrgan(), DvhSettings.DEFAULT, ProgressMonitor.NULL);
		assertDoseEquals(46.875, r.gEudGy(), 0.01, "gEUD of a uniform dose is its equivalent dose");
		assertEquals(0.930745, r.ntcp(), 2e-4);
	}

	private static final Grid3 ORGAN_GRID = Grid3.axisAligned(Vec3.ZERO, new Vec3(10, 10, 10), 2, 2, 2);

	private static FloatVolume uniform(float doseGy) {
		float[] v = new float[8];
		java.util.Arrays.fill(v, doseGy);
		return new FloatVolume(ORGAN_GRID, v);
	}

	private static Mask wholeOrgan() {
		float[] v = new float[8];
		java.util.Arrays.fill(v, 1f);
		return new Mask(ORGAN_GRID, v);
	}
}
