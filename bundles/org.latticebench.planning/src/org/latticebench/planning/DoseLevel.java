package org.latticebench.planning;

/**
 * One prescribed dose of a regimen: the total dose over the course to one target role.
 *
 * @param role        the target it is prescribed to
 * @param totalDoseGy the total dose over all fractions, Gy
 * @since 0.1
 */
public record DoseLevel(TargetRole role, double totalDoseGy) {

	public DoseLevel {
		if (role == null) {
			throw new IllegalArgumentException("a dose level needs a target role");
		}
		if (!(totalDoseGy > 0) || !Double.isFinite(totalDoseGy)) {
			throw new IllegalArgumentException("dose level for " + role + " needs a positive finite dose, got " + totalDoseGy);
		}
	}

	/** The dose per fraction for a course of {@code fractions}. */
	public double dosePerFractionGy(int fractions) {
		return totalDoseGy / fractions;
	}
}
