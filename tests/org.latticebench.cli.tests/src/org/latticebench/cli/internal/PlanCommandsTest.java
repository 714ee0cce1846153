package org.latticebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dicom.RtDoseReader;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.planning.LatticeReport;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.planning.PlanGenerators;
import org.latticebench.planning.RegimenLibrary;

/**
 * The {@code plan}, {@code dose} and {@code optimize} commands on the built-in phantom. The
 * computing commands use a coarse set-up (8 mm dose grid, 10 mm beamlets, few iterations) so that
 * they run in seconds; plan quality at planning resolution is the workflow tests' business.
 */
class PlanCommandsTest {

	private static final List<String> COARSE = List.of("--dose-grid-mm", "8", "--beamlet-mm", "10", "--max-iterations",
			"12", "--threads", "2");

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		CommandLine cli = new CommandLine(List.of(new PlanCommand(), new DoseCommand(), new OptimizeCommand()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				t -> List.of());
		return cli.run(List.of(args));
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}

	@Test
	void planWritesTheSphereTableOfTheLatticeGenerator() throws IOException {
		Path o = dir.resolve("lattice");
		assertEquals(0, run("plan", "--study", "phantom", "--regimen", "lattice-sfrt", "--out", o.toString()), err.toString());
		// expected: the lattice generator run directly on the same phantom with its defaults and the workflow seed
		StudySnapshot phantom = LiverPhantom.build(PhantomParameters.defaults(), ProgressMonitor.NULL);
		PlanGenerator lattice = PlanGenerators.builtIn().stream().filter(g -> g.id().equals("lattice")).findFirst().orElseThrow();
		LatticeReport expected = lattice.generate(phantom, RegimenLibrary.builtIn().require("lattice-sfrt"),
				lattice.settingsFrom(java.util.Map.of("seed", "20260101")), ProgressMonitor.NULL).lattice().orElseThrow();
		List<String> rows = lines(o.resolve("spheres.csv"));
		assertEquals(PlanSummary.SPHERE_COLUMNS, List.of(rows.get(0).split(",")));
		assertEquals(expected.decisions().size(), rows.size() - 1);
		long kept = rows.stream().skip(1).filter(r -> r.contains(",WHOLE,") || r.contains(",CLIPPED,")).count();
		assertEquals(expected.keptCount(), kept);
		assertTrue(rows.stream().skip(1).filter(r -> r.contains("DROPPED")).allMatch(r -> !r.endsWith(",")),
				"every dropped sphere has a reason");
		String json = Files.readString(o.resolve("plan.json"));
		assertTrue(json.contains("\"kept\": " + expected.keptCount()), json);
		assertTrue(json.contains("\"name\": \"PTV_peak\""), "targets list the peak structure");
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("Spheres: " + expected.keptCount() + " kept"), text);
		assertTrue(text.matches("(?s).*placement \\d+\\.\\d\\d s.*"), text);
		assertTrue(lines(o.resolve("targets.csv")).stream().anyMatch(r -> r.startsWith("PTV,TARGET,")));
		assertTrue(Files.readString(o.resolve(PlanArgs.SAVED_PLAN_FILE)).contains("setting.sphereDiameterMm=15.0"));
	}

	@Test
	void unknownRegimenIsAUsageErrorListingTheValidIds() {
		assertEquals(2, run("plan", "--study", "phantom", "--regimen", "sbrt-99", "--out", dir.toString()));
		String first = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		assertTrue(first.contains("unknown regimen 'sbrt-99'") && first.contains("lattice-sfrt")
				&& first.contains("sbrt-50-5"), first);
	}

	@Test
	void unknownSettingIsAUsageErrorNamingIt() {
		assertEquals(2, run("plan", "--study", "phantom", "--regimen", "lattice-sfrt", "--set", "sphereSize=10", "--out",
				dir.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("sphereSize"), err.toString(StandardCharsets.UTF_8));
		assertEquals(2, run("dose", "--study", "phantom", "--plan", "sbrt-50-5", "--set", "nokey", "--out", dir.toString()));
	}

	@Test
	void constraintsOptionHasTheSameNameAsInCompareAndTheOldNameMustAgreeWithIt() {
		for (String command : List.of("dose", "optimize")) {
			err.reset();
			assertEquals(2, run(command, "--study", "phantom", "--plan", "sbrt-50-5", "--constraints", "tg101-5fx",
					"--constraint-set", "imrt-45-15", "--out", dir.resolve(command).toString()), command);
			String first = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
			assertEquals("latticebench " + command
					+ ": --constraints tg101-5fx and --constraint-set imrt-45-15 disagree; give one", first);
			assertFalse(Files.exists(dir.resolve(command)), "nothing written");
		}
	}

	@Test
	void unknownEngineIsAOneLineUsageErrorListingTheRegisteredIds() {
		for (String command : List.of("dose", "optimize")) {
			err.reset();
			assertEquals(2, run(command, "--study", "phantom", "--plan", "sbrt-50-5", "--engine", "monte-carlo", "--out",
					dir.resolve(command).toString()), command);
			List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
			// no engine service is registered in this test's context, so the built-in pencil beam is the only one
			assertEquals("latticebench " + command + ": --engine: unknown dose engine 'monte-carlo'; registered: pencil-beam-6mv",
					lines.get(0));
			assertEquals(2, lines.size(), "the error and the usage line: " + lines);
			assertTrue(lines.get(1).startsWith("usage: latticebench --headless " + command), lines.get(1));
			assertFalse(Files.exists(dir.resolve(command)), "nothing written");
		}
	}

	@Test
	void doseWritesRtdoseAndATimedSummary() throws IOException {
		Path o = dir.resolve("dose");
		List<String> args = new ArrayList<>(List.of("dose", "--study", "phantom", "--plan", "sbrt-50-5", "--out", o.toString()));
		args.addAll(COARSE);
		assertEquals(0, run(args.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8);
		Matcher t = Pattern.compile("matrix (\\d+\\.\\d+) s, optimise (\\d+\\.\\d+) s \\((\\d+) iterations").matcher(text);
		assertTrue(t.find(), text);
		assertTrue(Integer.parseInt(t.group(3)) <= 12, "the --max-iterations limit holds");
		Path rtdose;
		try (Stream<Path> files = Files.list(o)) {
			rtdose = files.filter(p -> p.getFileName().toString().startsWith("RD_") && p.toString().contains("32bit"))
					.findFirst().orElseThrow(() -> new AssertionError("no 32-bit RTDOSE in " + o));
		}
		FloatVolume dose = RtDoseReader.read(rtdose).dose();
		// 8 mm dose grid over the phantom's body (350 x 250 x 250 mm field of view)
		assertEquals(8.0, dose.grid().spacingMm().x(), 1e-6);
		String summary = Files.readString(o.resolve("summary.json"));
		// PTV D95 = Rx normalisation, [004]: 50 Gy, applied on the 8 mm dose grid; the summary's D95 is the DVH of the
		// 2.5 mm structure mask under trilinear dose, so at this coarse grid it may differ by up to about 4 % of Rx
		Matcher ptv = Pattern.compile("\"name\": \"PTV\",\\s*\"volume_cc\": [0-9.]+,\\s*\"mean_gy\": [0-9.]+,\\s*"
				+ "\"max_gy\": ([0-9.]+),\\s*\"D95_gy\": ([0-9.]+)").matcher(summary);
		assertTrue(ptv.find(), summary);
		assertEquals(50.0, Double.parseDouble(ptv.group(2)), 2.0);
		// the RTDOSE holds the plan's dose: the same maximum, to the 32-bit encoding's step (max / 2^32) and the
		// summary's 4 decimals
		Matcher max = Pattern.compile("\"dose_max_gy\": ([0-9.]+)").matcher(summary);
		assertTrue(max.find(), summary);
		assertEquals(Double.parseDouble(max.group(1)), dose.max(), 1e-3);
		assertTrue(summary.contains("\"final_dose\": "), summary);
	}

	@Test
	void optimizePrintsEveryIteration() throws IOException {
		Path o = dir.resolve("opt");
		List<String> args = new ArrayList<>(List.of("optimize", "--study", "phantom", "--plan", "sbrt-50-5", "--engine",
				"pencil-beam-6mv", "--out", o.toString()));
		args.addAll(COARSE);
		assertEquals(0, run(args.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8);
		Matcher result = Pattern.compile("Result: (\\d+) iterations").matcher(text);
		assertTrue(result.find(), text);
		int iterations = Integer.parseInt(result.group(1));
		List<String> csv = lines(o.resolve("iterations.csv"));
		// a header, iteration 0 (the start point) and one row per iteration
		assertEquals(iterations + 2, csv.size());
		double first = Double.parseDouble(csv.get(1).split(",")[1]);
		double last = Double.parseDouble(csv.get(csv.size() - 1).split(",")[1]);
		assertTrue(last < first, "the objective falls: " + first + " -> " + last);
		for (int k = 0; k <= iterations; k++) {
			assertTrue(Pattern.compile("(?m)^\\s+" + k + "\\s+\\S+\\s+\\S+").matcher(text).find(), "iteration " + k);
		}
		// --engine named the built-in engine explicitly: the summary and the provenance say so
		assertTrue(text.contains("Dose engines: final dose pencil-beam-6mv, influence matrix pencil-beam-6mv"), text);
		String summary = Files.readString(o.resolve("summary.json"));
		assertTrue(summary.contains("\"engine\": \"pencil-beam-6mv\"") && summary.contains("\"engine.influenceMatrix\": \"pencil-beam-6mv\""),
				summary);
	}
}
