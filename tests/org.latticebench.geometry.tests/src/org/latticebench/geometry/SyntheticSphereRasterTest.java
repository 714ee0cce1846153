package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;
import org.latticebench.testing.SharedData;

/**
 * The synthetic-sphere set of ../shared/data, with its contours rebuilt analytically as its
 * expected.json "description" states them (no DICOM parsing here; the dicom bundle does that):
 * CT grid 128 x 128 x 41 at 2 mm, centres x, y = -127..127, z = -40..40; "Sphere" centre 0, R = 30
 * mm, 360-point polygons on planes z = -28..28; "Box" x in [-100, -60], y in [-20, 20], rectangles
 * on planes z = -20..20. Our rasteriser implements the "slab" model (each plane extruded by +-1 mm),
 * so the rasterised volumes are checked against the slab volumes.
 */
class SyntheticSphereRasterTest {

	private static String expectedJson;
	private static final Grid3 CT_GRID = Grid3.axisAligned(new Vec3(-127, -127, -40), new Vec3(2, 2, 2), 128, 128, 41);

	@BeforeAll
	static void readExpected() throws IOException {
		expectedJson = Files.readString(SharedData.path("synthetic-sphere/expected.json"));
	}

	@Test
	void sphereRasterisedFromItsContoursMatchesTheSlabVolumeWithinHalfAPercent() {
		List<PlanarContour> contours = new ArrayList<>();
		for (int z = -28; z <= 28; z += 2) {
			contours.add(Fixtures.circle(0, 0, z, Math.sqrt(30.0 * 30.0 - z * z), 360, false));
		}
		Mask m = ContourRasterizer.toMask(contours, CT_GRID);
		// source: expected.json, Sphere.slab.volume_cc (112.97 cc)
		double slabCc = volumeCc("Sphere", "slab");
		assertVolumeEquals(slabCc, m.volumeCc(), 0.005, "Sphere (slab model)");
		// the 360-gon is 5e-5 smaller than the circle (expected.json description), so we sit just below
		assertTrue(m.volumeCc() < slabCc, "360-gon inscribed in the slab circles");
	}

	@Test
	void boxRasterisedFromItsRectanglesMatchesTheSlabVolumeWithinHalfAPercent() {
		List<PlanarContour> contours = new ArrayList<>();
		for (int z = -20; z <= 20; z += 2) {
			contours.add(Fixtures.rectangle(-100, -20, -60, 20, z));
		}
		Mask m = ContourRasterizer.toMask(contours, CT_GRID);
		// source: expected.json, Box.slab.volume_cc (67.2 cc = 40 x 40 x 42 mm)
		assertVolumeEquals(volumeCc("Box", "slab"), m.volumeCc(), 0.005, "Box (slab model)");
	}

	/** Reads {@code "<roi>": { ... "<model>": { ... "volume_cc": <number>} }} from expected.json. */
	private static double volumeCc(String roi, String model) {
		int roiAt = expectedJson.indexOf("\"" + roi + "\"");
		int modelAt = expectedJson.indexOf("\"" + model + "\"", roiAt);
		assertTrue(roiAt >= 0 && modelAt > roiAt, "expected.json has " + roi + "." + model);
		Matcher number = Pattern.compile("\"volume_cc\"\\s*:\\s*([-+0-9.eE]+)").matcher(expectedJson);
		assertTrue(number.find(modelAt), "expected.json has " + roi + "." + model + ".volume_cc");
		return Double.parseDouble(number.group(1));
	}
}
