package org.latticebench.dicom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.dicom.internal.DataSet;

/**
 * Writes an RTPLAN: RT General Plan (referencing the structure set), RT Prescription, RT Patient
 * Setup, RT Fraction Scheme and RT Beams with static photon beams of two control points each.
 * Without a plan it writes a plan that only anchors the doses (no beams, no fraction scheme).
 */
final class RtPlanWriter {

	/** Label of the plan written when doses come without a plan. */
	static final String DOSE_ONLY_LABEL = "DOSE_REFERENCE";

	private RtPlanWriter() {
	}

	static void write(ExportContext ctx, Optional<PlanExport> plan, List<StructureSnapshot> structures, List<Integer> roiNumbers,
			String structureSetUid, String sopUid, Path file) throws IOException {
		String label = plan.map(PlanExport::label).orElse(DOSE_ONLY_LABEL);
		DataSet d = ctx.object("RTPLAN", ExportContext.RT_PLAN_STORAGE, sopUid, ctx.uids.next(), ctx.nextSeriesNumber(),
				"Plan written by Lattice Bench");
		ctx.frameOfReference(d);
		d.putInts("InstanceNumber", 1);
		d.put("RTPlanLabel", ExportContext.cut(label, 16));
		String name = plan.map(PlanExport::name).filter(n -> !n.isEmpty()).orElse(label);
		d.put("RTPlanName", ExportContext.cut(name, 64));
		if (plan.isEmpty()) {
			d.put("RTPlanDescription", "Reference for exported doses; carries no beams");
		}
		d.put("RTPlanDate", ctx.date).put("RTPlanTime", ctx.time).put("RTPlanGeometry", "PATIENT");
		d.putSequence("ReferencedStructureSetSequence", new DataSet()
				.put("ReferencedSOPClassUID", ExportContext.RT_STRUCTURE_SET_STORAGE).put("ReferencedSOPInstanceUID", structureSetUid));
		d.putSequence("PatientSetupSequence",
				new DataSet().putInts("PatientSetupNumber", 1).put("PatientPosition", ctx.patientPosition));
		if (plan.isPresent()) {
			PlanExport p = plan.get();
			List<DataSet> references = new ArrayList<>();
			for (PlanExport.Prescription rx : p.prescriptions()) {
				int index = indexOf(structures, rx.structureName());
				if (index < 0) {
					throw new InvalidInputException("plan '" + p.label() + "'", null,
							"prescribes to structure '" + rx.structureName() + "', which is not in the study");
				}
				references.add(new DataSet().putInts("DoseReferenceNumber", references.size() + 1)
						.put("DoseReferenceStructureType", "VOLUME").putInts("ReferencedROINumber", roiNumbers.get(index))
						.put("DoseReferenceDescription", ExportContext.cut(rx.structureName(), 64))
						.put("DoseReferenceType", "TARGET").putDecimals("TargetPrescriptionDose", rx.totalDoseGy()));
			}
			if (!references.isEmpty()) {
				d.putSequence("DoseReferenceSequence", references);
			}
			List<DataSet> referencedBeams = new ArrayList<>();
			for (int b = 0; b < p.beams().size(); b++) {
				referencedBeams.add(new DataSet().putInts("ReferencedBeamNumber", b + 1));
			}
			DataSet group = new DataSet().putInts("FractionGroupNumber", 1).putInts("NumberOfFractionsPlanned", p.fractions())
					.putInts("NumberOfBeams", p.beams().size()).putInts("NumberOfBrachyApplicationSetups", 0);
			if (!referencedBeams.isEmpty()) {
				group.putSequence("ReferencedBeamSequence", referencedBeams);
			}
			d.putSequence("FractionGroupSequence", group);
			if (!p.beams().isEmpty()) {
				List<DataSet> beams = new ArrayList<>();
				for (int b = 0; b < p.beams().size(); b++) {
					beams.add(beam(b + 1, p.beams().get(b), p));
				}
				d.putSequence("BeamSequence", beams);
			}
		}
		d.put("ApprovalStatus", "UNAPPROVED");
		DicomExporter.writeFile(d, file);
	}

	private static int indexOf(List<StructureSnapshot> structures, String name) {
		for (int i = 0; i < structures.size(); i++) {
			if (structures.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	private static DataSet beam(int number, BeamSpec spec, PlanExport plan) {
		DataSet b = new DataSet().putInts("BeamNumber", number).put("BeamName", ExportContext.cut(spec.name(), 64));
		b.put("BeamType", "STATIC").put("RadiationType", "PHOTON").put("TreatmentMachineName");
		b.put("PrimaryDosimeterUnit", "MU").putDecimals("SourceAxisDistance", spec.sadMm());
		b.putSequence("BeamLimitingDeviceSequence",
				new DataSet().put("RTBeamLimitingDeviceType", "ASYMX").putInts("NumberOfLeafJawPairs", 1),
				new DataSet().put("RTBeamLimitingDeviceType", "ASYMY").putInts("NumberOfLeafJawPairs", 1));
		b.putInts("ReferencedPatientSetupNumber", 1).put("TreatmentDeliveryType", "TREATMENT");
		b.putInts("NumberOfWedges", 0).putInts("NumberOfCompensators", 0).putInts("NumberOfBoli", 0).putInts("NumberOfBlocks", 0);
		b.putDecimals("FinalCumulativeMetersetWeight", 1).putInts("NumberOfControlPoints", 2);
		DataSet first = new DataSet().putInts("ControlPointIndex", 0).putDecimals("NominalBeamEnergy", spec.nominalEnergyMv());
		first.putSequence("BeamLimitingDevicePositionSequence",
				new DataSet().put("RTBeamLimitingDeviceType", "ASYMX").putDecimals("LeafJawPositions", -plan.fieldXMm() / 2,
						plan.fieldXMm() / 2),
				new DataSet().put("RTBeamLimitingDeviceType", "ASYMY").putDecimals("LeafJawPositions", -plan.fieldYMm() / 2,
						plan.fieldYMm() / 2));
		first.putDecimals("GantryAngle", spec.gantryDeg()).put("GantryRotationDirection", "NONE");
		first.putDecimals("BeamLimitingDeviceAngle", spec.collimatorDeg()).put("BeamLimitingDeviceRotationDirection", "NONE");
		first.putDecimals("PatientSupportAngle", spec.couchDeg()).put("PatientSupportRotationDirection", "NONE");
		first.putDecimals("TableTopEccentricAngle", 0).put("TableTopEccentricRotationDirection", "NONE");
		first.put("TableTopVerticalPosition").put("TableTopLongitudinalPosition").put("TableTopLateralPosition");
		first.putDecimals("IsocenterPosition", spec.isocentreMm().x(), spec.isocentreMm().y(), spec.isocentreMm().z());
		first.putDecimals("CumulativeMetersetWeight", 0);
		DataSet last = new DataSet().putInts("ControlPointIndex", 1).putDecimals("CumulativeMetersetWeight", 1);
		b.putSequence("ControlPointSequence", first, last);
		return b;
	}
}
