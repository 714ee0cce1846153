package org.latticebench.dose.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a matrix's per-beam CSC columns into a fixed number of blocks of about equal stored
 * entries. A block is a list of segments {beam, first local column, end local column}, flattened
 * as triples; it may span the end of one beam and the start of the next.
 */
final class ColumnBlocks {

	private ColumnBlocks() {
	}

	static int[][] split(int[][] narrowPtr, int[][] broadPtr, int target) {
		long total = 0;
		for (int b = 0; b < narrowPtr.length; b++) {
			total += entries(narrowPtr[b], broadPtr[b], 0, narrowPtr[b].length - 1);
		}
		int blocks = Math.max(1, target);
		List<int[]> out = new ArrayList<>();
		List<Integer> current = new ArrayList<>();
		long done = 0;
		int k = 0;
		for (int b = 0; b < narrowPtr.length; b++) {
			int n = narrowPtr[b].length - 1;
			int from = 0;
			for (int c = 0; c < n; c++) {
				done += entries(narrowPtr[b], broadPtr[b], c, c + 1);
				// block k ends once the entries so far reach (k+1)/blocks of the total
				if (k < blocks - 1 && done * blocks >= total * (k + 1)) {
					current.addAll(List.of(b, from, c + 1));
					out.add(current.stream().mapToInt(Integer::intValue).toArray());
					current.clear();
					from = c + 1;
					k++;
				}
			}
			if (n > from) {
				current.addAll(List.of(b, from, n));
			}
		}
		if (!current.isEmpty()) {
			out.add(current.stream().mapToInt(Integer::intValue).toArray());
		}
		return out.toArray(new int[0][]);
	}

	private static long entries(int[] narrowPtr, int[] broadPtr, int from, int to) {
		return (long) narrowPtr[to] - narrowPtr[from] + broadPtr[to] - broadPtr[from];
	}
}
