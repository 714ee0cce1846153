package org.latticebench.optimization;

/**
 * How optimised weights are scaled afterwards so that the plan meets its prescription exactly at one
 * point. Dose is linear in the weights, so the scaling is exact.
 *
 * @since 0.1
 */
public sealed interface Normalization {

	/** Keep the optimised weights as they are. */
	record None() implements Normalization {
	}

	/**
	 * D_volumePct of the structure = doseGy, e.g. PTV D95 = Rx for SBRT.
	 *
	 * @param volumePct in (0, 100]
	 */
	record DoseAtVolume(String structureName, StructureVoxels voxels, double volumePct, double doseGy)
			implements Normalization {
		public DoseAtVolume {
			if (!(volumePct > 0 && volumePct <= 100) || !(doseGy > 0)) {
				throw new IllegalArgumentException("normalisation on " + structureName
						+ " needs a volume in (0, 100] % and a dose > 0 Gy, got " + volumePct + " % and " + doseGy + " Gy");
			}
		}
	}

	/** Volume-weighted mean dose of the structure = doseGy, e.g. mean sphere dose = peak Rx for lattice. */
	record MeanDose(String structureName, StructureVoxels voxels, double doseGy) implements Normalization {
		public MeanDose {
			if (!(doseGy > 0)) {
				throw new IllegalArgumentException("normalisation on " + structureName + " needs a dose > 0 Gy, got "
						+ doseGy);
			}
		}
	}

	static Normalization none() {
		return new None();
	}
}
