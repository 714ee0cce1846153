package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.PlanarContour;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;

/**
 * An RTSTRUCT: its ROIs in file order, with their closed planar contours in patient mm.
 *
 * @param frameOfReferenceUid the frame of reference of (3006,0010) ReferencedFrameOfReferenceSequence
 * @since 0.1
 */
public record ImportedStructureSet(Path source, String label, String sopInstanceUid, String studyInstanceUid,
		String frameOfReferenceUid, List<Roi> rois, List<String> warnings) {

	public ImportedStructureSet {
		rois = List.copyOf(rois);
		warnings = List.copyOf(warnings);
	}

	public Optional<Roi> roi(String name) {
		return rois.stream().filter(r -> r.name().equals(name)).findFirst();
	}

	/**
	 * One ROI. An ROI without contours (declared but never drawn) is kept with an empty list.
	 *
	 * @param number              (3006,0022) ROINumber
	 * @param interpretedType     (3006,00A4) RTROIInterpretedType as written, empty when absent
	 * @param colorRgb            0xRRGGBB from (3006,002A) ROIDisplayColor
	 * @param frameOfReferenceUid (3006,0024) ReferencedFrameOfReferenceUID of this ROI
	 * @param contours            CLOSED_PLANAR contours; several on one plane are holes or islands
	 */
	public record Roi(int number, String name, String interpretedType, StructureRole role, int colorRgb,
			String frameOfReferenceUid, List<PlanarContour> contours) {

		public Roi {
			contours = List.copyOf(contours);
		}

		/** Number of distinct contour planes (by the z of the first point, to 0.01 mm). */
		public long planeCount() {
			return contours.stream().filter(c -> c.pointCount() > 0).mapToLong(c -> Math.round(c.pointsMm()[2] * 100))
					.distinct().count();
		}

		/** The structure for compute code; the mask is made later from the contours. */
		public StructureSnapshot toSnapshot(double alphaBetaGy) {
			return new StructureSnapshot(name, role, colorRgb, alphaBetaGy, contours, Optional.empty());
		}
	}
}
