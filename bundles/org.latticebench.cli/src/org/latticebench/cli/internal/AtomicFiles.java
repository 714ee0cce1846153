package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Output files appear whole or not at all: written beside the target, then renamed over it. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void writeString(Path target, String content) throws IOException {
		writeBytes(target, content.getBytes(StandardCharsets.UTF_8));
	}

	public static void writeBytes(Path target, byte[] content) throws IOException {
		Path abs = target.toAbsolutePath();
		Path dir = abs.getParent();
		if (dir != null) {
			Files.createDirectories(dir);
		}
		Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
		try {
			Files.write(tmp, content);
			Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}
}
