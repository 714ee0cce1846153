package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.FloatVolume;

/**
 * An RTDOSE read into a volume.
 *
 * @param dose                the dose at the voxel centres, in Gy when {@code units} is {@link Units#GY},
 *                            otherwise relative as stored (already multiplied by DoseGridScaling)
 * @param summationType       (3004,000A) DoseSummationType as written: PLAN, BEAM, FRACTION, ...
 * @param doseType            (3004,0004) DoseType: PHYSICAL, EFFECTIVE or ERROR; empty when absent
 * @param referencedPlanUid   the SOP instance UID of the RTPLAN it belongs to, when given
 * @param doseGridScaling     the (3004,000E) factor from stored integers to dose, which is the
 *                            quantisation step of {@code dose}
 * @since 0.1
 */
public record ImportedDose(Path source, FloatVolume dose, Units units, String summationType, String doseType,
		String sopInstanceUid, String studyInstanceUid, String frameOfReferenceUid, Optional<String> referencedPlanUid,
		double doseGridScaling, List<String> warnings) {

	/** (3004,0002) DoseUnits. */
	public enum Units {
		GY, RELATIVE
	}

	public ImportedDose {
		warnings = List.copyOf(warnings);
	}
}
