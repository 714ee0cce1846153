package org.latticebench.cli.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArraySpecTest {

	@Test
	void wholeBatchIsOneRangeWithTheThrottle() {
		// the contract: --array=0-(N-1)%K, here N = 6, K = 2
		assertEquals("0-5%2", ArraySpec.format(List.of(0, 1, 2, 3, 4, 5), 2));
	}

	@Test
	void resumedBatchListsOnlyTheRemainingIndices() {
		assertEquals("1,3-5%2", ArraySpec.format(List.of(5, 3, 1, 4), 2));
		assertEquals("2,4-5", ArraySpec.format(List.of(2, 4, 5), 0));
		assertEquals("7", ArraySpec.format(List.of(7), 0));
	}

	@Test
	void pendingElementsAsSlurmPrintsThemAreExpanded() {
		// forms printed by squeue/sacct ("123_[2-5%2]") and scontrol ("ArrayTaskId=0-2%1") on SLURM 22.05
		assertEquals(List.of(2, 3, 4, 5), ArraySpec.parse("[2-5%2]"));
		assertEquals(List.of(0, 1, 2), ArraySpec.parse("0-2%1"));
		assertEquals(List.of(1, 3, 4, 5), ArraySpec.parse("1,3-5"));
		assertEquals(List.of(0, 2, 4, 6), ArraySpec.parse("0-6:2"));
	}

	@Test
	void formatAndParseAgree() {
		List<Integer> indices = List.of(0, 1, 2, 7, 9, 10, 11, 30);
		assertEquals(indices, ArraySpec.parse(ArraySpec.format(indices, 4)));
	}

	@Test
	void anEmptyArrayIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> ArraySpec.format(List.of(), 2));
	}
}
