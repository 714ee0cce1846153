package org.latticebench.optimization.internal;

import org.latticebench.core.InvalidInputException;
import org.latticebench.optimization.Objective;
import org.latticebench.optimization.ObjectiveParameters;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.optimization.StructureVoxels;

/** Base of the built-in objective types: parameter checks with messages that name the structure. */
public abstract class BuiltInObjectiveProvider implements ObjectiveProvider {

	private final String id;
	private final String name;

	protected BuiltInObjectiveProvider(String id, String name) {
		this.id = id;
		this.name = name;
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final Objective create(String structureName, ObjectiveParameters p, StructureVoxels voxels) {
		if (!(p.doseGy() >= 0) || !Double.isFinite(p.doseGy())) {
			throw invalid(structureName, "doseGy", "must be a finite dose >= 0 Gy, got " + p.doseGy());
		}
		return make(structureName, p, voxels);
	}

	protected abstract Objective make(String structureName, ObjectiveParameters p, StructureVoxels voxels);

	protected InvalidInputException invalid(String structureName, String attribute, String problem) {
		return new InvalidInputException("objective " + id + " on " + structureName, attribute, problem);
	}

	protected double volumePct(String structureName, ObjectiveParameters p) {
		double v = p.volumePct();
		if (!(v >= 0 && v <= 100)) {
			throw invalid(structureName, "volumePct", "must be in 0..100 %, got " + v);
		}
		return v;
	}

	protected double geudA(String structureName, ObjectiveParameters p) {
		double a = p.gEudA();
		if (!Double.isFinite(a) || a == 0) {
			throw invalid(structureName, "gEudA", "must be a finite non-zero exponent, got " + a);
		}
		return a;
	}
}
