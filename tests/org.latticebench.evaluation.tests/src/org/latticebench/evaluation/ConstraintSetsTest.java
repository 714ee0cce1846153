package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.internal.Imrt4515Constraints;
import org.latticebench.evaluation.internal.SbrtLiverGuidanceConstraints;
import org.latticebench.evaluation.internal.Tg101FiveFractionConstraints;
import org.latticebench.evaluation.internal.Tomotherapy5010Constraints;

class ConstraintSetsTest {

	/**
	 * A row of 125 cc voxels (50 mm cubes). Each structure sits inside a run of constant dose with a
	 * voxel of the same dose on either side, so the dose is uniform over every structure voxel.
	 */
	private static final Grid3 ROW = Grid3.axisAligned(Vec3.ZERO, new Vec3(50, 50, 50), 24, 1, 1);
	private static final float[] DOSE_GY = { 25, 25, 25, 25, 34, 34, 34, 10, 10, 10, 10, 10, 10, 10, 10, 30, 30, 30, 30, 5,
			5, 5, 5, 5 };

	private static StructureSnapshot structure(String name, int from, int to) {
		float[] f = new float[ROW.voxelCount()];
		for (int i = from; i <= to; i++) {
			f[i] = 1;
		}
		return StructureSnapshot.ofMask(name, StructureRole.OAR, 0, 3, new Mask(ROW, f));
	}

	/** Six voxels in the 10 Gy run and two in the 30 Gy run: 1000 cc. */
	private static StructureSnapshot liver() {
		float[] f = new float[ROW.voxelCount()];
		for (int i : new int[] { 8, 9, 10, 11, 12, 13, 16, 17 }) {
			f[i] = 1;
		}
		return StructureSnapshot.ofMask("liver", StructureRole.OAR, 0, 2.5, new Mask(ROW, f));
	}

	private static PlanEvaluation toyPlan(String rightKidneyName) {
		List<StructureSnapshot> s = new ArrayList<>(List.of(structure("Spinal Cord", 1, 2), structure("STOMACH", 5, 5),
				liver(), structure("Kidney_L", 20, 20)));
		if (rightKidneyName != null) {
			s.add(structure(rightKidneyName, 22, 22));
		}
		return PlanEvaluation.compute("toy", new FloatVolume(ROW, DOSE_GY), s, Map.of(), DvhSettings.DEFAULT,
				ProgressMonitor.NULL);
	}

	private static ConstraintResult result(List<ConstraintResult> results, String structure) {
		return results.stream().filter(r -> r.constraint().structure().equals(structure)).findFirst().orElseThrow();
	}

	@Test
	void toyPlanPassesFailsAndReportsMissingStructuresWithMargins() {
		List<ConstraintResult> r = ConstraintEvaluator.evaluate(toyPlan(null), new Tg101FiveFractionConstraints().constraints(),
				StructureAliases.none());
		// cord: Dmax 25 Gy against <= 30 Gy (seed 001 Table 1): pass by 5 Gy
		assertResult(result(r, "Spinal cord"), ConstraintStatus.PASS, 25, 5);
		// stomach: Dmax 34 Gy against <= 32 Gy: fail by 2 Gy
		assertResult(result(r, "Stomach"), ConstraintStatus.FAIL, 34, -2);
		// liver: 6 voxels x 125 cc at 10 Gy are below 21 Gy, 2 at 30 Gy are not: 750 cc > 700 cc, margin 50 cc
		assertResult(result(r, "Liver"), ConstraintStatus.PASS, 750, 50);
		// left kidney: 125 cc below 17.5 Gy against > 200 cc: fail by 75 cc
		assertResult(result(r, "Left kidney"), ConstraintStatus.FAIL, 125, -75);
		ConstraintResult right = result(r, "Right kidney");
		assertEquals(ConstraintStatus.NOT_EVALUABLE, right.status());
		assertTrue(right.value().isEmpty() && right.margin().isEmpty());
		assertTrue(right.note().contains("Kidney_R"), right.note());
		assertEquals(ConstraintStatus.NOT_EVALUABLE, result(r, "Great vessels").status());
	}

	@Test
	void userAliasesMapAnUnusualNameOntoAConstraint() {
		PlanEvaluation plan = toyPlan("Niere rechts");
		Constraint rightKidney = result(ConstraintEvaluator.evaluate(plan, new Tg101FiveFractionConstraints().constraints(),
				StructureAliases.none()), "Right kidney").constraint();
		List<ConstraintResult> r = ConstraintEvaluator.evaluate(plan, List.of(rightKidney),
				StructureAliases.none().with("Right kidney", "Niere rechts"));
		// 1 voxel of 125 cc at 5 Gy: 125 cc below 17.5 Gy against > 200 cc
		assertResult(r.get(0), ConstraintStatus.FAIL, 125, -75);
		assertEquals("Niere rechts", r.get(0).structure().orElseThrow());
	}

	private static void assertResult(ConstraintResult r, ConstraintStatus status, double value, double margin) {
		assertEquals(status, r.status(), r.toString());
		assertEquals(value, r.value().orElseThrow(), 1e-6, r.constraint().describe());
		assertEquals(margin, r.margin().orElseThrow(), 1e-6, r.constraint().describe());
	}

	private static List<String> rows(ConstraintSetProvider p) {
		return p.constraints().stream()
				.map(c -> c.structure() + " " + c.metric() + " " + c.comparator().symbol() + " " + fmt(c.limit())).toList();
	}

	private static String fmt(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}

	@Test
	void tg101ProviderListsEveryRowOfSeed001Table1() {
		// shared/DOMAIN.md "TG-101, 5 fractions, as listed in [001] Table 1"; "each kidney" is the seed's two rows
		assertEquals(List.of("Spinal cord Dmax <= 30", "Great vessels Dmax <= 53", "Oesophagus Dmax <= 35",
				"Stomach Dmax <= 32", "Duodenum Dmax <= 32", "Jejunum/ileum Dmax <= 35", "Colon Dmax <= 38",
				"Liver Vbelow21Gy_cc > 700", "Left kidney Vbelow17.5Gy_cc > 200", "Right kidney Vbelow17.5Gy_cc > 200"),
				rows(new Tg101FiveFractionConstraints()));
	}

	@Test
	void imrtProviderListsEveryConstraintOfSeed003() {
		// shared/DOMAIN.md "IMRT 45 Gy / 15 fx [003]"; 95 % and 110 % of 45 Gy are 42.75 and 49.5 Gy
		assertEquals(List.of("Tumour (PTV) V42.75Gy% >= 97", "Tumour (PTV) V49.5Gy% < 3", "Normal liver Dmean <= 24",
				"Normal liver V5Gy% < 86", "Normal liver V10Gy% < 68", "Normal liver V15Gy% < 59", "Normal liver V20Gy% < 49",
				"Normal liver V25Gy% < 35", "Normal liver V30Gy% < 28", "Normal liver V35Gy% < 25", "Normal liver V40Gy% < 20",
				"Stomach Dmax < 54", "Stomach V45Gy% < 25", "Stomach V50Gy% < 2", "Duodenum Dmax < 60", "Duodenum V45Gy% < 33",
				"Colon Dmax < 55", "Colon V45Gy% < 25", "Colon V50Gy% <= 2", "Spinal cord Dmax < 40", "Kidney Dmax < 20",
				"Kidney V23Gy% < 100", "Kidney V30Gy% < 67", "Kidney V50Gy% < 33"), rows(new Imrt4515Constraints()));
	}

	@Test
	void tomotherapyProviderListsEveryConstraintOfSeed002() {
		// shared/DOMAIN.md "Tomotherapy 50 Gy / 10 fx [002]"; the PTV's own prescription is 30 Gy, 94 % of it 28.2 Gy
		assertEquals(List.of("PTV V30Gy% > 96", "PTV Vbelow28.2Gy% <= 3", "Liver Dmean < 22", "Normal liver Volume_cc > 700",
				"Protected liver Dmean < 8", "Protected liver Volume_cc > 400"), rows(new Tomotherapy5010Constraints()));
	}

	@Test
	void sbrtGuidanceProviderListsEveryConstraintOfSeed004() {
		// shared/DOMAIN.md "SBRT guidance [004]"
		assertEquals(List.of("Normal liver V30Gy% < 15", "Normal liver V30Gy% < 10", "Normal liver V20Gy% < 20",
				"Liver Dmean < 30"), rows(new SbrtLiverGuidanceConstraints()));
	}

	@Test
	void everyConstraintCitesItsSeed() {
		for (ConstraintSetProvider p : List.of(new Tg101FiveFractionConstraints(), new Imrt4515Constraints(),
				new Tomotherapy5010Constraints(), new SbrtLiverGuidanceConstraints())) {
			for (Constraint c : p.constraints()) {
				assertTrue(c.source().startsWith("seed 00"), p.id() + ": " + c.describe() + " cites " + c.source());
			}
		}
	}
}
