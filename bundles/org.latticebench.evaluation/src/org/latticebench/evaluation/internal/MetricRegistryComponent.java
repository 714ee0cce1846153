package org.latticebench.evaluation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.latticebench.evaluation.MetricRegistry;
import org.latticebench.evaluation.MetricSpec;
import org.latticebench.evaluation.PlanMetric;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Whiteboard registry of {@link PlanMetric} services. A duplicate id throws from the bind method,
 * so the service runtime logs the error naming both providers and the second one is not bound.
 */
@Component(service = MetricRegistry.class, property = { "id=metric-registry", "name=Plan metric registry",
		"description=Finds plan metrics by id; refuses a second metric with an id already registered" })
public final class MetricRegistryComponent implements MetricRegistry {

	private final IdRegistry<PlanMetric> metrics = new IdRegistry<>("plan metric");

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	public void addMetric(PlanMetric metric, Map<String, Object> properties) {
		metrics.add(metric.id(), metric, properties);
	}

	public void removeMetric(PlanMetric metric) {
		metrics.remove(metric);
	}

	@Override
	public List<PlanMetric> all() {
		return metrics.all();
	}

	@Override
	public Optional<PlanMetric> find(String id) {
		return metrics.find(id);
	}

	@Override
	public PlanMetric resolve(String idOrSpec) {
		return find(idOrSpec).orElseGet(() -> {
			MetricSpec spec = MetricSpec.parse(idOrSpec);
			return find(spec.id()).orElseGet(spec::toMetric);
		});
	}

	@Override
	public List<String> conflicts() {
		return metrics.conflicts();
	}
}
