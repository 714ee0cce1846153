package org.latticebench.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * The {@link ConstraintSetProvider} services of the running system, by id; duplicates are refused
 * with a {@link DuplicateServiceIdException} naming both providers.
 *
 * @since 0.1
 */
public interface ConstraintSetRegistry {

	/** Registered sets, sorted by id. */
	List<ConstraintSetProvider> all();

	Optional<ConstraintSetProvider> find(String id);

	/**
	 * Services refused because their id was already taken, one message each naming the id and
	 * both providers (class, component and bundle); empty when every id is unique.
	 */
	default List<String> conflicts() {
		return List.of();
	}
}
