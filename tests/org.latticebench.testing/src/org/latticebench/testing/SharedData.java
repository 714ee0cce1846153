package org.latticebench.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The DICOM-RT test data in {@code ../shared/data}, read in place (never copied into the
 * project). The build passes its location as the system property {@code latticebench.shared};
 * without it, the folder next to the working directory's parent is tried. When the folder is
 * missing the calling test is skipped with a message naming it; CI checks it exists.
 */
public final class SharedData {

	private SharedData() {
	}

	/** The shared data folder, or the test is skipped. */
	public static Path root() {
		Path shared = Path.of(System.getProperty("latticebench.shared", "../shared")).toAbsolutePath().normalize();
		Path data = shared.resolve("data");
		Assumptions.assumeTrue(Files.isDirectory(data),
				"skipped: shared test data folder " + data + " is missing (CI always provides it)");
		return data;
	}

	/** A file or folder inside the shared data, e.g. {@code path("synthetic-sphere/RS_synthetic.dcm")}. */
	public static Path path(String relative) {
		Path p = root().resolve(relative);
		Assumptions.assumeTrue(Files.exists(p), "skipped: shared test data " + p + " is missing");
		return p;
	}
}
