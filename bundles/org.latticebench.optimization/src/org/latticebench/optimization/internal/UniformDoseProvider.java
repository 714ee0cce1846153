package org.latticebench.optimization.internal;

import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveParameters;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.optimization.StructureVoxels;
import org.osgi.service.component.annotations.Component;

/** Built-in objective type {@code uniform-dose}: Squared deviation. */
@Component(service = ObjectiveProvider.class, property = { "id=uniform-dose", "name=Squared deviation",
		"description=Penalises the squared deviation from d Gy in every voxel of the structure" })
public final class UniformDoseProvider extends BuiltInObjectiveProvider {

	public UniformDoseProvider() {
		super("uniform-dose", "Squared deviation");
	}

	@Override
	protected Objective make(String structureName, ObjectiveParameters p, StructureVoxels voxels) {
		return new PiecewiseQuadraticObjective(id(), structureName, voxels, p.doseGy(), PiecewiseQuadraticObjective.Side.BOTH);
	}
}
