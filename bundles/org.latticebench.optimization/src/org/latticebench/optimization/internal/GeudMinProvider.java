package org.latticebench.optimization.internal;

import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveParameters;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.optimization.StructureVoxels;
import org.osgi.service.component.annotations.Component;

/** Built-in objective type {@code geud-min}: gEUD at least d. */
@Component(service = ObjectiveProvider.class, property = { "id=geud-min", "name=gEUD at least d",
		"description=Penalises the squared shortfall of the generalised EUD (exponent a) below d Gy" })
public final class GeudMinProvider extends BuiltInObjectiveProvider {

	public GeudMinProvider() {
		super("geud-min", "gEUD at least d");
	}

	@Override
	protected Objective make(String structureName, ObjectiveParameters p, StructureVoxels voxels) {
		return new GeudObjective(id(), structureName, voxels, p.doseGy(), geudA(structureName, p), false);
	}
}
