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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

	@TempDir
	Path tmp;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();
	final ByteArrayOutputStream err = new ByteArrayOutputStream();
	final FakePipeline pipeline = new FakePipeline();

	int run(String... args) {
		ComparisonJob.StudyLoader loader = (spec, ctx, m) -> FakePipeline.study();
		CommandLine cli = new CommandLine(List.of(new CompareCommand(ctx -> pipeline, loader)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				t -> List.of());
		return cli.run(List.of(args));
	}

	String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void compareWritesEveryOutputOfTheIssue() throws IOException {
		Path dir = tmp.resolve("cmp");
		assertEquals(0, run("compare", "--study", "phantom", "--regimen", "lattice-sfrt", "--regimen", "sbrt-50-5", "--out",
				dir.toString()), stderr());
		for (String f : List.of("report.html", "metrics.csv", "constraints.csv", "dvh.csv", "provenance.json",
				"plans/lattice-sfrt/rtplan.dcm", "plans/lattice-sfrt/rtdose.dcm", "plans/lattice-sfrt/rtstruct.dcm",
				"plans/sbrt-50-5/rtplan.dcm", "plans/sbrt-50-5/rtdose.dcm", "plans/sbrt-50-5/rtstruct.dcm")) {
			assertTrue(Files.isRegularFile(dir.resolve(f)), f);
		}
		// 12 slices of CT, once (the synthetic study has nz = 12)
		try (var s = Files.list(dir.resolve("ct"))) {
			assertEquals(12, s.count());
		}
		// nothing hidden left behind by the atomic writes
		try (var s = Files.list(tmp)) {
			assertEquals(List.of("cmp"), s.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void metricsCsvHasTheLongFormatAndTheClosedFormDose() throws IOException {
		Path dir = tmp.resolve("cmp");
		assertEquals(0, run("compare", "--study", "phantom", "--regimen", "sbrt-50-5", "--out", dir.toString()), stderr());
		List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
		assertEquals("case,plan,structure,metric,value,unit", lines.get(0));
		// uniform 50 Gy (the fake pipeline; sbrt-50-5 is 50 Gy / 5 fx in DOMAIN.md): Dmean of every structure is 50 Gy
		assertTrue(lines.contains("phantom,sbrt-50-5,GTV,Dmean,50.0000,Gy"), String.join("\n", lines));
		// RFC 4180: a name with a comma and quotes is quoted, inner quotes doubled
		assertTrue(lines.contains("phantom,sbrt-50-5,\"Liver, left \"\"segment\"\"\",Dmax,50.0000,Gy"),
				String.join("\n", lines));
		List<String> dvh = Files.readAllLines(dir.resolve("dvh.csv"));
		assertEquals("case,plan,structure,dose_gy,volume_pct,volume_cc", dvh.get(0));
		// below the uniform dose the whole GTV is covered
		assertTrue(dvh.stream().anyMatch(l -> l.startsWith("phantom,sbrt-50-5,GTV,49.9,100.0000,")), "all of it below 50 Gy");
		assertTrue(dvh.contains("phantom,sbrt-50-5,GTV,50.1,0.0000,0.0000"), "none of it above 50 Gy");
		assertTrue(Files.readAllLines(dir.resolve("constraints.csv")).get(0)
				.startsWith("case,plan,constraint_set,organ,structure,metric,comparator,limit,unit,value,margin,status"));
	}

	@Test
	void reportEscapesNamesFromFilesAndInlinesEverything() throws IOException {
		Path dir = tmp.resolve("cmp");
		assertEquals(0, run("compare", "--study", "phantom", "--regimen", "sbrt-50-5", "--out", dir.toString()), stderr());
		String html = Files.readString(dir.resolve("report.html"));
		assertFalse(html.contains("<script"), "no script element, not even from a structure name");
		assertFalse(html.contains("<img src=x"), "the patient name must not become an element");
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
		assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"));
		Matcher src = Pattern.compile("src=\"([^\"]{0,20})").matcher(html);
		int images = 0;
		while (src.find()) {
			assertTrue(src.group(1).startsWith("data:image/"), src.group(1));
			images++;
		}
		// one DVH chart and three planes for the one plan
		assertEquals(4, images);
		assertFalse(html.contains("http://") && html.contains("href=\"http"), "no external links");
	}

	@Test
	void outputFilesAreReadableByEveryone() throws IOException {
		Path dir = tmp.resolve("cmp");
		assertEquals(0, run("compare", "--study", "phantom", "--regimen", "sbrt-50-5", "--out", dir.toString()), stderr());
		for (String f : List.of("report.html", "metrics.csv", "provenance.json", "plans/sbrt-50-5/rtdose.dcm",
				"plans/sbrt-50-5/rtstruct.dcm")) {
			assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))), f);
		}
	}

	@Test
	void provenanceRecordsRevisionSeedsSettingsAndInputHashes() throws IOException {
		Path dir = tmp.resolve("cmp");
		assertEquals(0, run("compare", "--study", "phantom", "--regimen", "lattice-sfrt", "--set",
				"lattice.inPlaneSpacingMm=55", "--seed", "7", "--out", dir.toString()), stderr());
		String json = Files.readString(dir.resolve("provenance.json"));
		assertTrue(json.matches("(?s).*\"gitRevision\": \"([0-9a-f]{40}|unknown)\".*"), json);
		assertTrue(json.contains("\"workflow.seed\": \"7\""), json);
		assertTrue(json.contains("\"inPlaneSpacingMm\": \"55.0\""), json);
		assertTrue(json.contains("\"engine\": \"fake-uniform\""), json);
		assertTrue(json.contains("\"processors\": \"" + Runtime.getRuntime().availableProcessors() + "\""), json);
		// CT plus the three structure masks of the synthetic study, each with a SHA-256
		assertEquals(4, Pattern.compile("\"sha256\": \"[0-9a-f]{64}\"").matcher(json).results().count(), json);
		assertTrue(json.contains("\"name\": \"phantom:ctHu\""));
	}

	@Test
	void rerunReplacesAnEarlierComparisonButNotOtherFolders() throws IOException {
		Path dir = tmp.resolve("cmp");
		assertEquals(0, run("compare", "--study", "phantom", "--regimen", "sbrt-50-5", "--out", dir.toString()), stderr());
		assertEquals(0, run("compare", "--study", "phantom", "--regimen", "lattice-sfrt", "--out", dir.toString()), stderr());
		assertFalse(Files.exists(dir.resolve("plans/sbrt-50-5")), "the earlier comparison is replaced whole");
		Path other = Files.createDirectories(tmp.resolve("mine"));
		Files.writeString(other.resolve("notes.txt"), "keep");
		assertEquals(2, run("compare", "--study", "phantom", "--regimen", "sbrt-50-5", "--out", other.toString()));
		assertEquals("keep", Files.readString(other.resolve("notes.txt")));
	}

	@Test
	void unknownRegimenIsAOneLineUsageError() {
		assertEquals(2, run("compare", "--study", "phantom", "--regimen", "nope", "--out", tmp.resolve("x").toString()));
		assertTrue(stderr().lines().findFirst().orElseThrow().contains("unknown regimen id 'nope'"), stderr());
		assertEquals(0, pipeline.runs.get(), "nothing ran");
	}

	@Test
	void missingDicomFolderIsAOneLineUsageError() {
		assertEquals(2, run("compare", "--study", tmp.resolve("no-such-dicom").toString(), "--regimen", "sbrt-50-5", "--out",
				tmp.resolve("x").toString()));
		assertTrue(stderr().lines().findFirst().orElseThrow().contains("no-such-dicom: not 'phantom' and not a folder"),
				stderr());
	}

	@Test
	void settingOfAGeneratorNoRegimenUsesIsAUsageError() {
		assertEquals(2, run("compare", "--study", "phantom", "--regimen", "sbrt-50-5", "--set", "lattice.inPlaneSpacingMm=55",
				"--out", tmp.resolve("x").toString()));
		assertTrue(stderr().contains("no requested regimen is planned by generator 'lattice'"), stderr());
	}

	@Test
	void unknownGeneratorKeyIsAUsageErrorNamingIt() {
		assertEquals(2, run("compare", "--study", "phantom", "--regimen", "lattice-sfrt", "--set", "lattice.spacing=55",
				"--out", tmp.resolve("x").toString()));
		assertTrue(stderr().contains("spacing"), stderr());
	}

	@Test
	void failedPlanExitsWith1AndLeavesNoOutputFolder() {
		Path dir = tmp.resolve("cmp");
		assertEquals(1, run("compare", "--study", "phantom", "--regimen", FakePipeline.FAILING_REGIMEN, "--out",
				dir.toString()));
		assertTrue(stderr().contains("fails on purpose"), stderr());
		assertFalse(Files.exists(dir));
	}
}
