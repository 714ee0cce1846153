package org.latticebench.examples.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.latticebench.core.BeamSpec;
import org.latticebench.core.CancelledException;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.dose.DoseRequest;
import org.latticebench.dose.DoseResult;
import org.latticebench.dose.FluenceMap;
import org.latticebench.dose.InvalidDoseRequestException;

class UniformDoseEngineTest {

	/** 20^3 voxels of 5 mm, centred on the origin. */
	private static final Grid3 GRID = Grid3.axisAligned(new Vec3(-47.5, -47.5, -47.5), new Vec3(5, 5, 5), 20, 20, 20);

	private final UniformDoseEngine engine = new UniformDoseEngine();

	private static FloatVolume waterCt() {
		return new FloatVolume(GRID, new float[GRID.voxelCount()]); // 0 HU everywhere
	}

	/** Voxels with x < 0 are inside the body: half the grid. */
	private static Mask leftHalfBody() {
		float[] f = new float[GRID.voxelCount()];
		for (int k = 0; k < GRID.nz(); k++) {
			for (int j = 0; j < GRID.ny(); j++) {
				for (int i = 0; i < GRID.nx() / 2; i++) {
					f[GRID.index(i, j, k)] = 1f;
				}
			}
		}
		return new Mask(GRID, f);
	}

	/** Beam 1: open 10 x 10 cm field, every beamlet weight 2. Beam 2: every other beamlet 4, the rest 0. */
	private static DoseRequest request() {
		FluenceMap open = FluenceMap.openField(100, 100, 5, 2f);
		float[] alternate = new float[open.weights().length];
		for (int i = 0; i < alternate.length; i += 2) {
			alternate[i] = 4f;
		}
		List<BeamSpec> beams = List.of(BeamSpec.of6Mv("G000", 0, 0, Vec3.ZERO), BeamSpec.of6Mv("G180", 180, 0, Vec3.ZERO));
		return DoseRequest.of(waterCt(), GRID, beams, List.of(open, open.withWeights(alternate))).withThreads(1);
	}

	@Test
	void bodyGetsTheSumOfMeanActiveWeightsAndAirGetsNothing() {
		DoseResult result = engine.calculate(request().withBody(leftHalfBody()), ProgressMonitor.NULL);
		// closed form: mean positive weight 2 (beam 1) + 4 (beam 2) = 6 Gy in the body, 0 Gy outside
		float[] dose = result.doseGy().values();
		assertEquals(6f, result.doseGy().get(0, 10, 10), 0f, "inside the body");
		assertEquals(0f, result.doseGy().get(19, 10, 10), 0f, "outside the body");
		assertEquals(6 * 4000, sum(dose), 1e-3, "4000 body voxels at 6 Gy");
		assertEquals(6.0, result.stats().maxDoseGy(), 1e-6);
		assertEquals(UniformDoseEngine.ID, result.engineId());
		assertEquals(4000, result.stats().voxels(), "the template counts the body voxels");
	}

	@Test
	void withoutABodyMaskEveryVoxelGetsTheDose() {
		DoseResult result = engine.calculate(request(), ProgressMonitor.NULL);
		// closed form: 8000 voxels x 6 Gy
		assertEquals(6 * 8000, sum(result.doseGy().values()), 1e-3);
	}

	@Test
	void theTemplateRejectsAnInconsistentRequestNamingTheField() {
		DoseRequest oneFluenceForTwoBeams = request().withFluences(List.of(FluenceMap.openField(100, 100, 5, 1f)));
		var e = assertThrows(InvalidDoseRequestException.class, () -> engine.calculate(oneFluenceForTwoBeams, ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("1 fluence maps for 2 beams"), e.getMessage());
	}

	@Test
	void cancellationStopsTheCalculation() {
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
		assertThrows(CancelledException.class, () -> engine.calculate(request(), cancelled));
	}

	private static double sum(float[] values) {
		double s = 0;
		for (float v : values) {
			s += v;
		}
		return s;
	}
}
