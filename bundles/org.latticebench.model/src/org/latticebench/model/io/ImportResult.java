package org.latticebench.model.io;

import java.util.List;
import java.util.Objects;

import org.latticebench.model.Study;

/**
 * A study as a {@link StudyImporter} read it, with the repairs it made and the inputs it skipped,
 * one sentence each naming the file (for example a contour of fewer than 3 points that was dropped).
 * A user must see these: the study differs from the files by exactly what they say.
 *
 * @param warnings never null; empty when the files were taken as they are
 * @since 0.1
 */
public record ImportResult(Study study, List<String> warnings) {

	public ImportResult {
		Objects.requireNonNull(study, "study");
		warnings = List.copyOf(warnings);
	}
}
