package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.Vec3;
import org.latticebench.dicom.internal.DicomObject;
import org.latticebench.dicom.internal.DicomTag;
import org.latticebench.dicom.internal.Guard;
import org.latticebench.dicom.internal.Tags;

/**
 * Reads an RTPLAN: label, fraction groups, dose references (prescriptions, in Gy) and photon or
 * electron beams with gantry, collimator and couch angles and the isocentre.
 *
 * @since 0.1
 */
public final class RtPlanReader {

	private RtPlanReader() {
	}

	public static ImportedPlan read(Path file) {
		return Guard.reading(file.toString(), () -> readPlan(file));
	}

	private static ImportedPlan readPlan(Path file) {
		DicomObject d = DicomObject.read(file, false);
		String modality = d.requiredString(Tags.MODALITY);
		if (!modality.equals("RTPLAN")) {
			throw d.error(Tags.MODALITY, "is '" + modality + "', expected RTPLAN");
		}
		List<String> warnings = new ArrayList<>();
		List<ImportedPlan.FractionGroup> groups = new ArrayList<>();
		for (DicomObject g : d.sequence(Tags.FRACTION_GROUP_SEQUENCE)) {
			List<ImportedPlan.BeamMeterset> beams = new ArrayList<>();
			for (DicomObject rb : g.sequence(Tags.REFERENCED_BEAM_SEQUENCE)) {
				beams.add(new ImportedPlan.BeamMeterset(rb.requiredInt(Tags.REFERENCED_BEAM_NUMBER), rb.decimal(Tags.BEAM_METERSET)));
			}
			int fractions = g.requiredInt(Tags.NUMBER_OF_FRACTIONS_PLANNED);
			if (fractions < 0) {
				throw g.error(Tags.NUMBER_OF_FRACTIONS_PLANNED, "is negative: " + fractions);
			}
			groups.add(new ImportedPlan.FractionGroup(g.requiredInt(Tags.FRACTION_GROUP_NUMBER), fractions, beams));
		}
		List<ImportedPlan.DoseReference> references = new ArrayList<>();
		for (DicomObject r : d.sequence(Tags.DOSE_REFERENCE_SEQUENCE)) {
			references.add(new ImportedPlan.DoseReference(r.requiredInt(Tags.DOSE_REFERENCE_NUMBER),
					r.stringOrEmpty(Tags.DOSE_REFERENCE_STRUCTURE_TYPE), r.stringOrEmpty(Tags.DOSE_REFERENCE_TYPE),
					r.stringOrEmpty(Tags.DOSE_REFERENCE_DESCRIPTION), nonNegative(r, Tags.TARGET_PRESCRIPTION_DOSE),
					nonNegative(r, Tags.DELIVERY_MAXIMUM_DOSE), r.integer(Tags.REFERENCED_ROI_NUMBER)));
		}
		List<ImportedPlan.Beam> beams = new ArrayList<>();
		for (DicomObject b : d.sequence(Tags.BEAM_SEQUENCE)) {
			beams.add(beam(b));
		}
		if (d.present(Tags.ION_BEAM_SEQUENCE)) {
			warnings.add("ion beams (300A,03A2) are not read");
		}
		Optional<String> structureSet = d.sequence(Tags.REFERENCED_STRUCTURE_SET_SEQUENCE).stream()
				.map(i -> i.string(Tags.REFERENCED_SOP_INSTANCE_UID)).flatMap(Optional::stream).findFirst();
		return new ImportedPlan(file, d.requiredString(Tags.RT_PLAN_LABEL), d.stringOrEmpty(Tags.RT_PLAN_NAME),
				d.requiredString(Tags.SOP_INSTANCE_UID), d.requiredString(Tags.STUDY_INSTANCE_UID),
				d.stringOrEmpty(Tags.FRAME_OF_REFERENCE_UID), structureSet, groups, references, beams, warnings);
	}

	private static ImportedPlan.Beam beam(DicomObject b) {
		List<DicomObject> points = b.sequence(Tags.CONTROL_POINT_SEQUENCE);
		if (points.isEmpty()) {
			throw b.error(Tags.CONTROL_POINT_SEQUENCE, "beam " + b.stringOrEmpty(Tags.BEAM_NUMBER) + " has no control points");
		}
		DicomObject first = points.get(0);
		// Later control points carry an angle only when it changes (C.8.8.14.5): track the last one given.
		double gantry = angle(first, Tags.GANTRY_ANGLE, true, 0);
		double finalGantry = gantry;
		for (DicomObject cp : points.subList(1, points.size())) {
			finalGantry = angle(cp, Tags.GANTRY_ANGLE, false, finalGantry);
		}
		double[] iso = first.doubles(Tags.ISOCENTER_POSITION);
		if (iso.length != 0 && iso.length != 3) {
			throw first.error(Tags.ISOCENTER_POSITION, "expected 3 values, found " + iso.length);
		}
		Optional<Vec3> isocentre = iso.length == 3 ? Optional.of(new Vec3(iso[0], iso[1], iso[2])) : Optional.empty();
		return new ImportedPlan.Beam(b.requiredInt(Tags.BEAM_NUMBER), b.stringOrEmpty(Tags.BEAM_NAME),
				b.stringOrEmpty(Tags.BEAM_TYPE), b.stringOrEmpty(Tags.RADIATION_TYPE), b.stringOrEmpty(Tags.TREATMENT_MACHINE_NAME),
				gantry, finalGantry, angle(first, Tags.BEAM_LIMITING_DEVICE_ANGLE, true, 0),
				angle(first, Tags.PATIENT_SUPPORT_ANGLE, true, 0), isocentre, first.decimal(Tags.NOMINAL_BEAM_ENERGY),
				points.size());
	}

	private static double angle(DicomObject cp, DicomTag tag, boolean required, double otherwise) {
		Optional<Double> v = cp.decimal(tag);
		if (v.isEmpty()) {
			if (required) {
				throw cp.error(tag, "missing from the first control point");
			}
			return otherwise;
		}
		if (v.get() < 0 || v.get() >= 360) {
			throw cp.error(tag, "angle " + v.get() + " deg is outside [0, 360)");
		}
		return v.get();
	}

	private static Optional<Double> nonNegative(DicomObject r, DicomTag tag) {
		Optional<Double> v = r.decimal(tag);
		if (v.isPresent() && v.get() < 0) {
			throw r.error(tag, "dose " + v.get() + " Gy is negative");
		}
		return v;
	}
}
