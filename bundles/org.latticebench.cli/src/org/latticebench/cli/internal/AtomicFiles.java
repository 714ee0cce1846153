package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Output files appear whole or not at all: written beside the target, then renamed over it. They
 * end up readable by everyone ({@code rw-r--r--}), like files any other tool writes: the
 * temporary file is created owner-only, which must not carry over to the result.
 */
final class AtomicFiles {

	/** The mode of every output file: {@code 0644}. */
	static final Set<PosixFilePermission> OUTPUT_MODE = PosixFilePermissions.fromString("rw-r--r--");

	private AtomicFiles() {
	}

	static void writeString(Path target, String content) throws IOException {
		writeBytes(target, content.getBytes(StandardCharsets.UTF_8));
	}

	static void writeBytes(Path target, byte[] content) throws IOException {
		Path abs = target.toAbsolutePath();
		Path dir = abs.getParent();
		if (dir != null) {
			Files.createDirectories(dir);
		}
		Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
		try {
			Files.write(tmp, content);
			makeReadable(tmp);
			Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	/** Gives a file the output mode 0644 where the file system has POSIX permissions. */
	static void makeReadable(Path file) throws IOException {
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(file, OUTPUT_MODE);
		}
	}
}
