package org.latticebench.planning;

/**
 * A dose prescribed to one structure of a plan design.
 *
 * @param structureName the structure, as named in the design or the study
 * @param role          the regimen's target role it comes from
 * @param totalDoseGy   total dose over the course, Gy
 * @param fractions     number of fractions
 * @since 0.1
 */
public record Prescription(String structureName, TargetRole role, double totalDoseGy, int fractions) {

	public Prescription {
		if (!(totalDoseGy > 0) || fractions < 1) {
			throw new IllegalArgumentException("prescription to " + structureName + " needs a positive dose and >= 1 fraction");
		}
	}

	public double dosePerFractionGy() {
		return totalDoseGy / fractions;
	}
}
