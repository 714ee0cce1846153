package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.latticebench.core.Vec3;

/**
 * An RTPLAN, read far enough to show it and to re-plan it: label, fraction groups, prescriptions
 * and the beam geometry.
 *
 * @param label                      (300A,0002) RTPlanLabel
 * @param name                       (300A,0003) RTPlanName, empty when absent
 * @param frameOfReferenceUid        empty when the plan does not give one
 * @param referencedStructureSetUid  the RTSTRUCT the plan was made on, when given
 * @since 0.1
 */
public record ImportedPlan(Path source, String label, String name, String sopInstanceUid, String studyInstanceUid,
		String frameOfReferenceUid, Optional<String> referencedStructureSetUid, List<FractionGroup> fractionGroups,
		List<DoseReference> doseReferences, List<Beam> beams, List<String> warnings) {

	public ImportedPlan {
		fractionGroups = List.copyOf(fractionGroups);
		doseReferences = List.copyOf(doseReferences);
		beams = List.copyOf(beams);
		warnings = List.copyOf(warnings);
	}

	/** Planned fractions of the first fraction group, the usual single-group case. */
	public OptionalInt numberOfFractions() {
		return fractionGroups.isEmpty() ? OptionalInt.empty() : OptionalInt.of(fractionGroups.get(0).fractionsPlanned());
	}

	/**
	 * @param beamNumbers the beams delivered in this group, with their meterset (MU) where given
	 */
	public record FractionGroup(int number, int fractionsPlanned, List<BeamMeterset> beams) {
		public FractionGroup {
			beams = List.copyOf(beams);
		}
	}

	public record BeamMeterset(int beamNumber, Optional<Double> metersetMu) {
	}

	/**
	 * A prescription or constraint point/volume, (300A,0010) DoseReferenceSequence.
	 *
	 * @param structureType          POINT, VOLUME, COORDINATES or SITE
	 * @param type                   TARGET or ORGAN_AT_RISK
	 * @param targetPrescriptionDoseGy (300A,0026), total over the course
	 * @param deliveryMaximumDoseGy  (300A,0023)
	 * @param referencedRoiNumber    the ROI it applies to, when given
	 */
	public record DoseReference(int number, String structureType, String type, String description,
			Optional<Double> targetPrescriptionDoseGy, Optional<Double> deliveryMaximumDoseGy,
			OptionalInt referencedRoiNumber) {
	}

	/**
	 * A treatment beam's geometry at its first control point.
	 *
	 * @param finalGantryAngleDeg the gantry angle at the last control point (differs for arcs)
	 * @param isocentreMm         (300A,012C) IsocenterPosition, patient LPS mm
	 * @param nominalEnergyMeV    (300A,0114) of the first control point
	 */
	public record Beam(int number, String name, String beamType, String radiationType, String machineName,
			double gantryAngleDeg, double finalGantryAngleDeg, double collimatorAngleDeg, double couchAngleDeg,
			Optional<Vec3> isocentreMm, Optional<Double> nominalEnergyMeV, int controlPointCount) {
	}
}
