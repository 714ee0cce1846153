package org.latticebench.optimization.internal;

import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveParameters;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.optimization.StructureVoxels;
import org.osgi.service.component.annotations.Component;

/** Built-in objective type {@code max-mean}: Maximum mean dose. */
@Component(service = ObjectiveProvider.class, property = { "id=max-mean", "name=Maximum mean dose",
		"description=Penalises the squared excess of the mean structure dose over d Gy" })
public final class MaxMeanProvider extends BuiltInObjectiveProvider {

	public MaxMeanProvider() {
		super("max-mean", "Maximum mean dose");
	}

	@Override
	protected Objective make(String structureName, ObjectiveParameters p, StructureVoxels voxels) {
		return new MeanDoseObjective(id(), structureName, voxels, p.doseGy());
	}
}
