package org.latticebench.optimization.internal;

import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveParameters;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.optimization.StructureVoxels;
import org.osgi.service.component.annotations.Component;

/** Built-in objective type {@code min-dvh}: Minimum DVH (Dx at least d). */
@Component(service = ObjectiveProvider.class, property = { "id=min-dvh", "name=Minimum DVH (Dx at least d)",
		"description=At least x % of the structure must receive d Gy (dose-volume penalty)" })
public final class MinDvhProvider extends BuiltInObjectiveProvider {

	public MinDvhProvider() {
		super("min-dvh", "Minimum DVH (Dx at least d)");
	}

	@Override
	protected Objective make(String structureName, ObjectiveParameters p, StructureVoxels voxels) {
		return new DoseVolumeObjective(id(), structureName, voxels, p.doseGy(), volumePct(structureName, p), true);
	}
}
