package org.latticebench.cli.internal.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * SLURM's {@code --array} syntax: task indices as comma-separated ranges ({@code 0-5},
 * {@code 1,3-5}) with an optional {@code %K} limit on how many run at once.
 */
final class ArraySpec {

	private ArraySpec() {
	}

	/**
	 * @param indices     task indices, in any order, at least one
	 * @param maxParallel the {@code %K} throttle, or 0 for none
	 */
	static String format(Iterable<Integer> indices, int maxParallel) {
		TreeSet<Integer> sorted = new TreeSet<>();
		indices.forEach(sorted::add);
		if (sorted.isEmpty()) {
			throw new IllegalArgumentException("an array job needs at least one task index");
		}
		StringBuilder sb = new StringBuilder();
		int start = -1;
		int previous = -2;
		for (int i : sorted) {
			if (i < 0) {
				throw new IllegalArgumentException("negative array index " + i);
			}
			if (i != previous + 1) {
				appendRange(sb, start, previous);
				start = i;
			}
			previous = i;
		}
		appendRange(sb, start, previous);
		if (maxParallel > 0) {
			sb.append('%').append(maxParallel);
		}
		return sb.toString();
	}

	private static void appendRange(StringBuilder sb, int start, int end) {
		if (start < 0) {
			return;
		}
		if (sb.length() > 0) {
			sb.append(',');
		}
		sb.append(start);
		if (end > start) {
			sb.append('-').append(end);
		}
	}

	/**
	 * The indices of an array expression as squeue, sacct and scontrol print them for pending
	 * elements: {@code 2-5%2}, {@code [2,4-5]}, {@code 7}. A step suffix ({@code :2}) is honoured.
	 */
	static List<Integer> parse(String spec) {
		String s = spec.strip();
		if (s.startsWith("[") && s.endsWith("]")) {
			s = s.substring(1, s.length() - 1);
		}
		int throttle = s.indexOf('%');
		if (throttle >= 0) {
			s = s.substring(0, throttle);
		}
		List<Integer> out = new ArrayList<>();
		for (String part : s.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			int step = 1;
			int colon = part.indexOf(':');
			if (colon >= 0) {
				step = Integer.parseInt(part.substring(colon + 1).strip());
				part = part.substring(0, colon);
			}
			int dash = part.indexOf('-');
			if (dash < 0) {
				out.add(Integer.parseInt(part.strip()));
			} else {
				int from = Integer.parseInt(part.substring(0, dash).strip());
				int to = Integer.parseInt(part.substring(dash + 1).strip());
				for (int i = from; i <= to; i += step) {
					out.add(i);
				}
			}
		}
		return out;
	}
}
