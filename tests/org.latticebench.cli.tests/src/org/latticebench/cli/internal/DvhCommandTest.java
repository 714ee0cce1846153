package org.latticebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertDoseEquals;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.cli.CliCommand;
import org.latticebench.testing.SharedData;

class DvhCommandTest {

	@TempDir
	Path tmp;

	private int run(List<String> args, ByteArrayOutputStream err) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CommandLine cli = new CommandLine(List.<CliCommand>of(new DvhCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), t -> List.of());
		return cli.run(args);
	}

	private static Map<String, String> row(List<String> lines, String structure) {
		List<String> header = Arrays.asList(lines.get(0).split(","));
		String line = lines.stream().filter(l -> l.startsWith(structure + ",")).findFirst().orElseThrow();
		List<String> cells = Arrays.asList(line.split(",", -1));
		return header.stream().collect(Collectors.toMap(h -> h, h -> cells.get(header.indexOf(h))));
	}

	@Test
	void syntheticSphereMetricsMatchTheSlabModelOfExpectedJson() throws Exception {
		Path dir = SharedData.path("synthetic-sphere");
		Path metrics = tmp.resolve("metrics.csv"), cumulative = tmp.resolve("dvh.csv");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = run(List.of("dvh", "--rtstruct", dir.resolve("RS_synthetic.dcm").toString(), "--rtdose",
				dir.resolve("RD_synthetic.dcm").toString(), "--ct", dir.toString(), "--out", metrics.toString(), "--cumulative",
				cumulative.toString()), err);
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		List<String> lines = Files.readAllLines(metrics);
		// the column contract of issue 8, exactly
		assertEquals("structure,volume_cc,min_gy,mean_gy,max_gy,D98_gy,D95_gy,D50_gy,D2_gy,V5Gy_pct,V10Gy_pct,V20Gy_pct,"
				+ "V30Gy_pct,V40Gy_pct,V50Gy_pct,V60Gy_pct", lines.get(0));
		Map<String, String> sphere = row(lines, "Sphere");
		// expected.json Sphere "slab" (contours extruded +-1 mm, as the CT-grid rasterisation does): 112.972 cc
		assertVolumeEquals(112.97167182308897, Double.parseDouble(sphere.get("volume_cc")), 0.005, "Sphere volume");
		// expected.json: mean 50 Gy, D50 50 Gy, D98 37.52 Gy; dose is linear so trilinear sampling is exact;
		// the tolerance is the 0.2 mm surface reconstruction error times 0.5 Gy/mm, doubled
		assertDoseEquals(50.0, Double.parseDouble(sphere.get("mean_gy")), 0.2, "Sphere mean");
		assertDoseEquals(50.0, Double.parseDouble(sphere.get("D50_gy")), 0.2, "Sphere D50");
		assertDoseEquals(37.51982349962532, Double.parseDouble(sphere.get("D98_gy")), 0.2, "Sphere D98");
		// expected.json slab: V40Gy 92.587 %, V60Gy 7.413 %
		assertEquals(92.58667954154583, Double.parseDouble(sphere.get("V40Gy_pct")), 0.5);
		assertEquals(7.413320458454156, Double.parseDouble(sphere.get("V60Gy_pct")), 0.5);
		List<String> dvh = Files.readAllLines(cumulative);
		assertTrue(dvh.get(0).startsWith("dose_gy,"), dvh.get(0));
		// at 0 Gy every structure's whole volume is counted: the Sphere column's first value is its volume
		int col = Arrays.asList(dvh.get(0).split(",")).indexOf("Sphere");
		assertVolumeEquals(Double.parseDouble(sphere.get("volume_cc")), Double.parseDouble(dvh.get(1).split(",")[col]), 1e-3,
				"cumulative DVH at 0 Gy");
	}

	@Test
	void eqd2NeedsFractionsAndMissingFilesFailInOneLine() {
		Path dir = SharedData.path("synthetic-sphere");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(2, run(List.of("dvh", "--rtstruct", dir.resolve("RS_synthetic.dcm").toString(), "--rtdose",
				dir.resolve("RD_synthetic.dcm").toString(), "--eqd2", "--out", tmp.resolve("m.csv").toString()), err));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--fractions"), err.toString(StandardCharsets.UTF_8));
		err.reset();
		assertEquals(1, run(List.of("dvh", "--rtstruct", tmp.resolve("missing.dcm").toString(), "--rtdose",
				dir.resolve("RD_synthetic.dcm").toString(), "--out", tmp.resolve("m.csv").toString()), err));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.dcm"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void eqd2ConvertsVoxelwiseWithTheTargetAlphaBeta() throws Exception {
		Path dir = SharedData.path("synthetic-sphere");
		Path metrics = tmp.resolve("eqd2.csv");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(0, run(List.of("dvh", "--rtstruct", dir.resolve("RS_synthetic.dcm").toString(), "--rtdose",
				dir.resolve("RD_synthetic.dcm").toString(), "--ct", dir.toString(), "--eqd2", "--fractions", "5",
				"--alpha-beta-gy", "10", "--out", metrics.toString()), err), err.toString(StandardCharsets.UTF_8));
		Map<String, String> sphere = row(Files.readAllLines(metrics), "Sphere");
		// closed form: EQD2 = (D + D^2 / (n * ab)) / (1 + 2 / ab) per voxel, so its mean over the sphere is
		// (mean D + mean D^2 / 50) / 1.2 with D = 50 + 0.5 x: mean D = 50, mean D^2 = 2500 + 0.25 R^2 / 5 = 2545
		// (solid sphere, R = 30 mm) -> (50 + 50.9) / 1.2 = 84.083 Gy; the max is not used because partial
		// boundary voxels sample dose up to a voxel beyond the surface
		assertDoseEquals((50 + 2545.0 / 50) / 1.2, Double.parseDouble(sphere.get("mean_gy")), 0.3, "EQD2 mean");
	}
}
