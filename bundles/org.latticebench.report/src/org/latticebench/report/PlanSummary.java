package org.latticebench.report;

import java.util.List;

/**
 * What one plan is, in a line of the report: regimen, prescriptions, generator, beams, lattice
 * and optimiser figures, and time spent.
 *
 * @param prescriptions       e.g. {@code PTV 20 Gy; PTV_peak 66.7 Gy}
 * @param spheresKept         lattice spheres in the plan, or -1 without a lattice
 * @param maxDoseGy           the highest dose on the dose grid, Gy
 * @param optimizerIterations iterations of the fluence optimiser
 * @param termination         why the optimiser stopped
 * @param seconds             wall time of the whole plan run, s
 * @since 0.1
 */
public record PlanSummary(String plan, String regimenId, String regimenName, String regimenSource, int fractions,
		String prescriptions, String generatorId, String engineId, String constraintSetId, int beamCount,
		int spheresKept, double maxDoseGy, int optimizerIterations, String termination, double seconds,
		List<String> notes) {

	public PlanSummary {
		notes = List.copyOf(notes);
	}
}
