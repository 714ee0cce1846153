package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class UidGeneratorTest {

	/** PS3.5 9.1: at most 64 characters, digits and dots, no empty component, no leading zero. */
	static void assertValidUid(String uid) {
		assertTrue(uid.length() <= 64, uid);
		assertTrue(uid.matches("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*"), uid);
	}

	@Test
	void uuidBecomesItsUnsignedDecimalUnderTwoTwentyFive() {
		// PS3.5 B.2 gives this example: UUID f81d4fae-7dec-11d0-a765-00a0c91e6bf6
		// is the UID 2.25.329800735698586629295641978511506172918
		assertEquals("2.25.329800735698586629295641978511506172918",
				UidGenerator.toUid(UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")));
	}

	@Test
	void deterministicGeneratorsRepeatForTheSameSeedAndDifferAcrossSeeds() {
		List<String> a = take(UidGenerator.deterministic("study-42"), 5);
		List<String> b = take(UidGenerator.deterministic("study-42"), 5);
		List<String> c = take(UidGenerator.deterministic("study-43"), 5);
		assertEquals(a, b);
		assertEquals(Set.of(), intersection(a, c));
		assertEquals(5, Set.copyOf(a).size());
		a.forEach(UidGeneratorTest::assertValidUid);
	}

	@Test
	void randomGeneratorNeverRepeatsAndStaysUnderTheRoot() {
		List<String> uids = take(UidGenerator.random(), 10_000);
		assertEquals(10_000, Set.copyOf(uids).size());
		for (String uid : uids) {
			assertTrue(uid.startsWith(UidGenerator.ROOT + "."));
			assertValidUid(uid);
		}
		assertNotEquals(take(UidGenerator.random(), 1), take(UidGenerator.random(), 1));
	}

	private static List<String> take(UidGenerator g, int n) {
		return IntStream.range(0, n).mapToObj(i -> g.next()).toList();
	}

	private static Set<String> intersection(List<String> a, List<String> b) {
		Set<String> s = new HashSet<>(a);
		s.retainAll(b);
		return s;
	}
}
