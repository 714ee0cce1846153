package org.latticebench.optimization.internal;

import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveParameters;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.optimization.StructureVoxels;
import org.osgi.service.component.annotations.Component;

/** Built-in objective type {@code geud-max}: gEUD at most d. */
@Component(service = ObjectiveProvider.class, property = { "id=geud-max", "name=gEUD at most d",
		"description=Penalises the squared excess of the generalised EUD (exponent a) over d Gy" })
public final class GeudMaxProvider extends BuiltInObjectiveProvider {

	public GeudMaxProvider() {
		super("geud-max", "gEUD at most d");
	}

	@Override
	protected Objective make(String structureName, ObjectiveParameters p, StructureVoxels voxels) {
		return new GeudObjective(id(), structureName, voxels, p.doseGy(), geudA(structureName, p), true);
	}
}
