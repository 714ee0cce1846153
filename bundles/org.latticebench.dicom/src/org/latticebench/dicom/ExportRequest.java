package org.latticebench.dicom;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.latticebench.core.StudySnapshot;

/**
 * What {@link DicomExporter} writes: a study's CT and structures, its doses and at most one plan.
 *
 * @param study             CT (HU) and structures; structures with contours are written as they
 *                          are, structures made as masks are traced at fraction 0.5 first
 * @param sourceCt          the DICOM CT the study was imported from, when there is one: its files
 *                          are copied unchanged and its StudyInstanceUID, FrameOfReferenceUID and
 *                          SOP Instance UIDs are reused; otherwise a new CT series is written
 * @param structureSetLabel (3006,0002) StructureSetLabel, cut to 16 characters
 * @param doses             doses in Gy, each written once per encoding; labels must differ
 * @param plan              the RTPLAN; when absent and there are doses, a plan without beams is
 *                          written so that every RTDOSE (DoseSummationType PLAN) references a plan
 * @param doseEncodings     the RTDOSE variants to write for each dose, at least one
 * @param uids              where new UIDs come from
 * @param warnings          what a conversion into this request left out, passed on to the result
 * @since 0.1
 */
public record ExportRequest(StudySnapshot study, Optional<ImportedCt> sourceCt, String structureSetLabel,
		List<DoseExport> doses, Optional<PlanExport> plan, Set<DoseEncoding> doseEncodings, UidGenerator uids,
		List<String> warnings) {

	public static final String DEFAULT_STRUCTURE_SET_LABEL = "LatticeBench";

	public ExportRequest {
		doses = List.copyOf(doses);
		doseEncodings = Set.copyOf(doseEncodings);
		warnings = List.copyOf(warnings);
		if (doseEncodings.isEmpty()) {
			throw new IllegalArgumentException("choose at least one RTDOSE encoding");
		}
		if (structureSetLabel == null || structureSetLabel.isBlank()) {
			structureSetLabel = DEFAULT_STRUCTURE_SET_LABEL;
		}
	}

	/** A study without DICOM files behind it (the phantom): a new CT series, random UIDs, 16- and 32-bit doses. */
	public static ExportRequest of(StudySnapshot study) {
		return new ExportRequest(study, Optional.empty(), DEFAULT_STRUCTURE_SET_LABEL, List.of(), Optional.empty(),
				EnumSet.allOf(DoseEncoding.class), UidGenerator.random(), List.of());
	}

	/**
	 * Re-exports an imported study: its CT files are copied and referenced, its structures, its doses
	 * in Gy and its first plan are written anew (see {@link ImportedExports} for what is carried over).
	 */
	public static ExportRequest ofImported(ImportedStudy imported) {
		return ImportedExports.request(imported);
	}

	public ExportRequest withDose(DoseExport dose) {
		List<DoseExport> more = new ArrayList<>(doses);
		more.add(dose);
		return new ExportRequest(study, sourceCt, structureSetLabel, more, plan, doseEncodings, uids, warnings);
	}

	public ExportRequest withPlan(PlanExport newPlan) {
		return new ExportRequest(study, sourceCt, structureSetLabel, doses, Optional.of(newPlan), doseEncodings, uids, warnings);
	}

	public ExportRequest withDoseEncodings(Set<DoseEncoding> encodings) {
		return new ExportRequest(study, sourceCt, structureSetLabel, doses, plan, encodings, uids, warnings);
	}

	public ExportRequest withUids(UidGenerator newUids) {
		return new ExportRequest(study, sourceCt, structureSetLabel, doses, plan, doseEncodings, newUids, warnings);
	}

	public ExportRequest withStructureSetLabel(String label) {
		return new ExportRequest(study, sourceCt, label, doses, plan, doseEncodings, uids, warnings);
	}
}
