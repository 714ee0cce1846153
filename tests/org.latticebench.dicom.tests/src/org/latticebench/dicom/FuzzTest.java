package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.InvalidInputException;
import org.latticebench.testing.SharedData;

/**
 * Mutates bytes of the sample files (fixed seed, reproducible) and reads each mutant: a read
 * must finish within its time limit and either succeed or throw InvalidInputException.
 */
class FuzzTest {

	private static final int ITERATIONS = 1200;
	private static final long SEED = 20261123L;
	private static final int TIMEOUT_SECONDS = 5;

	@Test
	void mutatedFilesNeverHangAndOnlyThrowInvalidInput(@TempDir Path tmp) throws IOException, InterruptedException {
		List<Path> samples = List.of(SharedData.path("pydicom-testfiles/CT_small.dcm"),
				SharedData.path("pydicom-testfiles/rtdose.dcm"), SharedData.path("pydicom-testfiles/rtplan.dcm"),
				SharedData.path("pydicom-testfiles/rtstruct.dcm"), SharedData.path("eyeplan-rtdose/rtdose.dcm"),
				SharedData.path("synthetic-sphere/CT_001.dcm"), SharedData.path("synthetic-sphere/RD_synthetic.dcm"),
				SharedData.path("dicompyler-breast/rtplan.dcm"));
		List<byte[]> originals = new ArrayList<>();
		for (Path p : samples) {
			originals.add(Files.readAllBytes(p));
		}
		Random random = new Random(SEED);
		ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "fuzz-reader");
			t.setDaemon(true);
			return t;
		});
		int rejected = 0;
		try {
			for (int iteration = 0; iteration < ITERATIONS; iteration++) {
				int which = random.nextInt(samples.size());
				byte[] mutant = mutate(originals.get(which), random);
				String name = samples.get(which).getFileName().toString();
				Path file = tmp.resolve("fuzz" + iteration + "_" + name);
				Files.write(file, mutant);
				Future<Object> result = executor.submit(() -> RobustnessTest.readerFor(name).apply(file));
				try {
					result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				} catch (TimeoutException e) {
					result.cancel(true);
					fail("iteration " + iteration + ": reading " + file + " did not finish in " + TIMEOUT_SECONDS + " s");
				} catch (ExecutionException e) {
					if (!(e.getCause() instanceof InvalidInputException invalid)) {
						throw new AssertionError("iteration " + iteration + " (" + file + ") threw " + e.getCause(), e.getCause());
					}
					assertTrue(invalid.getMessage().contains(file.getFileName().toString()), invalid.getMessage());
					rejected++;
				}
				Files.delete(file);
			}
		} finally {
			executor.shutdownNow();
		}
		// a fuzzer whose mutants were all accepted would not be testing the error paths
		assertTrue(rejected > ITERATIONS / 10, "only " + rejected + " of " + ITERATIONS + " mutants were rejected");
	}

	/** Overwrites a few bytes, biased to the header where lengths and tags live; sometimes truncates. */
	private static byte[] mutate(byte[] original, Random random) {
		byte[] b = original.clone();
		int headerEnd = Math.min(b.length, 4096);
		int count = 1 + random.nextInt(8);
		for (int n = 0; n < count; n++) {
			int pos = random.nextInt(4) == 0 ? random.nextInt(b.length) : random.nextInt(headerEnd);
			b[pos] = switch (random.nextInt(4)) {
			case 0 -> (byte) 0xFF;
			case 1 -> 0;
			case 2 -> (byte) (b[pos] ^ (1 << random.nextInt(8)));
			default -> (byte) random.nextInt(256);
			};
		}
		if (random.nextInt(10) == 0) {
			return java.util.Arrays.copyOf(b, random.nextInt(b.length));
		}
		return b;
	}
}
