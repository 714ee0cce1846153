package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertDoseEquals;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.testing.SharedData;

/**
 * ../shared/data/synthetic-sphere: masks built analytically on the CT grid and the analytic dose on
 * the RTDOSE grid geometry, both as described in expected.json ("description"), compared with the
 * closed-form "continuum" values of expected.json.
 * <p>
 * Tolerances. The engine treats the dose as linear inside each voxel, which is exact for
 * D = 50 + 0.5 x, so the only errors are (1) the masks' partial volumes, integrated here with 10^3
 * sub-samples per boundary voxel, and (2) where the engine places a boundary voxel's partial volume
 * (the 0.5 level set of the interpolated fractions). For a 30 mm sphere on a 2 mm grid the
 * reconstructed surface lies within about a tenth of a voxel (0.2 mm) of the true one, which at
 * 0.5 Gy/mm moves Dx by at most 0.1 Gy and Vx by at most (cross-section x 0.2 mm) / volume: at the
 * 40 Gy plane (x = -20 mm, r = 22.4 mm) 1571 mm^2 x 0.2 mm = 0.31 cc = 0.28 % of 113 cc. A tool
 * that samples dose at voxel centres only would be off by up to 0.5 Gy (README).
 */
class SyntheticSphereDvhTest {

	private static Object expected;
	private static FloatVolume dose;
	private static Grid3 ct;

	@BeforeAll
	static void load() throws IOException {
		String json = Files.readString(SharedData.path("synthetic-sphere/expected.json"));
		expected = MiniJson.parse(json);
		@SuppressWarnings("unchecked")
		String description = (String) ((Map<String, Object>) expected).get("description");
		// the grids below are the ones the data set describes; fail loudly if it changes
		assertTrue(description.contains("128 x 128 px, 2 mm pixels, centres x,y = -127..127; 41 slices z=-40..40 step 2"),
				description);
		assertTrue(description.contains("grid 110 cols x 52 rows x 41 frames, 2 mm, voxel centres x=-109..109, y=-51..51"),
				description);
		ct = Grid3.axisAligned(new Vec3(-127, -127, -40), new Vec3(2, 2, 2), 128, 128, 41);
		Grid3 rd = Grid3.axisAligned(new Vec3(-109, -51, -40), new Vec3(2, 2, 2), 110, 52, 41);
		// expected.json "dose_function": D = max(0, 50 + 0.5*x) Gy
		dose = AnalyticPhantoms.dose(rd, (x, y, z) -> Math.max(0, 50 + 0.5 * x));
	}

	private static double continuum(String roi, String key) {
		return MiniJson.number(expected, roi, "continuum", key);
	}

	@Test
	void sphereOfRadius30mmMatchesTheContinuumVolumeDxAndVx() {
		// expected.json: ROI 1 "Sphere", centre (0,0,0), R = 30 mm
		Mask sphere = AnalyticPhantoms.sphere(ct, Vec3.ZERO, 30);
		Dvh dvh = DvhCalculator.compute(dose, sphere, DvhSettings.DEFAULT, ProgressMonitor.NULL);
		assertVolumeEquals(continuum("Sphere", "volume_cc"), dvh.totalVolumeCc(), 0.002, "Sphere volume");
		assertDoseEquals(continuum("Sphere", "mean_gy"), dvh.meanGy(), 0.01, "Sphere mean (symmetric about x = 0)");
		assertDoseEquals(continuum("Sphere", "min_gy"), dvh.minGy(), 0.1, "Sphere min");
		assertDoseEquals(continuum("Sphere", "max_gy"), dvh.maxGy(), 0.1, "Sphere max");
		for (String p : new String[] { "98", "95", "50", "2" }) {
			assertDoseEquals(continuum("Sphere", "D" + p + "_gy"), dvh.doseAtVolumePercent(Double.parseDouble(p)), 0.1,
					"Sphere D" + p + "%");
		}
		for (String x : new String[] { "10", "20", "40", "50", "60" }) {
			double levelGy = Double.parseDouble(x);
			assertDoseEquals(continuum("Sphere", "V" + x + "Gy_pct"), dvh.volumeAtLeastPercent(levelGy), 0.3,
					"Sphere V" + x + "Gy in % (percentage points)");
			assertDoseEquals(continuum("Sphere", "V" + x + "Gy_cc"), dvh.volumeAtLeastCc(levelGy), 0.35,
					"Sphere V" + x + "Gy in cc");
		}
	}

	@Test
	void boxAlignedWithTheVoxelsMatchesTheContinuumExceptWhereTheDoseIsClippedAtZero() {
		// expected.json: ROI 2 "Box", x in [-100,-60], y in [-20,20], z in [-20,20]; its x and y faces lie on
		// voxel boundaries and its z faces halve the z = +-20 slices, so the mask is exact
		Mask box = AnalyticPhantoms.box(ct, new Vec3(-100, -20, -20), new Vec3(-60, 20, 20));
		Dvh dvh = DvhCalculator.compute(dose, box, DvhSettings.DEFAULT, ProgressMonitor.NULL);
		assertVolumeEquals(continuum("Box", "volume_cc"), dvh.totalVolumeCc(), 1e-5, "Box volume");
		// one 0.01 Gy bin is the resolution of the inverse queries. The cold face is the exception: the dose is
		// clipped at 0 Gy beyond x = -100 mm, so the grid value one voxel outside the box is 0 instead of -0.5 Gy,
		// the central-difference gradient of the x = -99 mm column is 0.75 instead of 1 Gy per voxel, and that
		// column's dose range starts at 0.125 Gy instead of 0: min, D98 and D95 (which lie in it) may be off by
		// up to 0.125 Gy (+ one bin)
		double coldColumnGy = 0.125 + 0.01;
		assertDoseEquals(continuum("Box", "min_gy"), dvh.minGy(), coldColumnGy, "Box min");
		assertDoseEquals(continuum("Box", "max_gy"), dvh.maxGy(), 0.01, "Box max");
		assertDoseEquals(continuum("Box", "mean_gy"), dvh.meanGy(), 0.01, "Box mean");
		assertDoseEquals(continuum("Box", "D98_gy"), dvh.doseAtVolumePercent(98), coldColumnGy, "Box D98%");
		assertDoseEquals(continuum("Box", "D95_gy"), dvh.doseAtVolumePercent(95), coldColumnGy, "Box D95%");
		assertDoseEquals(continuum("Box", "D50_gy"), dvh.doseAtVolumePercent(50), 0.01, "Box D50%");
		assertDoseEquals(continuum("Box", "D2_gy"), dvh.doseAtVolumePercent(2), 0.01, "Box D2%");
		for (String x : new String[] { "10", "20", "40" }) {
			assertDoseEquals(continuum("Box", "V" + x + "Gy_cc"), dvh.volumeAtLeastCc(Double.parseDouble(x)), 0.01,
					"Box V" + x + "Gy in cc");
		}
	}
}
