package org.latticebench.dicom;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes the DICOM UIDs of an export. Every UID is {@value #ROOT}{@code .<suffix>}: the root is the
 * ISO/IEC 9834-8 UUID arc, which PS3.5 B.2 allows without registering an organisation root
 * (Lattice Bench has none), and the suffix is a UUID written as one unsigned decimal integer, so
 * a UID is at most 44 characters (the limit is 64).
 * <p>
 * The suffix is <b>random</b> (version 4 UUIDs, {@link #random()}) by default, so that two
 * exports of the same study never share an object UID. {@link #deterministic(String)} makes
 * name-based (version 3) UUIDs from a seed and a counter instead: the same seed and the same
 * sequence of calls give the same UIDs, for reproducible batch exports and tests. Distinct
 * exports must then use distinct seeds.
 *
 * @since 0.1
 */
public final class UidGenerator {

	/** The one root of every UID Lattice Bench writes: the UUID-derived arc, PS3.5 B.2. */
	public static final String ROOT = "2.25";

	private final Optional<String> seed;
	private long counter;

	private UidGenerator(Optional<String> seed) {
		this.seed = seed;
	}

	/** Random suffixes (UUID version 4); the default. */
	public static UidGenerator random() {
		return new UidGenerator(Optional.empty());
	}

	/** Name-based suffixes (UUID version 3) from {@code seed} and a running counter. */
	public static UidGenerator deterministic(String seed) {
		if (seed == null || seed.isEmpty()) {
			throw new IllegalArgumentException("a deterministic UID generator needs a non-empty seed");
		}
		return new UidGenerator(Optional.of(seed));
	}

	public boolean isDeterministic() {
		return seed.isPresent();
	}

	/** The next UID. Thread-safe. */
	public synchronized String next() {
		UUID uuid = seed.map(s -> UUID.nameUUIDFromBytes((s + "#" + counter).getBytes(StandardCharsets.UTF_8)))
				.orElseGet(UUID::randomUUID);
		counter++;
		return toUid(uuid);
	}

	/** {@value #ROOT}{@code .} followed by the UUID's 128 bits as an unsigned decimal (no leading zeros). */
	static String toUid(UUID uuid) {
		byte[] bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
				.array();
		return ROOT + "." + new BigInteger(1, bytes);
	}
}
