package org.latticebench.evaluation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.latticebench.evaluation.ConstraintSetProvider;
import org.latticebench.evaluation.ConstraintSetRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Whiteboard registry of {@link ConstraintSetProvider} services; duplicates fail as in {@link MetricRegistryComponent}. */
@Component(service = ConstraintSetRegistry.class, property = { "id=constraint-set-registry", "name=Constraint set registry",
		"description=Finds constraint sets by id; refuses a second set with an id already registered" })
public final class ConstraintSetRegistryComponent implements ConstraintSetRegistry {

	private final IdRegistry<ConstraintSetProvider> sets = new IdRegistry<>("constraint set");

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	public void addConstraintSet(ConstraintSetProvider provider, Map<String, Object> properties) {
		sets.add(provider.id(), provider, properties);
	}

	public void removeConstraintSet(ConstraintSetProvider provider) {
		sets.remove(provider);
	}

	@Override
	public List<ConstraintSetProvider> all() {
		return sets.all();
	}

	@Override
	public Optional<ConstraintSetProvider> find(String id) {
		return sets.find(id);
	}

	@Override
	public List<String> conflicts() {
		return sets.conflicts();
	}
}
