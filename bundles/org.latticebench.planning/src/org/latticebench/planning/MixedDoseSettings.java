package org.latticebench.planning;

/**
 * Settings of the mixed-dose generator ([000]): necrotic and solid tumour regions get different doses.
 *
 * @param targets            target construction (the GTV name)
 * @param source             where the two regions come from
 * @param necroticName       the existing necrotic structure, and the name of the generated one
 * @param solidName          the existing solid structure, and the name of the generated one
 * @param necroticHuThreshold GTV voxels below this CT number (HU) are necrotic when thresholding; necrosis
 *                           enhances less than viable tumour. The default 30 HU is an assumption, not from [000]
 * @param constraintSet      the organ-at-risk limits turned into objectives
 * @param beams              the beam arrangement
 * @since 0.1
 */
public record MixedDoseSettings(TargetSettings targets, Source source, String necroticName, String solidName,
		double necroticHuThreshold, OarConstraintSet constraintSet, BeamArrangement beams) {

	/** Where the necrotic and solid regions come from. */
	public enum Source {
		/** the existing structures when both exist, else the HU threshold */
		AUTO,
		/** the existing structures {@code necroticName} and {@code solidName} */
		STRUCTURES,
		/** the GTV split at {@code necroticHuThreshold} */
		HU_THRESHOLD
	}

	public MixedDoseSettings {
		if (necroticName == null || necroticName.isBlank() || solidName == null || solidName.isBlank()
				|| necroticName.equals(solidName)) {
			throw new IllegalArgumentException("the necrotic and solid structures need two different names");
		}
		if (!Double.isFinite(necroticHuThreshold)) {
			throw new IllegalArgumentException("the necrotic HU threshold must be finite");
		}
	}

	public static MixedDoseSettings defaults() {
		return new MixedDoseSettings(TargetSettings.defaults(), Source.AUTO, "GTV_necrotic", "GTV_solid", 30,
				OarConstraintSet.AUTO, BeamArrangement.defaults());
	}
}
