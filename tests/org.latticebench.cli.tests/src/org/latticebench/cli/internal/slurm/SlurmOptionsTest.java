package org.latticebench.cli.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.latticebench.cli.CliArgs;
import org.latticebench.cli.UsageException;

class SlurmOptionsTest {

	private static SlurmOptions parse(String... args) {
		return SlurmOptions.from(CliArgs.parse("batch", List.of(args), SlurmOptions.VALUE_OPTIONS,
				SlurmOptions.FLAG_OPTIONS), 3);
	}

	@Test
	void readsEverySlurmOption() {
		SlurmOptions o = parse("--partition", "short", "--time", "0:30:00", "--cpus-per-task", "2", "--mem", "4G",
				"--account", "rt-lab", "--sbatch-arg=--qos=long", "--sbatch-arg", "--exclude=node7", "--retries", "1",
				"--no-wait", "--cancel-on-interrupt", "--poll-seconds", "5");
		assertEquals(3, o.maxParallel());
		assertEquals(Optional.of("short"), o.partition());
		assertEquals(Optional.of("0:30:00"), o.timeLimit());
		assertEquals(2, o.cpusPerTask());
		assertEquals(Optional.of(4096L), o.memoryMb()); // 4 G = 4 × 1024 MB, sbatch(1) --mem units
		assertEquals(List.of("--qos=long", "--exclude=node7"), o.sbatchArgs());
		assertEquals(1, o.retries());
		assertFalse(o.waitForJob());
		assertTrue(o.cancelOnInterrupt());
		assertEquals(Duration.ofSeconds(5), o.pollInterval());
	}

	@Test
	void defaultsWaitWithoutRetriesAtAModestRate() {
		SlurmOptions o = parse();
		assertTrue(o.waitForJob());
		assertEquals(0, o.retries());
		assertEquals(Duration.ofSeconds(15), o.pollInterval());
		assertEquals(Optional.empty(), o.memoryMb());
	}

	@Test
	void typosFailBeforeAnythingIsQueued() {
		UsageException time = assertThrows(UsageException.class, () -> parse("--time", "1h"));
		assertTrue(time.getMessage().contains("--time '1h' is not a SLURM time"), time.getMessage());
		assertThrows(UsageException.class, () -> parse("--mem", "4 GB"));
		assertThrows(UsageException.class, () -> parse("--cpus-per-task", "0"));
		assertThrows(UsageException.class, () -> parse("--retries", "-1"));
		UsageException extra = assertThrows(UsageException.class, () -> parse("--sbatch-arg", "qos=long"));
		assertTrue(extra.getMessage().contains("must be one sbatch option"), extra.getMessage());
	}

	@Test
	void memoryUnitsFollowSbatch() {
		// sbatch(1): --mem default unit MB; K, M, G, T suffixes
		assertEquals(Optional.of(3000L), parse("--mem", "3000").memoryMb());
		assertEquals(Optional.of(3000L), parse("--mem", "3000M").memoryMb());
		assertEquals(Optional.of(2048L), parse("--mem", "2097152K").memoryMb());
		assertEquals(Optional.of(1048576L), parse("--mem", "1T").memoryMb());
	}
}
