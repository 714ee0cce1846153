package org.latticebench.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.latticebench.evaluation.internal.Imrt4515Constraints;
import org.latticebench.evaluation.internal.SbrtLiverGuidanceConstraints;
import org.latticebench.evaluation.internal.Tg101FiveFractionConstraints;
import org.latticebench.evaluation.internal.Tomotherapy5010Constraints;

/**
 * The built-in constraint sets as a {@link ConstraintSetRegistry}, for code that runs without the
 * OSGi service registry (plain Java tests, benchmarks). Inside OSGi use the registered
 * {@link ConstraintSetRegistry} service, which also holds plug-in sets.
 *
 * @since 0.1
 */
public final class BuiltInConstraintSets {

	/** Id of the TG-101 five-fraction set (seed 001 Table 1). */
	public static final String TG101_5FX = Tg101FiveFractionConstraints.ID;
	/** Id of the 45 Gy / 15 fx IMRT set of seed 003. */
	public static final String IMRT_45_15 = Imrt4515Constraints.ID;

	private BuiltInConstraintSets() {
	}

	/** A registry of the built-in sets, sorted by id. */
	public static ConstraintSetRegistry registry() {
		List<ConstraintSetProvider> sets = List.<ConstraintSetProvider>of(new Tg101FiveFractionConstraints(),
				new Imrt4515Constraints(), new SbrtLiverGuidanceConstraints(), new Tomotherapy5010Constraints()).stream()
				.sorted(Comparator.comparing(ConstraintSetProvider::id)).toList();
		return new ConstraintSetRegistry() {
			@Override
			public List<ConstraintSetProvider> all() {
				return sets;
			}

			@Override
			public Optional<ConstraintSetProvider> find(String id) {
				return sets.stream().filter(s -> s.id().equals(id)).findFirst();
			}
		};
	}
}
