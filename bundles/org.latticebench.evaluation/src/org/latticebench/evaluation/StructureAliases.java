package org.latticebench.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * User additions to the structure names a constraint matches, keyed by the constraint's
 * {@link Constraint#structure()} label (e.g. add {@code Leber} to {@code Liver}). Immutable; each
 * {@code with} returns a new table.
 *
 * @since 0.1
 */
public final class StructureAliases {

	private static final StructureAliases NONE = new StructureAliases(Map.of());

	private final Map<String, List<String>> extra;

	private StructureAliases(Map<String, List<String>> extra) {
		this.extra = extra;
	}

	public static StructureAliases none() {
		return NONE;
	}

	/** A new table where the constraint label {@code structure} also matches {@code alias}. */
	public StructureAliases with(String structure, String alias) {
		Map<String, List<String>> copy = new HashMap<>(extra);
		List<String> list = new ArrayList<>(copy.getOrDefault(normalise(structure), List.of()));
		list.add(alias);
		copy.put(normalise(structure), List.copyOf(list));
		return new StructureAliases(Map.copyOf(copy));
	}

	/** The constraint's own aliases followed by the user's. */
	public List<String> aliasesFor(Constraint constraint) {
		List<String> all = new ArrayList<>(constraint.structureAliases());
		all.addAll(extra.getOrDefault(normalise(constraint.structure()), List.of()));
		return all;
	}

	/** Lower case without spaces or punctuation: {@code "Spinal Cord"}, {@code "spinal_cord"} -> {@code spinalcord}. */
	public static String normalise(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}+]", "");
	}
}
