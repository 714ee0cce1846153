package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.latticebench.report.InputHashes;

/**
 * Result folders of batch tasks, in one place so that every executor (the local {@code batch},
 * {@code batch-task} under a SLURM array) agrees: a task's folder is named by its case, regimens
 * and the SHA-256 of its inputs ({@link ComparisonSpec#identity()}); its outputs are written into
 * a hidden sibling folder, the completion marker {@value #MARKER} is written last (atomically),
 * and only then is the folder renamed into place. A folder with the marker is finished and is
 * skipped on a rerun; anything else under the name is a leftover and is replaced.
 */
public final class TaskFolders {

	/** The completion marker: written last; holds the task hash and the completion time. */
	public static final String MARKER = "task.complete";
	/** Hex digits of the input hash in a folder name. */
	static final int HASH_CHARS = 12;

	private TaskFolders() {
	}

	/** SHA-256 (hex) of a task's inputs. */
	static String hash(ComparisonSpec spec) {
		return InputHashes.ofText(spec.identity());
	}

	/** {@code <case>_<regimens>_<hash12>}, with characters outside {@code [A-Za-z0-9._-]} replaced. */
	static String folderName(ComparisonSpec spec) {
		String name = safe(spec.caseId()) + "_" + safe(String.join("+", spec.regimenIds()));
		if (name.length() > 80) {
			name = name.substring(0, 80);
		}
		return name + "_" + hash(spec).substring(0, HASH_CHARS);
	}

	static Path folder(Path batchOut, ComparisonSpec spec) {
		return batchOut.resolve("tasks").resolve(folderName(spec));
	}

	/** A file-name-safe form of untrusted text (never empty, never a dot name). */
	static String safe(String s) {
		String t = s.replaceAll("[^A-Za-z0-9._+-]", "_");
		if (t.isEmpty() || t.chars().allMatch(c -> c == '.')) {
			t = "_" + t;
		}
		return t;
	}

	/** True when the folder holds the marker of exactly this task. */
	static boolean isComplete(Path folder, ComparisonSpec spec) {
		Path marker = folder.resolve(MARKER);
		if (!Files.isRegularFile(marker)) {
			return false;
		}
		try {
			return Files.readString(marker).lines().anyMatch(l -> l.equals("hash=" + hash(spec)));
		} catch (IOException e) {
			return false;
		}
	}

	/** What a writer does with the (temporary) folder it is given. */
	interface FolderWriter {
		void write(Path folder) throws IOException;
	}

	/**
	 * Runs {@code writer} on a fresh hidden sibling of {@code folder}, writes the marker (when
	 * {@code markerHash} is given) and then puts the folder in place of whatever was there. A failed
	 * writer leaves {@code folder} as it was and removes the partial one.
	 */
	static void writeWhole(Path folder, String markerHash, FolderWriter writer) throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		Path parent = target.getParent();
		Files.createDirectories(parent);
		Path partial = parent.resolve("." + target.getFileName() + ".partial-" + UUID.randomUUID());
		boolean placed = false;
		try {
			Files.createDirectory(partial);
			writer.write(partial);
			if (markerHash != null) {
				AtomicFiles.writeString(partial.resolve(MARKER),
						"hash=" + markerHash + "\ncompleted=" + Instant.now() + "\n");
			}
			replace(partial, target);
			placed = true;
		} finally {
			if (!placed) {
				DicomOutputs.deleteTree(partial);
			}
		}
	}

	/** Moves {@code fresh} to {@code target}, moving an existing target aside first and deleting it after. */
	private static void replace(Path fresh, Path target) throws IOException {
		Path old = null;
		if (Files.exists(target)) {
			old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
			move(target, old);
		}
		move(fresh, target);
		if (old != null) {
			DicomOutputs.deleteTree(old);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	/** Removes leftovers of killed runs ({@code .*.partial-*}, {@code .*.old-*}) in a folder. */
	static int cleanLeftovers(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		int n = 0;
		try (Stream<Path> list = Files.list(dir)) {
			for (Path p : list.toList()) {
				String name = p.getFileName().toString();
				if (name.startsWith(".") && (name.contains(".partial-") || name.contains(".old-"))) {
					DicomOutputs.deleteTree(p);
					n++;
				}
			}
		}
		return n;
	}

	/** True when the folder looks like a comparison's output (so compare may replace it). */
	static boolean isComparisonOutput(Path folder) {
		return Files.isRegularFile(folder.resolve("provenance.json")) && Files.isRegularFile(folder.resolve("metrics.csv"));
	}
}
