package org.latticebench.cli.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitScriptTest {

	private static SlurmOptions options(int maxParallel, Optional<String> mem, List<String> extra) {
		return new SlurmOptions(maxParallel, Optional.of("short"), Optional.of("1:00:00"), 2, mem, Optional.of("rt-lab"),
				extra, 0, true, false, Duration.ofSeconds(15));
	}

	@Test
	void arrayJobRunsBatchTaskPerElementWithEveryOption() {
		SubmitScript s = new SubmitScript(Path.of("/opt/latticebench/latticebench"), Path.of("/shared/cohort/tasks.csv"),
				Path.of("/shared/cohort/out"), 6, List.of("--set", "inPlaneSpacingMm=55", "--dose-grid-mm", "2.5"),
				options(2, Optional.of("4G"), List.of("--qos=long")));
		// expected text: the contract (--array=0-(N-1)%K; batch-task --tasks --index $SLURM_ARRAY_TASK_ID --out)
		// with -Xmx = 0.8 × 4096 MB = 3276.8 → 3277 MB
		String expected = """
				#!/bin/bash
				# Lattice Bench batch as a SLURM array job, written by `latticebench --headless batch --executor slurm`.
				# Element i of the array runs task i of the task list (0-based, the header row excluded).
				# Submit by hand with `sbatch /shared/cohort/out/slurm/submit.sh`; tasks already complete are skipped.
				# Assumes the task list, its inputs and the output folder are on a file system every node sees,
				# and Lattice Bench is installed at the same path on every node.
				#SBATCH --job-name=latticebench-batch
				#SBATCH --array=0-5%2
				#SBATCH --output=/shared/cohort/out/slurm/logs/%A_%a.out
				#SBATCH --partition=short
				#SBATCH --time=1:00:00
				#SBATCH --cpus-per-task=2
				#SBATCH --mem=4G
				#SBATCH --account=rt-lab
				#SBATCH --qos=long

				set -eu
				# Java heap inside the --mem limit (80%), unless set by the caller
				export LATTICEBENCH_VMARGS="${LATTICEBENCH_VMARGS:--Xmx3277m}"
				exec /opt/latticebench/latticebench --headless batch-task \\
				  --tasks /shared/cohort/tasks.csv \\
				  --index "$SLURM_ARRAY_TASK_ID" \\
				  --out /shared/cohort/out \\
				  --set inPlaneSpacingMm=55 --dose-grid-mm 2.5
				""";
		assertEquals(expected, s.text());
	}

	@Test
	void withoutThrottleOrMemoryTheScriptLeavesThemToSlurm() {
		SlurmOptions bare = new SlurmOptions(0, Optional.empty(), Optional.empty(), 0, Optional.empty(),
				Optional.empty(), List.of(), 0, true, false, Duration.ofSeconds(15));
		String text = new SubmitScript(Path.of("/opt/lb/latticebench"), Path.of("/d/t.csv"), Path.of("/d/o"), 3, List.of(), bare)
				.text();
		assertTrue(text.contains("#SBATCH --array=0-2\n"), text);
		assertTrue(!text.contains("--partition") && !text.contains("--mem") && !text.contains("LATTICEBENCH_VMARGS"), text);
	}

	@Test
	void pathsWithSpacesAndQuotesStayOneWordAndTheScriptParses(@TempDir Path dir) throws IOException, InterruptedException {
		Path out = dir.resolve("my cohort's out");
		SubmitScript s = new SubmitScript(Path.of("/opt/lattice bench/latticebench"), dir.resolve("tasks.csv"), out, 2,
				List.of("--set", "case note=it's"), options(0, Optional.empty(), List.of()));
		String text = s.text();
		assertTrue(text.contains("exec '/opt/lattice bench/latticebench' --headless"), text);
		assertTrue(text.contains("--out '" + dir + "/my cohort'\\''s out' \\\n  --set 'case note=it'\\''s'\n"), text);
		assertTrue(text.contains("#SBATCH --output=\"" + out + "/slurm/logs/%A_%a.out\""), text);
		Path file = dir.resolve("submit.sh");
		Files.writeString(file, text);
		Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
		String diagnostics = new String(bash.getInputStream().readAllBytes());
		assertEquals(0, bash.waitFor(), "bash -n: " + diagnostics);
	}

	@Test
	void shellQuotingLeavesPlainPathsAlone() {
		assertEquals("/a/b-c_d.csv", SubmitScript.quote("/a/b-c_d.csv"));
		assertEquals("'a b'", SubmitScript.quote("a b"));
		assertEquals("'it'\\''s'", SubmitScript.quote("it's"));
		assertEquals("'$HOME'", SubmitScript.quote("$HOME"));
	}
}
