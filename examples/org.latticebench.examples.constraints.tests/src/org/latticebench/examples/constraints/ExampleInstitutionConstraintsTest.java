package org.latticebench.examples.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintComparator;
import org.latticebench.evaluation.ConstraintEvaluator;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.ConstraintStatus;
import org.latticebench.evaluation.DvhCalculator;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.evaluation.StructureAliases;

class ExampleInstitutionConstraintsTest {

	/** 10 x 10 x 10 voxels of 1 cc each: a 1000 cc block. */
	private static final Grid3 GRID = Grid3.axisAligned(Vec3.ZERO, new Vec3(10, 10, 10), 10, 10, 10);
	/** Voxel-centre sampling only, so the step between the liver's halves stays within the boundary voxels. */
	private static final DvhSettings NO_SUPERSAMPLING = DvhSettings.DEFAULT.withSupersampling(0, 0, 1);

	@Test
	void theShippedCsvHoldsTheSevenRowsInFileOrder() {
		List<Constraint> set = new ExampleInstitutionConstraints().constraints();
		assertEquals(7, set.size(), "rows of constraints/example-liver-sbrt-5fx.csv");
		// first row: spinal cord Dmax <= 30 Gy, seed [001] Table 1 (TG-101, 5 fx)
		Constraint cord = set.get(0);
		assertEquals("Spinal cord: Dmax <= 30.0 Gy", cord.describe());
		assertEquals(List.of("SpinalCord", "Spinal cord", "Cord"), cord.structureAliases());
		// sixth row: liver receiving < 21 Gy must exceed 700 cc, seed [001] Table 1
		Constraint liver = set.get(5);
		assertEquals("Vbelow21Gy_cc", liver.metric());
		assertEquals(ConstraintComparator.GREATER_THAN, liver.comparator());
		assertEquals(700, liver.limit(), 0);
	}

	@Test
	void evaluatesPassFailAndMissingStructuresWithClosedFormValues() {
		PlanEvaluation plan = new PlanEvaluation("uniform", List.of(
				structure("SpinalCord", uniform(20)), // Dmax 20 Gy <= 30: pass by 10 Gy
				structure("Stomach", uniform(35)), // Dmax 35 Gy > 32: fail by 3 Gy
				structure("Liver", halves(10, 30))), // 500 cc below 21 Gy (not > 700: fail by 200 cc); mean 20 Gy <= 24: pass by 4
				Map.of());
		List<ConstraintResult> results = ConstraintEvaluator.evaluate(plan, new ExampleInstitutionConstraints().constraints(),
				StructureAliases.none());
		assertEquals(7, results.size(), "one result per row; no row matches two structures here");
		assertResult(results.get(0), ConstraintStatus.PASS, 20, 10);
		// great vessels, duodenum and colon are absent from the plan
		assertEquals(ConstraintStatus.NOT_EVALUABLE, results.get(1).status());
		assertTrue(results.get(1).note().contains("GreatVessels / Aorta / IVC"), results.get(1).note());
		assertResult(results.get(2), ConstraintStatus.FAIL, 35, -3);
		assertEquals(ConstraintStatus.NOT_EVALUABLE, results.get(3).status());
		assertEquals(ConstraintStatus.NOT_EVALUABLE, results.get(4).status());
		assertResult(results.get(5), ConstraintStatus.FAIL, 500, -200);
		assertResult(results.get(6), ConstraintStatus.PASS, 20, 4);
	}

	@Test
	void malformedRowsAreRefusedNamingFileLineAndField() {
		String header = CsvConstraintSet.HEADER + "\n";
		InvalidInputException comparator = assertThrows(InvalidInputException.class,
				() -> read("# comment\n" + header + "Cord,Cord,Dmax,=<,30,Gy,x\n"));
		assertTrue(comparator.getMessage().contains("test.csv line 3") && comparator.getMessage().contains("comparator"),
				comparator.getMessage());
		InvalidInputException unit = assertThrows(InvalidInputException.class,
				() -> read(header + "Cord,Cord,Dmax,<=,30,cc,x\n"));
		assertTrue(unit.getMessage().contains("line 2") && unit.getMessage().contains("unit 'cc'"), unit.getMessage());
		InvalidInputException columns = assertThrows(InvalidInputException.class, () -> read(header + "Cord,Cord,Dmax\n"));
		assertTrue(columns.getMessage().contains("expected 7 comma-separated fields, got 3"), columns.getMessage());
		InvalidInputException noHeader = assertThrows(InvalidInputException.class, () -> read("Cord,Cord,Dmax,<=,30,Gy,x\n"));
		assertTrue(noHeader.getMessage().contains("line 1") && noHeader.getMessage().contains("header"),
				noHeader.getMessage());
		assertThrows(InvalidInputException.class, () -> read(header));
	}

	private static List<Constraint> read(String csv) {
		return CsvConstraintSet.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
	}

	private static void assertResult(ConstraintResult r, ConstraintStatus status, double value, double margin) {
		assertEquals(status, r.status(), r.constraint().describe());
		assertEquals(value, r.value().getAsDouble(), 1e-6, r.constraint().describe() + " value");
		assertEquals(margin, r.margin().getAsDouble(), 1e-6, r.constraint().describe() + " margin");
	}

	private static FloatVolume uniform(double doseGy) {
		float[] d = new float[GRID.voxelCount()];
		Arrays.fill(d, (float) doseGy);
		return new FloatVolume(GRID, d);
	}

	/** Slices k < 5 at {@code lowGy}, k >= 5 at {@code highGy}. */
	private static FloatVolume halves(double lowGy, double highGy) {
		float[] d = new float[GRID.voxelCount()];
		for (int i = 0; i < d.length; i++) {
			d[i] = (float) (i < d.length / 2 ? lowGy : highGy);
		}
		return new FloatVolume(GRID, d);
	}

	private static MetricInput structure(String name, FloatVolume dose) {
		float[] all = new float[GRID.voxelCount()];
		Arrays.fill(all, 1f);
		Mask mask = new Mask(GRID, all);
		return MetricInput.of(name, DvhCalculator.compute(dose, mask, NO_SUPERSAMPLING, ProgressMonitor.NULL), dose, mask);
	}
}
