package org.latticebench.dicom;

import org.latticebench.core.FloatVolume;

/**
 * A dose to export as RTDOSE: values in Gy (total over the course) on their own grid in the
 * study's frame of reference.
 *
 * @param label  names the files ({@code RD_<label>_16bit.dcm}) and the series description
 * @param doseGy the dose at the voxel centres, in Gy; every value finite and >= 0
 * @param type   PHYSICAL for absorbed dose, EFFECTIVE for a biologically weighted dose such as EQD2
 * @since 0.1
 */
public record DoseExport(String label, FloatVolume doseGy, DoseType type) {

	/** (3004,0004) DoseType. */
	public enum DoseType {
		PHYSICAL, EFFECTIVE
	}

	public DoseExport {
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("a dose to export needs a label");
		}
	}

	public static DoseExport physical(String label, FloatVolume doseGy) {
		return new DoseExport(label, doseGy, DoseType.PHYSICAL);
	}

	/** An EQD2 (or other biologically weighted) dose, written with DoseType EFFECTIVE. */
	public static DoseExport effective(String label, FloatVolume eqd2Gy) {
		return new DoseExport(label, eqd2Gy, DoseType.EFFECTIVE);
	}
}
