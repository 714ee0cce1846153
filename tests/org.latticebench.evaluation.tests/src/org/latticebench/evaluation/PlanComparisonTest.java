package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.latticebench.evaluation.internal.MetricRegistryComponent;

class PlanComparisonTest {

	private static final Grid3 G = Grid3.axisAligned(Vec3.ZERO, new Vec3(10, 10, 10), 4, 4, 4);

	private static PlanEvaluation plan(String name, float doseGy, boolean withCord) {
		float[] d = new float[G.voxelCount()];
		java.util.Arrays.fill(d, doseGy);
		float[] all = new float[G.voxelCount()];
		java.util.Arrays.fill(all, 1f);
		List<StructureSnapshot> s = withCord
				? List.of(StructureSnapshot.ofMask("Liver", StructureRole.OAR, 0, 2.5, new Mask(G, all)),
						StructureSnapshot.ofMask("Cord", StructureRole.OAR, 0, 3, new Mask(G, all)))
				: List.of(StructureSnapshot.ofMask("Liver", StructureRole.OAR, 0, 2.5, new Mask(G, all)));
		return PlanEvaluation.compute(name, new FloatVolume(G, d), s, Map.of(), DvhSettings.DEFAULT, ProgressMonitor.NULL);
	}

	@Test
	void deltasAreTakenAgainstTheChosenReferenceAndMissingStructuresStayEmpty() {
		// uniform doses: Dmean equals the dose, 64 voxels of 1 cc receive it all
		List<PlanEvaluation> plans = List.of(plan("SBRT", 30, true), plan("Lattice", 12, false), plan("Conventional", 50, true));
		PlanComparison.Table t = PlanComparison.compare(plans, 0,
				List.of(new PlanComparison.Request("Liver", "Dmean"), new PlanComparison.Request("Cord", "V20Gy_cc")),
				new MetricRegistryComponent());
		assertEquals(List.of("SBRT", "Lattice", "Conventional"), t.planNames());
		PlanComparison.Row liver = t.rows().get(0);
		assertEquals("Gy", liver.unit());
		assertEquals(12.0, liver.values().get(1).orElseThrow(), 1e-4);
		assertEquals(12.0 - 30.0, liver.deltasToReference().get(1).orElseThrow(), 1e-4);
		assertEquals(50.0 - 30.0, liver.deltasToReference().get(2).orElseThrow(), 1e-4);
		assertEquals(0.0, liver.deltasToReference().get(0).orElseThrow(), 1e-12);
		PlanComparison.Row cord = t.rows().get(1);
		assertEquals("cc", cord.unit());
		assertEquals(64.0, cord.values().get(0).orElseThrow(), 1e-6);
		assertTrue(cord.values().get(1).isEmpty(), "the lattice plan has no cord");
		assertTrue(cord.deltasToReference().get(1).isEmpty());
	}
}
