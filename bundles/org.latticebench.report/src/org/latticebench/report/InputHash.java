package org.latticebench.report;

/**
 * The SHA-256 of one study input: a file (path relative to the study folder) or, for generated
 * studies such as the phantom, a description of what was hashed.
 *
 * @param name   the relative file path, or e.g. {@code phantom:ctHu}
 * @param sha256 lower-case hex
 * @param bytes  the number of bytes hashed
 * @since 0.1
 */
public record InputHash(String name, String sha256, long bytes) {
}
