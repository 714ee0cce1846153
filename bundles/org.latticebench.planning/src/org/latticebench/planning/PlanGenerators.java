package org.latticebench.planning;

import java.util.List;

import org.latticebench.planning.internal.HomogeneousGenerator;
import org.latticebench.planning.internal.LatticeGenerator;
import org.latticebench.planning.internal.MixedDoseGenerator;

/**
 * The built-in plan generators, for code that runs without the OSGi service registry (plain Java
 * tests, benchmarks). Inside OSGi use the registered {@link PlanGenerator} services instead, so
 * that plug-in generators are found too.
 *
 * @since 0.1
 */
public final class PlanGenerators {

	private PlanGenerators() {
	}

	/** New instances of the homogeneous, lattice and mixed-dose generators, in that order. */
	public static List<PlanGenerator> builtIn() {
		return List.of(new HomogeneousGenerator(), new LatticeGenerator(), new MixedDoseGenerator());
	}
}
