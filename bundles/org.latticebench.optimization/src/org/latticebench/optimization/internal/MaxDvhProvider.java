package org.latticebench.optimization.internal;

import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveParameters;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.optimization.StructureVoxels;
import org.osgi.service.component.annotations.Component;

/** Built-in objective type {@code max-dvh}: Maximum DVH (Vd at most x). */
@Component(service = ObjectiveProvider.class, property = { "id=max-dvh", "name=Maximum DVH (Vd at most x)",
		"description=At most x % of the structure may receive more than d Gy (dose-volume penalty)" })
public final class MaxDvhProvider extends BuiltInObjectiveProvider {

	public MaxDvhProvider() {
		super("max-dvh", "Maximum DVH (Vd at most x)");
	}

	@Override
	protected Objective make(String structureName, ObjectiveParameters p, StructureVoxels voxels) {
		return new DoseVolumeObjective(id(), structureName, voxels, p.doseGy(), volumePct(structureName, p), false);
	}
}
