package org.latticebench.optimization.internal;

import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveParameters;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.optimization.StructureVoxels;
import org.osgi.service.component.annotations.Component;

/** Built-in objective type {@code min-dose}: Squared under-dose. */
@Component(service = ObjectiveProvider.class, property = { "id=min-dose", "name=Squared under-dose",
		"description=Penalises the squared dose below d Gy in every voxel of the structure" })
public final class MinDoseProvider extends BuiltInObjectiveProvider {

	public MinDoseProvider() {
		super("min-dose", "Squared under-dose");
	}

	@Override
	protected Objective make(String structureName, ObjectiveParameters p, StructureVoxels voxels) {
		return new PiecewiseQuadraticObjective(id(), structureName, voxels, p.doseGy(), PiecewiseQuadraticObjective.Side.UNDER);
	}
}
