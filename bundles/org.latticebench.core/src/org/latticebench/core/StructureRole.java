package org.latticebench.core;

import java.util.Locale;

/**
 * What a structure is for. DICOM's RTROIInterpretedType values map onto these.
 *
 * @since 0.1
 */
public enum StructureRole {
	/** GTV, CTV, PTV, spheres, valley: dose is prescribed to it. */
	TARGET,
	/** An organ at risk: dose is limited. */
	OAR,
	/** The body outline. */
	EXTERNAL,
	/** Couch, immobilisation, markers. */
	SUPPORT,
	/** Rings, optimisation helpers and anything else. */
	OTHER;

	/** Maps a DICOM RTROIInterpretedType (C.8.8.8) to a role; unknown or empty types map to OTHER. */
	public static StructureRole fromDicomInterpretedType(String type) {
		if (type == null) {
			return OTHER;
		}
		return switch (type.trim().toUpperCase(Locale.ROOT)) {
		case "PTV", "CTV", "GTV", "TREATED_VOLUME", "IRRAD_VOLUME" -> TARGET;
		case "ORGAN", "AVOIDANCE", "OAR" -> OAR;
		case "EXTERNAL", "BODY" -> EXTERNAL;
		case "SUPPORT", "FIXATION", "BOLUS", "MARKER", "REGISTRATION", "ISOCENTER", "CONTRAST_AGENT", "BRACHY_CHANNEL",
				"BRACHY_ACCESSORY", "BRACHY_SRC_APP", "BRACHY_CHNL_SHLD", "DOSE_REGION" ->
			SUPPORT;
		default -> OTHER;
		};
	}

	/** The RTROIInterpretedType written on export. */
	public String toDicomInterpretedType() {
		return switch (this) {
		case TARGET -> "PTV";
		case OAR -> "ORGAN";
		case EXTERNAL -> "EXTERNAL";
		case SUPPORT -> "SUPPORT";
		case OTHER -> "CONTROL";
		};
	}
}
