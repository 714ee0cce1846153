package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.dicom.HostileDicomCorpus.Expect;
import org.latticebench.dicom.internal.DicomStudyImporter;
import org.latticebench.model.Study;
import org.latticebench.model.io.StudyStore;
import org.latticebench.model.snapshot.Snapshots;

/**
 * Issue 14: every case of the generated hostile corpus ({@link HostileDicomCorpus},
 * {@link HostileStudyCorpus}) is imported on a worker thread with a time limit, and classified:
 * imported, repaired with a warning, rejected with an error naming the file, or other (anything
 * else: another exception, an error without the file, a timeout, an out-of-memory). "Other" must be
 * 0, each case must land in the class its policy states, and the heap a case uses is bounded.
 * <p>
 * The heap figure is what the case keeps alive ({@link LiveHeapWatch}: the heap occupancy after each
 * garbage collection during the case, above the level after a collection just before it), so it says
 * whether the case would fit in a small -Xmx. The surefire JVM runs with -Xmx4g, so the bound
 * {@value #HEAP_LIMIT_MB} MB is asserted on this figure rather than enforced by a small -Xmx: an
 * attempt to allocate gigabytes would either fail (class "other") or show in this figure.
 */
class HostileCorpusTest {

	/** The example budget: -Xmx512m. */
	private static final long HEAP_LIMIT_MB = 512;
	/** Per-case wall-clock limit; generous because the build machine is shared (2 cores, several builds). */
	private static final int TIME_LIMIT_S = 60;

	private enum Outcome {
		IMPORTED, REPAIRED, REJECTED, OTHER
	}

	private record Result(String name, Expect expect, Outcome outcome, String detail, double seconds, long heapMb) {
	}

	@Test
	void everyHostileInputIsImportedRepairedOrRejectedClearlyWithinTimeAndMemory(@TempDir Path tmp) throws Exception {
		Path dicomRoot = Files.createDirectories(tmp.resolve("dicom"));
		List<HostileDicomCorpus.Case> dicom = new ArrayList<>(HostileDicomCorpus.generate(dicomRoot));
		Path locked = null;
		if (!"root".equals(System.getProperty("user.name"))) {
			HostileDicomCorpus.Case c = HostileDicomCorpus.permissionDenied(dicomRoot, dicomRoot.resolve("base"));
			dicom.add(c);
			locked = c.folder();
		}
		List<HostileStudyCorpus.Case> studies = HostileStudyCorpus.generate(Files.createDirectories(tmp.resolve("studies")));

		List<Result> results = new ArrayList<>();
		LiveHeapWatch heap = new LiveHeapWatch();
		ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "corpus-import");
			t.setDaemon(true);
			return t;
		});
		try {
			for (HostileDicomCorpus.Case c : dicom) {
				results.add(run(worker, heap, c.name(), c.expect(), c.folder(), () -> importDicom(c.folder())));
			}
			for (HostileStudyCorpus.Case c : studies) {
				results.add(run(worker, heap, c.name(), c.expect(), c.folder(), () -> loadStudy(c.folder())));
			}
		} finally {
			heap.close();
			worker.shutdownNow();
			if (locked != null) {
				Files.setPosixFilePermissions(locked.resolve("RD_locked.dcm"),
						java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
			}
		}
		printSummary(results, locked == null);

		List<String> wrong = new ArrayList<>();
		for (Result r : results) {
			if (r.outcome() == Outcome.OTHER || !r.outcome().name().equals(r.expect().name())) {
				wrong.add(r.name() + ": expected " + r.expect() + ", got " + r.outcome() + " (" + r.detail() + ")");
			}
			if (r.heapMb() > HEAP_LIMIT_MB) {
				wrong.add(r.name() + ": used " + r.heapMb() + " MB of heap, over " + HEAP_LIMIT_MB + " MB");
			}
		}
		assertTrue(wrong.isEmpty(), String.join("\n", wrong));
		for (Result r : results) {
			assertFalse(r.detail().contains(HostileStudyCorpus.SECRET), r.name() + ": the XXE target leaked: " + r.detail());
		}
		// HostileDicomCorpus: 28 DICOM cases (29 with the chmod case when not root); HostileStudyCorpus: 10
		assertEquals(locked == null ? 38 : 39, results.size());
	}

	/** The product's DICOM import path: DicomImporter, then masks rasterised on the CT grid (DicomStudyImporter). */
	private static List<String> importDicom(Path folder) {
		ImportedStudy imported = DicomImporter.importFolder(folder, ProgressMonitor.NULL);
		Study study = Snapshots.fromSnapshot(DicomStudyImporter.withMasks(imported.study(), ProgressMonitor.NULL));
		if (study.getStructures().isEmpty()) {
			throw new AssertionError("imported without structures");
		}
		return imported.warnings();
	}

	private static List<String> loadStudy(Path folder) throws Exception {
		StudyStore.load(folder);
		return List.of();
	}

	private static Result run(ExecutorService worker, LiveHeapWatch heap, String name, Expect expect, Path folder,
			Callable<List<String>> body) throws InterruptedException {
		heap.start();
		long start = System.nanoTime();
		Future<List<String>> f = worker.submit(body);
		Outcome outcome;
		String detail;
		try {
			List<String> warnings = f.get(TIME_LIMIT_S, TimeUnit.SECONDS);
			outcome = warnings.isEmpty() ? Outcome.IMPORTED : Outcome.REPAIRED;
			detail = String.join("; ", warnings);
		} catch (TimeoutException e) {
			f.cancel(true);
			outcome = Outcome.OTHER;
			detail = "did not finish in " + TIME_LIMIT_S + " s";
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			detail = String.valueOf(cause);
			boolean namesFile = cause instanceof InvalidInputException invalid && invalid.source().isPresent()
					&& invalid.getMessage().contains(folder.getFileName().toString());
			outcome = namesFile ? Outcome.REJECTED : Outcome.OTHER;
			if (cause instanceof InvalidInputException) {
				detail = cause.getMessage().replace(folder.getParent().toString(), "");
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Result(name, expect, outcome, detail, seconds, heap.liveMb());
	}

	private static void printSummary(List<Result> results, boolean root) {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		for (Outcome o : Outcome.values()) {
			counts.put(o, 0);
		}
		double maxSeconds = 0;
		long maxHeapMb = 0;
		StringBuilder sb = new StringBuilder("Hostile input corpus (issue 14)\n");
		sb.append(String.format("%-62s %-9s %7s %7s  %s%n", "case", "outcome", "time s", "live MB", "message / warning"));
		for (Result r : results) {
			counts.merge(r.outcome(), 1, Integer::sum);
			maxSeconds = Math.max(maxSeconds, r.seconds());
			maxHeapMb = Math.max(maxHeapMb, r.heapMb());
			String detail = r.detail().length() > 150 ? r.detail().substring(0, 150) + "..." : r.detail();
			sb.append(String.format("%-62s %-9s %7.2f %7d  %s%n", r.name(), r.outcome(), r.seconds(), r.heapMb(), detail));
		}
		sb.append(String.format("files tried: %d; imported %d, repaired with a warning %d, rejected with a clear error %d, other %d%n",
				results.size(), counts.get(Outcome.IMPORTED), counts.get(Outcome.REPAIRED), counts.get(Outcome.REJECTED),
				counts.get(Outcome.OTHER)));
		sb.append(String.format("max time per case %.2f s (limit %d s); max live heap per case %d MB (limit %d MB)%s%n", maxSeconds,
				TIME_LIMIT_S, maxHeapMb, HEAP_LIMIT_MB, root ? "; chmod-000 case not run (root reads any file)" : ""));
		System.out.print(sb);
	}
}
