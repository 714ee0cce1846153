package org.latticebench.dicom;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.BeamSpec;

/**
 * Turns an imported study into an export request. Carried over: the CT (copied, UIDs reused), all
 * structures with their contours, every PLAN-summed dose in Gy, and the first plan's label,
 * fractions, target prescriptions (by ROI name) and beams. Left out, with a warning each: relative
 * or non-PLAN doses, further plans, and beams without an isocentre or energy.
 */
final class ImportedExports {

	/** SAD written for imported beams: the importer does not read (300A,00B4). */
	static final double DEFAULT_SAD_MM = 1000;

	private ImportedExports() {
	}

	static ExportRequest request(ImportedStudy imported) {
		List<String> warnings = new ArrayList<>();
		List<DoseExport> doses = new ArrayList<>();
		for (ImportedDose d : imported.doses()) {
			String name = d.source().getFileName().toString();
			String label = name.replaceFirst("(?i)\\.dcm$", "").replaceFirst("(?i)^RD[_.-]", "");
			if (d.units() != ImportedDose.Units.GY) {
				warnings.add("dose " + name + " is relative, not in Gy; it was not exported");
			} else if (!d.summationType().equals("PLAN")) {
				warnings.add("dose " + name + " is summed per " + d.summationType() + ", not per PLAN; it was not exported");
			} else if (d.doseType().equalsIgnoreCase("ERROR")) {
				warnings.add("dose " + name + " is an ERROR dose; it was not exported");
			} else {
				doses.add(new DoseExport(label, d.dose(),
						d.doseType().equalsIgnoreCase("EFFECTIVE") ? DoseExport.DoseType.EFFECTIVE : DoseExport.DoseType.PHYSICAL));
			}
		}
		Optional<PlanExport> plan = Optional.empty();
		if (!imported.plans().isEmpty()) {
			plan = Optional.of(plan(imported, imported.plans().get(0), warnings));
			imported.plans().stream().skip(1)
					.forEach(p -> warnings.add("plan " + p.source().getFileName() + " was not exported; one plan per export"));
		}
		String label = imported.structureSets().stream().map(ImportedStructureSet::label).filter(l -> !l.isEmpty()).findFirst()
				.orElse(ExportRequest.DEFAULT_STRUCTURE_SET_LABEL);
		return new ExportRequest(imported.study(), Optional.of(imported.ct()), label, doses, plan,
				EnumSet.allOf(DoseEncoding.class), UidGenerator.random(), warnings);
	}

	private static PlanExport plan(ImportedStudy imported, ImportedPlan p, List<String> warnings) {
		String file = p.source().getFileName().toString();
		int fractions = p.numberOfFractions().orElse(0);
		if (fractions < 1) {
			warnings.add("plan " + file + " gives no number of fractions; 1 was written");
			fractions = 1;
		}
		Optional<ImportedStructureSet> set = imported.structureSets().stream()
				.filter(s -> p.referencedStructureSetUid().map(uid -> uid.equals(s.sopInstanceUid())).orElse(false)).findFirst()
				.or(() -> imported.structureSets().stream().findFirst());
		List<PlanExport.Prescription> prescriptions = new ArrayList<>();
		for (ImportedPlan.DoseReference r : p.doseReferences()) {
			if (r.targetPrescriptionDoseGy().isEmpty() || !(r.targetPrescriptionDoseGy().get() > 0)) {
				continue;
			}
			Optional<String> roi = r.referencedRoiNumber().isPresent()
					? set.flatMap(s -> s.rois().stream().filter(x -> x.number() == r.referencedRoiNumber().getAsInt()).findFirst())
							.map(ImportedStructureSet.Roi::name)
					: Optional.empty();
			if (roi.isEmpty()) {
				warnings.add("plan " + file + ": dose reference " + r.number() + " names no ROI of the structure set; not exported");
				continue;
			}
			prescriptions.add(new PlanExport.Prescription(roi.get(), r.targetPrescriptionDoseGy().get()));
		}
		List<BeamSpec> beams = new ArrayList<>();
		for (ImportedPlan.Beam b : p.beams()) {
			if (b.isocentreMm().isEmpty() || b.nominalEnergyMeV().isEmpty() || !(b.nominalEnergyMeV().get() > 0)) {
				warnings.add("plan " + file + ": beam " + b.number() + " has no isocentre or energy; not exported");
				continue;
			}
			if (b.finalGantryAngleDeg() != b.gantryAngleDeg()) {
				warnings.add("plan " + file + ": beam " + b.number() + " is an arc; it was written as a static beam at its start angle");
			}
			String name = b.name().isEmpty() ? "B" + b.number() : b.name();
			beams.add(new BeamSpec(name, b.gantryAngleDeg(), b.collimatorAngleDeg(), b.couchAngleDeg(), b.isocentreMm().get(),
					b.nominalEnergyMeV().get(), DEFAULT_SAD_MM));
		}
		if (!beams.isEmpty()) {
			warnings.add("plan " + file + ": beams were written with SAD " + DEFAULT_SAD_MM + " mm and a "
					+ PlanExport.DEFAULT_FIELD_MM + " mm square jaw field (neither is read on import)");
		}
		return new PlanExport(p.label(), p.name(), fractions, prescriptions, beams, PlanExport.DEFAULT_FIELD_MM,
				PlanExport.DEFAULT_FIELD_MM);
	}
}
