package org.latticebench.dicom;

import java.util.List;

import org.latticebench.core.BeamSpec;

/**
 * A plan to export as RTPLAN: label, prescriptions, fractionation and static photon beams.
 *
 * @param label         (300A,0002) RTPlanLabel; cut to 16 characters on writing
 * @param name          (300A,0003) RTPlanName; cut to 64 characters
 * @param fractions     number of fractions planned, >= 1
 * @param prescriptions target prescriptions, total dose over the course
 * @param beams         static beams, written in order as beams 1..n with two control points
 * @param fieldXMm      symmetric jaw opening along X at the isocentre plane, mm (no MLC is written)
 * @param fieldYMm      symmetric jaw opening along Y, mm
 * @since 0.1
 */
public record PlanExport(String label, String name, int fractions, List<Prescription> prescriptions, List<BeamSpec> beams,
		double fieldXMm, double fieldYMm) {

	/** Jaw opening used when the plan gives none: 100 mm x 100 mm. */
	public static final double DEFAULT_FIELD_MM = 100;

	/**
	 * @param structureName the target, by its exact name in the exported study
	 * @param totalDoseGy   (300A,0026) TargetPrescriptionDose, total over the course
	 */
	public record Prescription(String structureName, double totalDoseGy) {
		public Prescription {
			if (!(totalDoseGy > 0) || !Double.isFinite(totalDoseGy)) {
				throw new IllegalArgumentException("prescription to " + structureName + " needs a dose > 0 Gy, got " + totalDoseGy);
			}
		}
	}

	public PlanExport {
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("a plan to export needs a label");
		}
		if (fractions < 1) {
			throw new IllegalArgumentException("plan " + label + " needs at least one fraction, got " + fractions);
		}
		if (!(fieldXMm > 0) || !(fieldYMm > 0) || !Double.isFinite(fieldXMm) || !Double.isFinite(fieldYMm)) {
			throw new IllegalArgumentException("plan " + label + " needs positive field sizes, got " + fieldXMm + " x " + fieldYMm + " mm");
		}
		name = name == null ? "" : name;
		prescriptions = List.copyOf(prescriptions);
		beams = List.copyOf(beams);
	}

	/** A plan with the default {@value #DEFAULT_FIELD_MM} mm square field. */
	public static PlanExport of(String label, int fractions, List<Prescription> prescriptions, List<BeamSpec> beams) {
		return new PlanExport(label, label, fractions, prescriptions, beams, DEFAULT_FIELD_MM, DEFAULT_FIELD_MM);
	}
}
