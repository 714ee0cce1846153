package org.latticebench.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and git revision the running code was built from. The build writes
 * {@code build-info.properties} into this bundle (bundles/pom.xml runs {@code git rev-parse HEAD}
 * at build time); code compiled without it reports {@code unknown}.
 *
 * @param version     the bundle version, e.g. {@code 0.1.0.202612062140}
 * @param gitRevision the full commit hash, or {@code unknown}
 * @param gitDirty    true when the working tree had uncommitted changes at build time
 * @since 0.1
 */
public record BuildInfo(String version, String gitRevision, boolean gitDirty) {

	public static final String RESOURCE = "/build-info.properties";
	public static final String UNKNOWN = "unknown";

	/** Reads the resource written at build time; the version falls back to {@code bundleVersion}. */
	public static BuildInfo load(String bundleVersion) {
		Properties p = new Properties();
		try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
			if (in != null) {
				p.load(in);
			}
		} catch (IOException e) {
			// an unreadable resource is the same as none: the revision is then reported as unknown
		}
		String revision = p.getProperty("git.revision", UNKNOWN).trim();
		if (revision.isEmpty() || revision.startsWith("$")) {
			revision = UNKNOWN;
		}
		// git.dirty is 1 when tracked files differed from the commit at build time
		return new BuildInfo(bundleVersion, revision, "1".equals(p.getProperty("git.dirty", "").trim()));
	}
}
