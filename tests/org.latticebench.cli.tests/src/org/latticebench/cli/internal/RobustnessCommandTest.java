package org.latticebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;

class RobustnessCommandTest {

	@TempDir
	Path tmp;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();
	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** The fake pipeline (a uniform dose over the grid) without recompute support. */
	final FakePipeline fake = new FakePipeline();

	/** The fake with recompute: a uniform dose in a uniform field is the same wherever the isocentre sits. */
	final PlanPipeline recomputing = new PlanPipeline() {
		@Override
		public PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, ProgressMonitor monitor) {
			return fake.run(study, request, settings, monitor);
		}

		@Override
		public FloatVolume recompute(StudySnapshot study, PlanRun run, Vec3 shiftMm, WorkflowSettings settings,
				ProgressMonitor monitor) {
			return run.doseGy().copy();
		}
	};

	int run(PlanPipeline pipeline, String... args) {
		ComparisonJob.StudyLoader loader = (spec, ctx, m) -> FakePipeline.study();
		CommandLine cli = new CommandLine(List.of(new RobustnessCommand(ctx -> pipeline, loader)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				t -> List.of());
		return cli.run(List.of(args));
	}

	String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void staticModeWritesTheIssueColumnsAndKeepsAUniformDoseInsideTheGrid() throws IOException {
		Path dir = tmp.resolve("rob");
		assertEquals(0, run(fake, "robustness", "--study", "phantom", "--regimen", "sbrt-50-5", "--shift-mm", "3", "--mode",
				"static", "--out", dir.toString()), stderr());
		List<String> lines = Files.readAllLines(dir.resolve("robustness.csv"));
		assertEquals("plan,scenario,dx_mm,dy_mm,dz_mm,structure,metric,value", lines.get(0));
		// uniform 50 Gy (fake pipeline; sbrt-50-5 = 50 Gy / 5 fx in DOMAIN.md). The GTV/PTV ball (r 16 mm)
		// shifted by 3 mm stays > 20 mm inside the grid, where the trilinear resampling of a constant is
		// the constant: PTV D95 = 50 Gy in the nominal and all 6 axis scenarios (closed form)
		for (String row : List.of("sbrt-50-5,nominal,0.0000,0.0000,0.0000,PTV,D95_gy,50.0000",
				"sbrt-50-5,+x3,3.0000,0.0000,0.0000,PTV,D95_gy,50.0000", "sbrt-50-5,-x3,-3.0000,0.0000,0.0000,PTV,D95_gy,50.0000",
				"sbrt-50-5,+y3,0.0000,3.0000,0.0000,PTV,D95_gy,50.0000", "sbrt-50-5,-y3,0.0000,-3.0000,0.0000,PTV,D95_gy,50.0000",
				"sbrt-50-5,+z3,0.0000,0.0000,3.0000,PTV,D95_gy,50.0000",
				"sbrt-50-5,-z3,0.0000,0.0000,-3.0000,PTV,D95_gy,50.0000")) {
			assertTrue(lines.contains(row), row + " in\n" + String.join("\n", lines));
		}
		List<String> summary = Files.readAllLines(dir.resolve("robustness-summary.csv"));
		assertEquals("plan,structure,metric,nominal,worst,min,max,range", summary.get(0));
		// a constant has no spread: nominal = worst = 50, range 0
		assertTrue(summary.contains("sbrt-50-5,PTV,D95_gy,50.0000,50.0000,50.0000,50.0000,0.0000"), String.join("\n", summary));
		String svg = Files.readString(dir.resolve("dvh-bands.svg"));
		assertTrue(svg.contains("<polygon class=\"band\""), "bands drawn");
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("D95_gy"), "summary printed");
	}

	@Test
	void diagonalsAndRandomAddTheirScenarios() throws IOException {
		Path dir = tmp.resolve("rob");
		assertEquals(0, run(recomputing, "robustness", "--study", "phantom", "--regimen", "sbrt-50-5", "--shift-mm", "2",
				"--diagonals", "--random", "3", "--sigma-mm", "2", "--seed", "1", "--mode", "recompute", "--out",
				dir.toString()), stderr());
		List<String> lines = Files.readAllLines(dir.resolve("robustness.csv"));
		// 1 nominal + 6 axes + 8 diagonals + 3 random = 18 scenarios (ShiftScenario), each with a PTV D95 row
		assertEquals(18, lines.stream().filter(l -> l.contains(",PTV,D95_gy,")).count());
		// recomputed uniform dose is unchanged (the fake's closed form), so every PTV D95 is 50 Gy
		assertTrue(lines.stream().filter(l -> l.contains(",PTV,D95_gy,")).allMatch(l -> l.endsWith(",50.0000")));
		// a diagonal of length 2 has components 2 / sqrt(3) = 1.1547 mm
		assertTrue(lines.contains("sbrt-50-5,diag+++2,1.1547,1.1547,1.1547,PTV,D95_gy,50.0000"), String.join("\n", lines));
	}

	@Test
	void severalShiftsAndBothModesShareOnePlanningRun() throws IOException {
		int[] planned = { 0 };
		PlanPipeline counting = new PlanPipeline() {
			@Override
			public PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, ProgressMonitor monitor) {
				planned[0]++;
				return recomputing.run(study, request, settings, monitor);
			}

			@Override
			public FloatVolume recompute(StudySnapshot study, PlanRun run, Vec3 shiftMm, WorkflowSettings settings,
					ProgressMonitor monitor) {
				return recomputing.recompute(study, run, shiftMm, settings, monitor);
			}
		};
		Path dir = tmp.resolve("multi");
		assertEquals(0, run(counting, "robustness", "--study", "phantom", "--regimen", "sbrt-50-5", "--shift-mm", "3",
				"--shift-mm", "2.5", "--mode", "static", "--mode", "recompute", "--out", dir.toString()), stderr());
		assertEquals(1, planned[0], "one planning run for 2 shifts x 2 modes");
		for (String variant : List.of("static-3mm", "static-2.5mm", "recompute-3mm", "recompute-2.5mm")) {
			List<String> lines = Files.readAllLines(dir.resolve(variant).resolve("robustness.csv"));
			assertEquals("plan,scenario,dx_mm,dy_mm,dz_mm,structure,metric,value", lines.get(0), variant);
			String s = variant.endsWith("-3mm") ? "3" : "2.5";
			// 1 nominal + 6 axis shifts of this size (ShiftScenario.axes); the uniform 50 Gy of the fake keeps
			// PTV D95 = 50 Gy (closed form, as above)
			assertEquals(7, lines.stream().filter(l -> l.contains(",PTV,D95_gy,")).count(), variant);
			assertTrue(lines.stream().anyMatch(l -> l.startsWith("sbrt-50-5,-y" + s + ",") && l.endsWith(",PTV,D95_gy,50.0000")),
					variant + ":\n" + String.join("\n", lines));
			// a uniform dose has HI = (D2 - D98) / D50 = 0 (ICRU 83, closed form)
			assertTrue(lines.stream().anyMatch(l -> l.startsWith("sbrt-50-5,nominal,") && l.endsWith(",HI,0.0000")), variant);
			assertEquals("plan,structure,metric,nominal,worst,min,max,range",
					Files.readAllLines(dir.resolve(variant).resolve("robustness-summary.csv")).get(0));
		}
		assertTrue(Files.notExists(dir.resolve("robustness.csv")), "several variants go to their own folders");
		assertEquals(2, run(counting, "robustness", "--study", "phantom", "--regimen", "sbrt-50-5", "--shift-mm", "3",
				"--shift-mm", "3.0", "--mode", "static", "--out", tmp.resolve("dup").toString()));
		assertTrue(stderr().contains("given twice"), stderr());
	}

	@Test
	void recomputeWithAPipelineThatCannotIsAFailedRun() {
		assertEquals(1, run(fake, "robustness", "--study", "phantom", "--regimen", "sbrt-50-5", "--shift-mm", "3", "--mode",
				"recompute", "--out", tmp.resolve("r").toString()));
		assertTrue(stderr().contains("cannot recompute"), stderr());
		assertTrue(Files.notExists(tmp.resolve("r").resolve("robustness.csv")), "nothing half-written");
	}

	@Test
	void compareWithARobustnessShiftAddsTheSectionToTheReport() throws IOException {
		Path dir = tmp.resolve("cmp");
		ComparisonJob.StudyLoader loader = (spec, ctx, m) -> FakePipeline.study();
		CommandLine cli = new CommandLine(List.of(new CompareCommand(ctx -> fake, loader)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				t -> List.of());
		assertEquals(0, cli.run(List.of("compare", "--study", "phantom", "--regimen", "sbrt-50-5", "--robustness-shift-mm", "3",
				"--out", dir.toString())), stderr());
		String html = Files.readString(dir.resolve("report.html"));
		assertTrue(html.contains("<h2 id=\"robustness\">"), "section present");
		assertTrue(html.contains("static mode, 6 shifts of 3.0 mm"), "scenarios stated");
		// the uniform 50 Gy of the fake pipeline (sbrt-50-5, DOMAIN.md) keeps PTV D95 = 50 Gy under 3 mm shifts (closed form)
		assertTrue(html.contains("<tr><td>sbrt-50-5</td><td>PTV</td><td>D95_gy</td><td>50.00</td><td>50.00</td><td>0.00</td></tr>"),
				"PTV D95 row");
		// the homogeneity index of a uniform dose is 0 in every scenario (ICRU 83 HI, closed form), and its definition is stated
		assertTrue(html.contains("<td>HI</td><td>0.00</td><td>0.00</td><td>0.00</td></tr>"), "HI row");
		assertTrue(html.contains("(D2 &minus; D98) / D50 of the GTV (ICRU Report 83)"), "HI defined");
		assertEquals(2, cli.run(List.of("compare", "--study", "phantom", "--regimen", "sbrt-50-5", "--robustness-shift-mm", "0",
				"--out", tmp.resolve("c2").toString())));
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertEquals(2, run(fake, "robustness", "--study", "phantom", "--regimen", "sbrt-50-5", "--shift-mm", "3", "--mode",
				"wobble", "--out", tmp.resolve("r").toString()));
		assertTrue(stderr().contains("--mode wobble"), stderr());
		assertEquals(2, run(fake, "robustness", "--study", "phantom", "--regimen", "sbrt-50-5", "--shift-mm", "-1", "--mode",
				"static", "--out", tmp.resolve("r").toString()));
		assertEquals(2, run(fake, "robustness", "--study", "phantom", "--regimen", "sbrt-50-5", "--random", "4", "--mode",
				"static", "--out", tmp.resolve("r").toString()));
		assertTrue(stderr().contains("--sigma-mm"), stderr());
	}
}
