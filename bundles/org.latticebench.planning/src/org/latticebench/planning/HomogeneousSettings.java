package org.latticebench.planning;

/**
 * Settings of the homogeneous (uniform dose) generator. The coverage defaults are the seed
 * criteria: "&ge; 97 % of the target receives &ge; 95 % of the prescription; &lt; 3 % of it above
 * 110 %" ([003], shared/DOMAIN.md).
 *
 * @param targets           target construction
 * @param coverageDosePct   the dose, % of prescription, that {@code coverageVolumePct} must receive
 * @param coverageVolumePct the covered volume, %
 * @param hotDosePct        the hot-spot dose, % of prescription
 * @param hotVolumePct      the largest volume, %, allowed above {@code hotDosePct}
 * @param constraintSet     the organ-at-risk limits turned into objectives
 * @param beams             the beam arrangement
 * @since 0.1
 */
public record HomogeneousSettings(TargetSettings targets, double coverageDosePct, double coverageVolumePct,
		double hotDosePct, double hotVolumePct, OarConstraintSet constraintSet, BeamArrangement beams) {

	public HomogeneousSettings {
		if (!(coverageDosePct > 0 && coverageDosePct <= 100 && coverageVolumePct > 0 && coverageVolumePct <= 100)) {
			throw new IllegalArgumentException("coverage must be a dose and volume in (0, 100] %");
		}
		if (!(hotDosePct > 100 && hotVolumePct >= 0 && hotVolumePct < 100)) {
			throw new IllegalArgumentException("the hot-spot dose must exceed 100 % and its volume be in [0, 100) %");
		}
	}

	/** 95 % of Rx to 97 %, under 3 % above 110 % ([003]); organ limits AUTO (TG-101 5 fx, or [003] for 15 fx); nine beams. */
	public static HomogeneousSettings defaults() {
		return new HomogeneousSettings(TargetSettings.defaults(), 95, 97, 110, 3, OarConstraintSet.AUTO,
				BeamArrangement.defaults());
	}
}
