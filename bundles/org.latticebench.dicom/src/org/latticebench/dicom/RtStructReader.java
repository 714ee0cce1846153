package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.latticebench.core.PlanarContour;
import org.latticebench.core.StructureRole;
import org.latticebench.dicom.internal.DicomObject;
import org.latticebench.dicom.internal.Guard;
import org.latticebench.dicom.internal.Tags;

/**
 * Reads an RTSTRUCT: ROI numbers, names, colours and interpreted types (mapped to roles), and the
 * CLOSED_PLANAR contours of each ROI. Points and open contours are skipped with a warning; ROIs
 * without contours are kept.
 *
 * @since 0.1
 */
public final class RtStructReader {

	/** Colour for an ROI without (3006,002A) ROIDisplayColor: mid grey. */
	static final int DEFAULT_COLOR_RGB = 0x808080;

	private RtStructReader() {
	}

	public static ImportedStructureSet read(Path file) {
		return Guard.reading(file.toString(), () -> readStructures(file));
	}

	private static ImportedStructureSet readStructures(Path file) {
		DicomObject d = DicomObject.read(file, false);
		String modality = d.requiredString(Tags.MODALITY);
		if (!modality.equals("RTSTRUCT")) {
			throw d.error(Tags.MODALITY, "is '" + modality + "', expected RTSTRUCT");
		}
		List<String> warnings = new ArrayList<>();
		String setFrame = d.sequence(Tags.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE).stream()
				.map(item -> item.stringOrEmpty(Tags.FRAME_OF_REFERENCE_UID)).filter(s -> !s.isEmpty()).findFirst()
				.orElseThrow(() -> d.error(Tags.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE,
						"missing, or without a (0020,0052) FrameOfReferenceUID"));

		record Declared(int number, String name, String frame) {
		}
		Map<Integer, Declared> declared = new LinkedHashMap<>();
		for (DicomObject item : d.sequence(Tags.STRUCTURE_SET_ROI_SEQUENCE)) {
			int number = item.requiredInt(Tags.ROI_NUMBER);
			String name = item.string(Tags.ROI_NAME).orElse("ROI " + number);
			String frame = item.string(Tags.REFERENCED_FRAME_OF_REFERENCE_UID).orElse(setFrame);
			if (declared.putIfAbsent(number, new Declared(number, name, frame)) != null) {
				throw item.error(Tags.ROI_NUMBER, "ROI number " + number + " is used twice");
			}
		}
		if (!d.present(Tags.STRUCTURE_SET_ROI_SEQUENCE)) {
			throw d.error(Tags.STRUCTURE_SET_ROI_SEQUENCE, "missing mandatory attribute");
		}

		Map<Integer, String> interpreted = new HashMap<>();
		for (DicomObject item : d.sequence(Tags.RT_ROI_OBSERVATIONS_SEQUENCE)) {
			OptionalInt ref = item.integer(Tags.REFERENCED_ROI_NUMBER);
			if (ref.isPresent()) {
				interpreted.putIfAbsent(ref.getAsInt(), item.stringOrEmpty(Tags.RT_ROI_INTERPRETED_TYPE));
			}
		}

		Map<Integer, Integer> colours = new HashMap<>();
		Map<Integer, List<PlanarContour>> contours = new HashMap<>();
		for (DicomObject item : d.sequence(Tags.ROI_CONTOUR_SEQUENCE)) {
			int ref = item.requiredInt(Tags.REFERENCED_ROI_NUMBER);
			if (!declared.containsKey(ref)) {
				throw item.error(Tags.REFERENCED_ROI_NUMBER,
						"ROI " + ref + " has contours but is not declared in (3006,0020) StructureSetROISequence");
			}
			double[] rgb = item.doubles(Tags.ROI_DISPLAY_COLOR);
			if (rgb.length == 3) {
				colours.put(ref, channel(rgb[0]) << 16 | channel(rgb[1]) << 8 | channel(rgb[2]));
			}
			List<PlanarContour> list = contours.computeIfAbsent(ref, k -> new ArrayList<>());
			int skipped = 0;
			for (DicomObject c : item.sequence(Tags.CONTOUR_SEQUENCE)) {
				String type = c.requiredString(Tags.CONTOUR_GEOMETRIC_TYPE).toUpperCase(Locale.ROOT);
				double[] xyz = c.doubles(Tags.CONTOUR_DATA);
				if (xyz.length % 3 != 0) {
					throw c.error(Tags.CONTOUR_DATA, "ROI " + ref + ": " + xyz.length + " numbers are not x,y,z triplets");
				}
				OptionalInt declaredPoints = c.integer(Tags.NUMBER_OF_CONTOUR_POINTS);
				if (declaredPoints.isPresent() && declaredPoints.getAsInt() != xyz.length / 3) {
					warnings.add("ROI " + ref + ": NumberOfContourPoints says " + declaredPoints.getAsInt() + ", ContourData has "
							+ xyz.length / 3 + " points; the data was used");
				}
				if (!type.equals("CLOSED_PLANAR") || xyz.length < 9) {
					skipped++;
					continue;
				}
				list.add(new PlanarContour(xyz));
			}
			if (skipped > 0) {
				warnings.add("ROI " + ref + " (" + declared.get(ref).name() + "): " + skipped
						+ " contour(s) that are not CLOSED_PLANAR polygons of 3 or more points were skipped");
			}
		}

		List<ImportedStructureSet.Roi> rois = new ArrayList<>();
		for (Declared r : declared.values()) {
			String type = interpreted.getOrDefault(r.number(), "");
			rois.add(new ImportedStructureSet.Roi(r.number(), r.name(), type, StructureRole.fromDicomInterpretedType(type),
					colours.getOrDefault(r.number(), DEFAULT_COLOR_RGB), r.frame(),
					contours.getOrDefault(r.number(), List.of())));
		}
		return new ImportedStructureSet(file, d.stringOrEmpty(Tags.STRUCTURE_SET_LABEL), d.requiredString(Tags.SOP_INSTANCE_UID),
				d.requiredString(Tags.STUDY_INSTANCE_UID), setFrame, rois, warnings);
	}

	private static int channel(double v) {
		return (int) Math.max(0, Math.min(255, Math.round(v)));
	}
}
