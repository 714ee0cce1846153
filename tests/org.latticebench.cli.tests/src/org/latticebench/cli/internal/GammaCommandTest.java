package org.latticebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.cli.CliCommand;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.dicom.DicomExporter;
import org.latticebench.dicom.DoseEncoding;
import org.latticebench.dicom.DoseExport;
import org.latticebench.dicom.ExportRequest;
import org.latticebench.dicom.ImportedDose;
import org.latticebench.dicom.RtDoseReader;
import org.latticebench.evaluation.gamma.GammaCriterion;
import org.latticebench.evaluation.gamma.GammaIndex;
import org.latticebench.evaluation.gamma.GammaResult;
import org.latticebench.evaluation.gamma.GammaSettings;
import org.latticebench.testing.SharedData;

class GammaCommandTest {

	@TempDir
	Path tmp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

	private int run(List<String> args) {
		CommandLine cli = new CommandLine(List.<CliCommand>of(new GammaCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), t -> List.of());
		return cli.run(args);
	}

	@Test
	void aDoseAgainstItselfPassesEverywhere() throws Exception {
		Path dose = SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm");
		Path csv = tmp.resolve("gamma.csv");
		int code = run(List.of("gamma", "--reference", dose.toString(), "--evaluated", dose.toString(), "--criteria", "3%/3mm",
				"--criteria", "2%/2mm", "--local", "--out", csv.toString()));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		List<String> lines = Files.readAllLines(csv);
		// the column contract of issue 15, exactly
		assertEquals("criteria,normalisation,threshold_pct,evaluated_voxels,pass_rate_pct,mean_gamma,gamma_p95", lines.get(0));
		assertEquals(3, lines.size());
		// identical doses: gamma 0 at every evaluated voxel, so 100 % pass, mean and p95 0
		String[] row = lines.get(1).split(",");
		assertEquals("3%/3mm", row[0]);
		assertEquals("local", row[1]);
		assertEquals(10.0, Double.parseDouble(row[2]));
		assertEquals(100.0, Double.parseDouble(row[4]));
		assertEquals(0.0, Double.parseDouble(row[5]));
		assertEquals(0.0, Double.parseDouble(row[6]));
		// evaluated voxels: the reference voxels at or above 10 % of its maximum, counted here directly
		FloatVolume d = RtDoseReader.read(dose).dose();
		double thresholdGy = 0.1 * d.max();
		int above = 0;
		for (float v : d.values()) {
			above += v >= thresholdGy ? 1 : 0;
		}
		assertEquals(above, Integer.parseInt(row[3]));
		String stdout = out.toString(StandardCharsets.UTF_8);
		assertTrue(stdout.contains("3%/3mm local: pass 100.00 % (n = " + above + ", mean 0.00, p95 0.00)"), stdout);
		assertTrue(stdout.contains("2%/2mm local: pass 100.00 %"), stdout);
	}

	@Test
	void aShiftedCopyOfTheLinearDoseGivesTheClosedFormGammaInsideTheSphere() throws Exception {
		Path dir = SharedData.path("synthetic-sphere");
		Path refFile = dir.resolve("RD_synthetic.dcm");
		ImportedDose ref = RtDoseReader.read(refFile);
		// the same samples on a grid moved 2 mm along +x: De(x) = D(x - 2 mm) = D(x) - 1 Gy (0.5 Gy/mm)
		Grid3 g = ref.dose().grid();
		Grid3 moved = new Grid3(g.originMm().plus(new Vec3(2, 0, 0)), g.spacingMm(), g.nx(), g.ny(), g.nz(), g.rowDir(),
				g.columnDir(), g.sliceDir());
		FloatVolume shifted = new FloatVolume(moved, ref.dose().values().clone());
		Path evalFile = export(shifted, "shifted");
		Path csv = tmp.resolve("gamma.csv");
		int code = run(List.of("gamma", "--reference", refFile.toString(), "--evaluated", evalFile.toString(), "--criteria",
				"3%/3mm", "--criteria", "0.5%/1mm", "--norm-gy", "100", "--mask-rtstruct",
				dir.resolve("RS_synthetic.dcm").toString(), "--mask-roi", "Sphere", "--out", csv.toString()));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		List<String> lines = Files.readAllLines(csv);
		// closed form for a linear dose of gradient g = 0.5 Gy/mm and a dose offset dD = 1 Gy:
		// gamma = (dD / c) / sqrt(1 + (g * DTA / c)^2), the same at every voxel away from the grid edge.
		// 3%/3mm of 100 Gy: c = 3 Gy: (1/3) / sqrt(1 + 0.25) = 0.29814
		String[] r3 = lines.get(1).split(",");
		assertEquals("global", r3[1]);
		assertEquals(100.0, Double.parseDouble(r3[4]));
		assertEquals(0.29814, Double.parseDouble(r3[5]), 2e-4);
		assertEquals(0.29814, Double.parseDouble(r3[6]), 2e-4);
		// 0.5%/1mm: c = 0.5 Gy: 2 / sqrt(1 + 1) = 1.41421, every voxel fails
		String[] r05 = lines.get(2).split(",");
		assertEquals("0.5%/1mm", r05[0]);
		assertEquals(0.0, Double.parseDouble(r05[4]));
		assertEquals(1.41421, Double.parseDouble(r05[5]), 2e-4);
		// the Sphere (R = 30 mm, expected.json) on the 2 mm dose grid: about 113 cc / 8 mm^3 = 14100 voxels
		int n = Integer.parseInt(r3[3]);
		assertTrue(n > 13000 && n < 15200, "sphere voxels " + n);
	}

	@Test
	void aScaledCopyPassesAtThreePercentEverywhere() throws Exception {
		Path refFile = SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm");
		ImportedDose ref = RtDoseReader.read(refFile);
		float[] v = ref.dose().values().clone();
		for (int i = 0; i < v.length; i++) {
			v[i] *= 1.02f;
		}
		Path evalFile = export(new FloatVolume(ref.dose().grid(), v), "scaled");
		Path csv = tmp.resolve("gamma.csv");
		assertEquals(0, run(List.of("gamma", "--reference", refFile.toString(), "--evaluated", evalFile.toString(),
				"--criteria", "3%/3mm", "--criteria", "1%/1mm", "--threshold-pct", "50", "--out", csv.toString())),
				err.toString(StandardCharsets.UTF_8));
		List<String> lines = Files.readAllLines(csv);
		// 2 % more everywhere: gamma <= 0.02 Dr / (0.03 Dmax) <= 0.667 at 3 %, so all pass; at the peak
		// (gradient 0) gamma is 0.667, the largest value: p95 below it
		String[] r3 = lines.get(1).split(",");
		assertEquals(100.0, Double.parseDouble(r3[4]));
		assertTrue(Double.parseDouble(r3[6]) <= 0.6667 + 1e-3, lines.get(1));
		// a second criterion gives a second row; gamma never exceeds the default cap of 2
		String[] r1 = lines.get(2).split(",");
		assertEquals("1%/1mm", r1[0]);
		assertEquals(r3[3], r1[3], "the same voxels are evaluated for every criterion");
		assertTrue(Double.parseDouble(r1[6]) <= 2.0 + 1e-9, lines.get(2));
		assertTrue(Double.parseDouble(r1[5]) >= Double.parseDouble(r3[5]), "a tighter criterion cannot lower the mean");
	}

	@Test
	void badCriteriaAndMissingFilesAreUsageErrorsInOneLine() {
		Path dose = SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm");
		Path csv = tmp.resolve("gamma.csv");
		assertEquals(2, run(List.of("gamma", "--reference", dose.toString(), "--evaluated", dose.toString(), "--criteria", "3/3",
				"--out", csv.toString())));
		String e = err.toString(StandardCharsets.UTF_8);
		assertTrue(e.contains("'3/3'") && e.contains("3%/3mm"), e);
		err.reset();
		assertEquals(2, run(List.of("gamma", "--reference", tmp.resolve("none.dcm").toString(), "--evaluated",
				dose.toString(), "--criteria", "3%/3mm", "--out", csv.toString())));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("none.dcm"), err.toString(StandardCharsets.UTF_8));
		err.reset();
		assertEquals(1, run(List.of("gamma", "--reference", dose.toString(), "--evaluated", dose.toString(), "--criteria",
				"3%/3mm", "--mask-rtstruct", SharedData.path("dicompyler-breast/rtss.dcm").toString(), "--mask-roi", "Nope",
				"--out", csv.toString())));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("'Nope'"), err.toString(StandardCharsets.UTF_8));
		assertFalse(Files.exists(csv), "nothing is written on failure");
	}

	@Test
	void theGammaMapIsWrittenAsNrrdOnTheReferenceGridWithTheEngineValues() throws Exception {
		Path dir = SharedData.path("synthetic-sphere");
		Path refFile = dir.resolve("RD_synthetic.dcm");
		ImportedDose ref = RtDoseReader.read(refFile);
		FloatVolume scaled = scaledCopy(ref.dose(), 1.03f);
		Path evalFile = export(scaled, "scaled3");
		Path csv = tmp.resolve("gamma.csv"), map = tmp.resolve("maps/gamma.nrrd");
		assertEquals(0, run(List.of("gamma", "--reference", refFile.toString(), "--evaluated", evalFile.toString(), "--criteria",
				"2%/2mm", "--out", csv.toString(), "--map-out", map.toString())), err.toString(StandardCharsets.UTF_8));
		Nrrd nrrd = Nrrd.read(map);
		Grid3 g = ref.dose().grid();
		// the header: float, LPS, the reference grid's size, spacing and origin (read from its RTDOSE)
		assertEquals("float", nrrd.field("type"));
		assertEquals("3", nrrd.field("dimension"));
		assertEquals("left-posterior-superior", nrrd.field("space"));
		assertEquals("raw", nrrd.field("encoding"));
		assertEquals("little", nrrd.field("endian"));
		assertEquals(g.nx() + " " + g.ny() + " " + g.nz(), nrrd.field("sizes"));
		assertArrayEquals(new double[] { g.originMm().x(), g.originMm().y(), g.originMm().z() }, nrrd.vectors("space origin")[0],
				1e-9);
		double[][] dirs = nrrd.vectors("space directions");
		assertArrayEquals(new double[] { g.spacingMm().x(), 0, 0 }, dirs[0], 1e-9);
		assertArrayEquals(new double[] { 0, g.spacingMm().y(), 0 }, dirs[1], 1e-9);
		assertArrayEquals(new double[] { 0, 0, g.spacingMm().z() }, dirs[2], 1e-9);
		assertTrue(nrrd.field("content").contains("gamma") && nrrd.field("content").contains("not Gy"), nrrd.field("content"));
		// the values: the engine's gamma at every voxel, computed here directly; -1 where it is NaN (not
		// evaluated), as GammaCommand.NOT_EVALUATED documents
		GammaResult engine = GammaIndex.compute(ref.dose(), RtDoseReader.read(evalFile).dose(),
				GammaSettings.global(new GammaCriterion(2, 2)), ProgressMonitor.NULL).get(0);
		float[] values = nrrd.floats();
		assertEquals(g.voxelCount(), values.length);
		int evaluated = 0;
		for (int n = 0; n < values.length; n++) {
			float expected = engine.gammaMap().values()[n];
			assertEquals(Float.isNaN(expected) ? -1f : expected, values[n], 0f, "voxel " + n);
			evaluated += values[n] >= 0 ? 1 : 0;
		}
		assertEquals(engine.evaluatedVoxels(), evaluated);
		// a voxel at the sphere's centre (dose gradient ~0): 3 % more dose against a 2 % criterion of the
		// maximum; the centre voxel of the grid holds a real, evaluated value
		int centre = g.index(g.nx() / 2, g.ny() / 2, g.nz() / 2);
		assertTrue(values[centre] > 0 && values[centre] < 2, "gamma at the centre " + values[centre]);
		assertEquals(-1f, values[0], 0f, "the corner is below the threshold: not evaluated");
	}

	@Test
	void severalCriteriaGiveOneMapPerCriterionAndBadOptionsAreUsageErrors() throws Exception {
		Path refFile = SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm");
		Path csv = tmp.resolve("gamma.csv"), map = tmp.resolve("g.nrrd");
		assertEquals(0, run(List.of("gamma", "--reference", refFile.toString(), "--evaluated", refFile.toString(), "--criteria",
				"3%/3mm", "--criteria", "2.5%/1.5mm", "--interpolation", "linear", "--out", csv.toString(), "--map-out",
				map.toString())), err.toString(StandardCharsets.UTF_8));
		assertFalse(Files.exists(map));
		// identical doses: gamma 0 wherever evaluated, in both maps
		for (String name : List.of("g-3pct-3mm.nrrd", "g-2.5pct-1.5mm.nrrd")) {
			Nrrd nrrd = Nrrd.read(tmp.resolve(name));
			int zeros = 0;
			for (float v : nrrd.floats()) {
				assertTrue(v == -1f || v == 0f, name + ": " + v);
				zeros += v == 0f ? 1 : 0;
			}
			assertEquals(Integer.parseInt(Files.readAllLines(csv).get(1).split(",")[3]), zeros, name);
			assertTrue(nrrd.comments().stream().anyMatch(c -> c.contains("linear interpolation")), nrrd.comments().toString());
		}
		err.reset();
		assertEquals(2, run(List.of("gamma", "--reference", refFile.toString(), "--evaluated", refFile.toString(), "--criteria",
				"3%/3mm", "--interpolation", "quintic", "--out", csv.toString())));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("'quintic'"), err.toString(StandardCharsets.UTF_8));
		err.reset();
		assertEquals(2, run(List.of("gamma", "--reference", refFile.toString(), "--evaluated", refFile.toString(), "--criteria",
				"3%/3mm", "--out", csv.toString(), "--map-out", tmp.resolve("g.mha").toString())));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("NRRD"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void plastimatchReadsTheGammaMapWithTheReferenceGeometry() throws Exception {
		Optional<Path> plastimatch = Stream.of("/usr/bin/plastimatch", "/usr/local/bin/plastimatch").map(Path::of)
				.filter(Files::isExecutable).findFirst();
		assumeTrue(plastimatch.isPresent(), "plastimatch is not installed (Debian package plastimatch); skipping the cross-read");
		Path refFile = SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm");
		ImportedDose ref = RtDoseReader.read(refFile);
		Path evalFile = export(scaledCopy(ref.dose(), 1.02f), "scaled2");
		Path map = tmp.resolve("gamma.nrrd");
		assertEquals(0, run(List.of("gamma", "--reference", refFile.toString(), "--evaluated", evalFile.toString(), "--criteria",
				"1%/1mm", "--out", tmp.resolve("gamma.csv").toString(), "--map-out", map.toString())),
				err.toString(StandardCharsets.UTF_8));
		Process p = new ProcessBuilder(plastimatch.get().toString(), "header", map.toString()).redirectErrorStream(true).start();
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), text);
		// plastimatch's own reading of the header: the reference RTDOSE's origin, size and spacing
		Grid3 g = ref.dose().grid();
		assertEquals(List.of(g.originMm().x(), g.originMm().y(), g.originMm().z()), numbers(text, "Origin"), text);
		assertEquals(List.of((double) g.nx(), (double) g.ny(), (double) g.nz()), numbers(text, "Size"), text);
		assertEquals(List.of(g.spacingMm().x(), g.spacingMm().y(), g.spacingMm().z()), numbers(text, "Spacing"), text);
		assertTrue(text.contains("Type = float"), text);
		// and its statistics of the values: from -1 (not evaluated) to the largest gamma, at the peak voxel.
		// It lies 1.27 mm from the Gaussian's centre (params.txt: c, origin, spacing), so D = 14.191 Gy
		// and |grad De| = 1.02 * 14 * 1.27 / 35^2 = 0.0148 Gy/mm; the dose term is 2 % / 1 % = 2, and the
		// tangent plane gives 2 / sqrt(1 + (0.0148 * 1 / 0.142)^2) = 1.989
		Process s = new ProcessBuilder(plastimatch.get().toString(), "stats", map.toString()).redirectErrorStream(true).start();
		String stats = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, s.waitFor(), stats);
		float max = Float.NEGATIVE_INFINITY;
		for (float v : Nrrd.read(map).floats()) {
			max = Math.max(max, v);
		}
		assertEquals(-1.0, statistic(stats, "MIN"), 1e-6, stats);
		assertEquals(max, statistic(stats, "MAX"), 1e-6, stats);
		assertEquals(1.989, max, 0.005, "the largest gamma");
	}

	/** A value from plastimatch stats' line {@code MIN a AVE b MAX c ...}. */
	private static double statistic(String text, String key) {
		String[] t = text.lines().filter(l -> l.startsWith("MIN ")).findFirst().orElseThrow(() -> new AssertionError(text))
				.trim().split("\\s+");
		for (int i = 0; i + 1 < t.length; i++) {
			if (t[i].equals(key)) {
				return Double.parseDouble(t[i + 1]);
			}
		}
		throw new AssertionError("no " + key + " in " + text);
	}

	/** The numbers after {@code key =} in plastimatch's header listing, rounded to its 4 decimals. */
	private static List<Double> numbers(String text, String key) {
		String line = text.lines().filter(l -> l.startsWith(key + " =")).findFirst().orElseThrow(() -> new AssertionError(
				"no " + key + " in " + text));
		return Stream.of(line.substring(line.indexOf('=') + 1).trim().split("\\s+")).map(Double::parseDouble)
				.map(v -> Math.round(v * 1e4) / 1e4).toList();
	}

	private static FloatVolume scaledCopy(FloatVolume d, float factor) {
		float[] v = d.values().clone();
		for (int i = 0; i < v.length; i++) {
			v[i] *= factor;
		}
		return new FloatVolume(d.grid(), v);
	}

	/** Writes a dose as a 32-bit RTDOSE with the project's exporter, on a zero CT of its own grid. */
	private Path export(FloatVolume doseGy, String label) {
		StudySnapshot study = new StudySnapshot("Gamma^Test", "G1", FloatVolume.zeros(doseGy.grid()), List.of());
		ExportRequest request = ExportRequest.of(study).withDose(DoseExport.physical(label, doseGy))
				.withDoseEncodings(EnumSet.of(DoseEncoding.UINT32));
		return DicomExporter.export(request, tmp.resolve("export-" + label), ProgressMonitor.NULL).doses().get(0).file();
	}
}
