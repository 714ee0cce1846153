package org.latticebench.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * The {@link PlanMetric} services of the running system, by id. Registered as a DS service; a
 * second metric with an id already present is refused with a {@link DuplicateServiceIdException}
 * naming both providers.
 *
 * @since 0.1
 */
public interface MetricRegistry {

	/** Registered metrics, sorted by id. */
	List<PlanMetric> all();

	Optional<PlanMetric> find(String id);

	/**
	 * Services refused because their id was already taken, one message each naming the id and
	 * both providers (class, component and bundle); empty when every id is unique.
	 */
	default List<String> conflicts() {
		return List.of();
	}

	/**
	 * The registered metric with this id, or else the metric described by the {@link MetricSpec}
	 * grammar (so {@code D93.5%} works without a service of its own).
	 *
	 * @throws org.latticebench.core.InvalidInputException when it is neither
	 */
	PlanMetric resolve(String idOrSpec);
}
