package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.List;

import org.latticebench.core.FloatVolume;

/**
 * A CT series read into one volume in HU, slices ordered along the slice normal.
 *
 * @param ctHu                 the CT in Hounsfield units on its own grid (direction cosines as stored)
 * @param files                the slice files in grid order (k = 0 first)
 * @param warnings             things the user should know that did not stop the import
 * @since 0.1
 */
public record ImportedCt(FloatVolume ctHu, String studyInstanceUid, String seriesInstanceUid, String frameOfReferenceUid,
		String patientName, String patientId, List<Path> files, List<String> warnings) {

	public ImportedCt {
		files = List.copyOf(files);
		warnings = List.copyOf(warnings);
	}
}
