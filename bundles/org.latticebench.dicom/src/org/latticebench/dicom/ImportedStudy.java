package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.List;

import org.latticebench.core.StudySnapshot;

/**
 * A whole study imported from a folder: the CT and structures as a {@link StudySnapshot}
 * (structures carry contours; their masks are made later from them), the doses and plans found
 * with it, and the warnings collected on the way.
 *
 * @param structureSets the RTSTRUCTs as read, with ROI numbers (plans refer to ROIs by number)
 * @since 0.1
 */
public record ImportedStudy(Path folder, String studyInstanceUid, String frameOfReferenceUid, StudySnapshot study,
		ImportedCt ct, List<ImportedStructureSet> structureSets, List<ImportedDose> doses, List<ImportedPlan> plans,
		List<String> warnings) {

	public ImportedStudy {
		structureSets = List.copyOf(structureSets);
		doses = List.copyOf(doses);
		plans = List.copyOf(plans);
		warnings = List.copyOf(warnings);
	}
}
