package org.latticebench.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.RegimenLibrary;

/**
 * Recompute-mode robustness: the same fluence with the isocentre moved, on a coarse phantom (5 mm
 * CT, 8 mm dose grid, 10 mm beamlets, 15 iterations).
 */
class RecomputeTest {

	private static final StandardPlanPipeline PIPELINE = new StandardPlanPipeline();
	private static final WorkflowSettings COARSE = new WorkflowSettings(8.0, 2, 15, Optional.empty(),
			WorkflowSettings.DEFAULT_SEED, 10.0);
	private static StudySnapshot study;
	private static PlanRun sbrt;

	@BeforeAll
	static void plan() {
		study = LiverPhantom.build(PhantomParameters.defaults().withSpacingMm(5.0), ProgressMonitor.NULL);
		sbrt = PIPELINE.run(study, PlanRequest.of(RegimenLibrary.builtIn().require("sbrt-50-5")), COARSE,
				ProgressMonitor.NULL);
	}

	@Test
	void zeroShiftReproducesTheNominalDose() {
		assertTrue(sbrt.delivery().isPresent(), "the standard pipeline keeps the delivered fluence");
		FloatVolume again = PIPELINE.recompute(study, sbrt, Vec3.ZERO, COARSE, ProgressMonitor.NULL);
		// closed form: the same engine, fluence, grid and factor give the same dose (deterministic engine)
		assertArrayEquals(sbrt.doseGy().values(), again.values(), 1e-5f);
	}

	@Test
	void aShiftMovesTheHighDoseRegionByTheShiftWithinAVoxel() {
		double sMm = 10;
		FloatVolume moved = PIPELINE.recompute(study, sbrt, new Vec3(sMm, 0, 0), COARSE, ProgressMonitor.NULL);
		Vec3 c0 = highDoseCentroid(sbrt.doseGy());
		Vec3 c1 = highDoseCentroid(moved);
		// the patient moves by +s, so the beams move by -s relative to the CT: the dose cloud moves by -s
		// along x and stays put along y and z; tolerance one dose voxel (8 mm)
		assertEquals(-sMm, c1.x() - c0.x(), 8.0, "x: " + c0 + " -> " + c1);
		assertEquals(0, c1.y() - c0.y(), 8.0, "y: " + c0 + " -> " + c1);
		assertEquals(0, c1.z() - c0.z(), 8.0, "z: " + c0 + " -> " + c1);
		// and it really moved: the centroid shift is more than half the shift
		assertTrue(c0.x() - c1.x() > sMm / 2, "x: " + c0 + " -> " + c1);
	}

	/** Dose-weighted centroid of the voxels above 80 % of the maximum, mm. */
	private static Vec3 highDoseCentroid(FloatVolume dose) {
		Grid3 g = dose.grid();
		double cut = 0.8 * dose.max(), w = 0, x = 0, y = 0, z = 0;
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					double d = dose.values()[g.index(i, j, k)];
					if (d >= cut) {
						Vec3 p = g.toPatientMm(i, j, k);
						w += d;
						x += d * p.x();
						y += d * p.y();
						z += d * p.z();
					}
				}
			}
		}
		return new Vec3(x / w, y / w, z / w);
	}
}
