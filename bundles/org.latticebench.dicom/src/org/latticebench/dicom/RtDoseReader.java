package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;
import org.latticebench.dicom.internal.DicomObject;
import org.latticebench.dicom.internal.Guard;
import org.latticebench.dicom.internal.Orientation;
import org.latticebench.dicom.internal.Tags;

/**
 * Reads an RTDOSE: 16- or 32-bit samples times DoseGridScaling, multi-frame with a
 * GridFrameOffsetVector (relative to the first frame, or absolute along the normal) or
 * single-frame, in GY or RELATIVE units.
 *
 * @since 0.1
 */
public final class RtDoseReader {

	/** Increasing or decreasing (both are valid DICOM); anything else is repaired with a warning. */
	private static boolean isMonotonic(double[] v) {
		boolean up = true, down = true;
		for (int k = 1; k < v.length; k++) {
			up &= v[k] >= v[k - 1];
			down &= v[k] <= v[k - 1];
		}
		return up || down;
	}

	private RtDoseReader() {
	}

	public static ImportedDose read(Path file) {
		return Guard.reading(file.toString(), () -> readDose(file));
	}

	private static ImportedDose readDose(Path file) {
		DicomObject d = DicomObject.read(file, true);
		String modality = d.requiredString(Tags.MODALITY);
		if (!modality.equals("RTDOSE")) {
			throw d.error(Tags.MODALITY, "is '" + modality + "', expected RTDOSE");
		}
		List<String> warnings = new ArrayList<>();
		String unitsText = d.requiredString(Tags.DOSE_UNITS).toUpperCase(Locale.ROOT);
		ImportedDose.Units units = switch (unitsText) {
		case "GY" -> ImportedDose.Units.GY;
		case "RELATIVE" -> ImportedDose.Units.RELATIVE;
		default -> throw d.error(Tags.DOSE_UNITS, "is '" + unitsText + "', expected GY or RELATIVE");
		};
		String summation = d.requiredString(Tags.DOSE_SUMMATION_TYPE).toUpperCase(Locale.ROOT);
		Orientation orientation = Orientation.of(d);
		int rows = CtSeriesReader.positive(d, Tags.ROWS), cols = CtSeriesReader.positive(d, Tags.COLUMNS);
		int frames = d.integer(Tags.NUMBER_OF_FRAMES).orElse(1);
		if (frames <= 0) {
			throw d.error(Tags.NUMBER_OF_FRAMES, "must be positive, got " + frames);
		}
		if (d.integer(Tags.SAMPLES_PER_PIXEL).orElse(1) != 1) {
			throw d.error(Tags.SAMPLES_PER_PIXEL, "dose must have one sample per pixel");
		}
		double[] ps = d.requiredDoubles(Tags.PIXEL_SPACING, 2);
		if (ps[0] <= 0 || ps[1] <= 0) {
			throw d.error(Tags.PIXEL_SPACING, "must be positive, got " + ps[0] + "\\" + ps[1]);
		}
		double[] ipp = d.requiredDoubles(Tags.IMAGE_POSITION_PATIENT, 3);
		Vec3 ippMm = new Vec3(ipp[0], ipp[1], ipp[2]);
		double scaling = d.requiredDouble(Tags.DOSE_GRID_SCALING);
		if (scaling <= 0) {
			throw d.error(Tags.DOSE_GRID_SCALING, "must be positive, got " + scaling);
		}
		long perFrame = (long) rows * cols;
		long total = perFrame * frames;
		if (total > Integer.MAX_VALUE - 8) {
			throw d.error(Tags.NUMBER_OF_FRAMES, cols + "x" + rows + "x" + frames + " voxels exceed the addressable array size");
		}

		// Frame positions along the normal, relative to the first frame's ImagePositionPatient.
		double[] offsets = d.doubles(Tags.GRID_FRAME_OFFSET_VECTOR);
		if (offsets.length == 0) {
			if (frames > 1) {
				throw d.error(Tags.GRID_FRAME_OFFSET_VECTOR, "missing, but required for " + frames + " frames");
			}
			offsets = new double[] { 0 };
		}
		if (offsets.length != frames) {
			throw d.error(Tags.GRID_FRAME_OFFSET_VECTOR,
					"has " + offsets.length + " values for " + frames + " frames (NumberOfFrames)");
		}
		double ippAlongNormal = ippMm.dot(orientation.normal());
		double[] relative = offsets.clone();
		if (offsets[0] != 0) {
			// absolute form: the first value is the normal coordinate of ImagePositionPatient (C.8.8.3.2)
			if (Math.abs(offsets[0] - ippAlongNormal) > 1e-3) {
				throw d.error(Tags.GRID_FRAME_OFFSET_VECTOR, "first value " + offsets[0]
						+ " is neither 0 (relative) nor the ImagePositionPatient position along the normal, "
						+ ippAlongNormal + " (absolute)");
			}
			for (int k = 0; k < frames; k++) {
				relative[k] = offsets[k] - offsets[0];
			}
		}
		// frames may be stored in decreasing order; the grid always runs along +normal
		Integer[] order = new Integer[frames];
		for (int k = 0; k < frames; k++) {
			order[k] = k;
		}
		Arrays.sort(order, (a, b) -> Double.compare(relative[a], relative[b]));
		if (!isMonotonic(relative)) {
			warnings.add(Tags.GRID_FRAME_OFFSET_VECTOR + " lists the frames out of order; they were sorted by their offsets");
		}
		double[] sorted = new double[frames];
		List<String> labels = new ArrayList<>(frames);
		for (int k = 0; k < frames; k++) {
			sorted[k] = relative[order[k]];
			labels.add("frame " + (order[k] + 1));
		}
		double spacingZ;
		if (frames == 1) {
			double thickness = d.decimal(Tags.SLICE_THICKNESS).orElse(0.0);
			spacingZ = thickness > 0 ? thickness : 1.0;
			warnings.add("single-frame dose: slice spacing taken as " + spacingZ + " mm"
					+ (thickness > 0 ? " from SliceThickness" : " (no SliceThickness given)"));
		} else {
			spacingZ = Orientation.uniformSpacingMm(d.source(), Tags.GRID_FRAME_OFFSET_VECTOR.toString(), sorted, labels);
		}
		Vec3 origin = ippMm.plus(orientation.normal().times(sorted[0]));
		Grid3 grid = new Grid3(origin, new Vec3(ps[1], ps[0], spacingZ), cols, rows, frames, orientation.rowDir(),
				orientation.columnDir(), orientation.normal());

		float[] stored = d.pixelSamples(total, scaling, 0);
		float[] values = new float[stored.length];
		for (int k = 0; k < frames; k++) {
			System.arraycopy(stored, (int) (order[k] * perFrame), values, (int) (k * perFrame), (int) perFrame);
		}
		Optional<String> planUid = d.sequence(Tags.REFERENCED_RT_PLAN_SEQUENCE).stream()
				.map(item -> item.string(Tags.REFERENCED_SOP_INSTANCE_UID)).flatMap(Optional::stream).findFirst();
		return new ImportedDose(file, new FloatVolume(grid, values), units, summation, d.stringOrEmpty(Tags.DOSE_TYPE),
				d.requiredString(Tags.SOP_INSTANCE_UID), d.requiredString(Tags.STUDY_INSTANCE_UID),
				d.requiredString(Tags.FRAME_OF_REFERENCE_UID), planUid, scaling, warnings);
	}
}
