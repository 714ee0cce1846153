package org.latticebench.optimization.internal;

import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveParameters;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.optimization.StructureVoxels;
import org.osgi.service.component.annotations.Component;

/** Built-in objective type {@code max-dose}: Squared over-dose (maximum dose). */
@Component(service = ObjectiveProvider.class, property = { "id=max-dose", "name=Squared over-dose (maximum dose)",
		"description=Penalises the squared dose above d Gy in every voxel of the structure" })
public final class MaxDoseProvider extends BuiltInObjectiveProvider {

	public MaxDoseProvider() {
		super("max-dose", "Squared over-dose (maximum dose)");
	}

	@Override
	protected Objective make(String structureName, ObjectiveParameters p, StructureVoxels voxels) {
		return new PiecewiseQuadraticObjective(id(), structureName, voxels, p.doseGy(), PiecewiseQuadraticObjective.Side.OVER);
	}
}
