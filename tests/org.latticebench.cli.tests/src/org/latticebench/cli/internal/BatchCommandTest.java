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
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

	/** The batch: 2 regimens x 3 sphere spacings on the phantom. */
	static final String SIX_TASKS = """
			case,study,regimen,settings
			phantom,phantom,lattice-sfrt,lattice.inPlaneSpacingMm=40
			phantom,phantom,lattice-sfrt,lattice.inPlaneSpacingMm=55
			phantom,phantom,lattice-sfrt,lattice.inPlaneSpacingMm=70
			phantom,phantom,lattice-sfrt-2fx,lattice.inPlaneSpacingMm=40
			phantom,phantom,lattice-sfrt-2fx,lattice.inPlaneSpacingMm=55
			phantom,phantom,lattice-sfrt-2fx,lattice.inPlaneSpacingMm=70
			""";

	@TempDir
	Path tmp;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();
	final ByteArrayOutputStream err = new ByteArrayOutputStream();
	final FakePipeline pipeline = new FakePipeline();

	int run(String... args) {
		ComparisonJob.StudyLoader loader = (spec, ctx, m) -> FakePipeline.study();
		CommandLine cli = new CommandLine(
				List.of(new BatchCommand(ctx -> pipeline, loader), new BatchTaskCommand(ctx -> pipeline, loader)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				t -> List.of());
		return cli.run(List.of(args));
	}

	Path tasks(String text) throws IOException {
		return Files.writeString(tmp.resolve("tasks.csv"), text);
	}

	String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	long completeFolders(Path batch) throws IOException {
		try (Stream<Path> s = Files.list(batch.resolve("tasks"))) {
			return s.filter(p -> Files.isRegularFile(p.resolve(TaskFolders.MARKER))).count();
		}
	}

	@Test
	void resumeAfterTwoOfSixRunsOnlyTheRemainingFour() throws IOException {
		Path list = tasks(SIX_TASKS);
		Path batch = tmp.resolve("batch");
		// the interrupted run: tasks 0 and 1 finished, task 2 was killed half-way
		assertEquals(0, run("batch-task", "--tasks", list.toString(), "--index", "0", "--out", batch.toString()), stderr());
		assertEquals(0, run("batch-task", "--tasks", list.toString(), "--index", "1", "--out", batch.toString()), stderr());
		Path killed = Files.createDirectories(batch.resolve("tasks").resolve(".phantom_lattice-sfrt_0123456789ab.partial-x"));
		Files.writeString(killed.resolve("metrics.csv"), "half");
		assertEquals(2, pipeline.runs.get());
		assertEquals(2, completeFolders(batch));

		assertEquals(0, run("batch", list.toString(), "--out", batch.toString(), "--max-parallel", "2"), stderr());
		assertEquals(6, pipeline.runs.get(), "only the 4 unfinished tasks ran");
		assertEquals(6, completeFolders(batch));
		assertFalse(Files.exists(killed), "the leftover of the killed task is gone");
		List<String> summary = Files.readAllLines(batch.resolve("summary.csv"));
		assertEquals(1 + 6, summary.size(), String.join("\n", summary));
		assertTrue(summary.get(0).startsWith("case,study,regimen,settings,task_folder,"));
		assertTrue(summary.get(0).contains("GTV Dmean (Gy)"));
		// lattice-sfrt tops out at 66.7 Gy (DOMAIN.md), the fake pipeline's uniform dose
		int col = List.of(summary.get(0).split(",")).indexOf("GTV Dmean (Gy)");
		assertEquals("66.7000", summary.get(1).split(",")[col]);
		assertEquals(1, Files.readAllLines(batch.resolve("failures.csv")).size(), "header only");

		// and a third run does nothing
		assertEquals(0, run("batch", list.toString(), "--out", batch.toString()), stderr());
		assertEquals(6, pipeline.runs.get());
	}

	@Test
	void batchTaskOnACompleteTaskDoesNothing() throws IOException {
		Path list = tasks(SIX_TASKS);
		Path batch = tmp.resolve("batch");
		assertEquals(0, run("batch-task", "--tasks", list.toString(), "--index", "3", "--out", batch.toString()), stderr());
		assertEquals(0, run("batch-task", "--tasks", list.toString(), "--index", "3", "--out", batch.toString()), stderr());
		assertEquals(1, pipeline.runs.get());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("already complete"));
	}

	@Test
	void foldersAreNamedByCaseRegimenAndInputHash() throws IOException {
		Path list = tasks(SIX_TASKS);
		Path batch = tmp.resolve("batch");
		assertEquals(0, run("batch", list.toString(), "--out", batch.toString()), stderr());
		try (Stream<Path> s = Files.list(batch.resolve("tasks"))) {
			List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
			assertEquals(6, names.size());
			assertTrue(names.stream().allMatch(n -> n.matches("phantom_lattice-sfrt(-2fx)?_[0-9a-f]{12}")), names.toString());
		}
	}

	@Test
	void aFailingTaskGoesToFailuresCsvAndTheOthersComplete() throws IOException {
		Path list = tasks("""
				case,study,regimen
				a,phantom,sbrt-50-5
				b,phantom,%s
				c,phantom,lattice-sfrt
				""".formatted(FakePipeline.FAILING_REGIMEN));
		Path batch = tmp.resolve("batch");
		assertEquals(1, run("batch", list.toString(), "--out", batch.toString()));
		List<String> failures = Files.readAllLines(batch.resolve("failures.csv"));
		assertEquals(2, failures.size(), String.join("\n", failures));
		assertTrue(failures.get(1).startsWith("b,phantom,tomo-hypo,,tasks/b_tomo-hypo_"), failures.get(1));
		// the line of the failed row in tasks.csv, then its error
		assertTrue(failures.get(1).contains(",3,") && failures.get(1).contains("fails on purpose"), failures.get(1));
		assertEquals(1 + 2, Files.readAllLines(batch.resolve("summary.csv")).size());
		assertEquals(2, completeFolders(batch));
	}

	@Test
	void malformedRowIsAUsageErrorBeforeAnythingRuns() throws IOException {
		Path list = tasks("""
				case,study,regimen,settings
				a,phantom,sbrt-50-5
				b,phantom
				""");
		assertEquals(2, run("batch", list.toString(), "--out", tmp.resolve("batch").toString()));
		assertTrue(stderr().lines().findFirst().orElseThrow().contains("tasks.csv line 3: expected 3 or 4 cells"), stderr());
		assertEquals(0, pipeline.runs.get());
		assertFalse(Files.exists(tmp.resolve("batch")));
	}

	@Test
	void missingDicomFolderInARowIsAUsageError() throws IOException {
		Path list = tasks("case,study,regimen\nx," + tmp.resolve("gone") + ",sbrt-50-5\n");
		assertEquals(2, run("batch", list.toString(), "--out", tmp.resolve("batch").toString()));
		assertTrue(stderr().lines().findFirst().orElseThrow().contains("tasks.csv line 2: study"), stderr());
	}

	@Test
	void unknownRegimenInARowIsAUsageError() throws IOException {
		Path list = tasks("case,study,regimen\nx,phantom,sbrt-50-5\ny,phantom,lattice-sfrt-9fx\n");
		assertEquals(2, run("batch", list.toString(), "--out", tmp.resolve("batch").toString()));
		assertTrue(stderr().lines().findFirst().orElseThrow()
				.contains("tasks.csv line 3: unknown regimen id 'lattice-sfrt-9fx'"), stderr());
		assertEquals(0, pipeline.runs.get());
	}

	@Test
	void badSettingsCellAndRepeatedTaskAreUsageErrors() throws IOException {
		assertEquals(2, run("batch", tasks("case,study,regimen,settings\nx,phantom,lattice-sfrt,spacing=40\n").toString(),
				"--out", tmp.resolve("b").toString()));
		assertTrue(stderr().contains("is not generator.key=value"), stderr());
		assertEquals(2, run("batch", tasks("case,study,regimen\nx,phantom,sbrt-50-5\nx,phantom,sbrt-50-5\n").toString(),
				"--out", tmp.resolve("b").toString()));
		assertTrue(stderr().contains("line 3: the same task as line 2"), stderr());
	}

	@Test
	void batchTaskIndexOutsideTheListIsAUsageError() throws IOException {
		assertEquals(2, run("batch-task", "--tasks", tasks(SIX_TASKS).toString(), "--index", "6", "--out",
				tmp.resolve("b").toString()));
		assertTrue(stderr().contains("--index 6 is outside 0..5"), stderr());
	}

	@Test
	void progressLineShowsDoneTotalAndEta() {
		BatchRunner.Progress p = new BatchRunner.Progress(new PrintStream(OutputStreamHolder.SINK), 6, 2, 4, false);
		assertTrue(p.line().startsWith("batch: 2/6 done (2 skipped, 0 failed), 0 running, elapsed 0m00s, ETA --"), p.line());
		assertEquals("1h01m", BatchRunner.Progress.duration(3661));
		assertEquals("2m05s", BatchRunner.Progress.duration(125));
	}

	static final class OutputStreamHolder {
		static final java.io.OutputStream SINK = java.io.OutputStream.nullOutputStream();
	}
}
