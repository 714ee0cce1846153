package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.dicom.internal.DicomObject;
import org.latticebench.dicom.internal.Guard;
import org.latticebench.dicom.internal.Orientation;
import org.latticebench.dicom.internal.Tags;

/**
 * Reads the slices of one CT series into a volume in HU. Slices are ordered by their position
 * along the slice normal (never by file name or InstanceNumber), must share size, spacing,
 * orientation and frame of reference, and must be evenly spaced; missing slices are an error that
 * names the gap. Oblique orientations are kept in the grid's direction cosines.
 *
 * @since 0.1
 */
public final class CtSeriesReader {

	/** Slice positions off the normal line by more than this are a tilted or sheared series. */
	private static final double IN_PLANE_TOLERANCE_MM = 0.01;

	private CtSeriesReader() {
	}

	public static ImportedCt read(List<Path> files) {
		return read(files, ProgressMonitor.NULL);
	}

	public static ImportedCt read(List<Path> files, ProgressMonitor monitor) {
		if (files.isEmpty()) {
			throw new InvalidInputException(null, null, "a CT series needs at least one slice file");
		}
		String seriesSource = files.get(0).getParent() == null ? files.get(0).toString() : files.get(0).getParent().toString();
		return Guard.reading(seriesSource, () -> readSlices(files, monitor));
	}

	private record Slice(Path file, DicomObject dicom, double positionMm, Vec3 ippMm) {
	}

	private static ImportedCt readSlices(List<Path> files, ProgressMonitor monitor) {
		monitor.begin("Reading CT slices", files.size());
		List<Slice> slices = new ArrayList<>(files.size());
		Orientation orientation = null;
		DicomObject first = null;
		int rows = 0, cols = 0;
		double[] pixelSpacing = null;
		for (Path file : files) {
			monitor.checkCanceled();
			DicomObject d = DicomObject.read(file, true);
			String modality = d.requiredString(Tags.MODALITY);
			if (!modality.equals("CT")) {
				throw d.error(Tags.MODALITY, "is '" + modality + "', expected CT");
			}
			if (d.integer(Tags.NUMBER_OF_FRAMES).orElse(1) != 1) {
				throw d.error(Tags.NUMBER_OF_FRAMES, "multi-frame (enhanced) CT is not supported");
			}
			if (d.integer(Tags.SAMPLES_PER_PIXEL).orElse(1) != 1) {
				throw d.error(Tags.SAMPLES_PER_PIXEL, "CT must have one sample per pixel");
			}
			Orientation o = Orientation.of(d);
			int r = positive(d, Tags.ROWS), c = positive(d, Tags.COLUMNS);
			double[] ps = d.requiredDoubles(Tags.PIXEL_SPACING, 2);
			if (ps[0] <= 0 || ps[1] <= 0) {
				throw d.error(Tags.PIXEL_SPACING, "must be positive, got " + ps[0] + "\\" + ps[1]);
			}
			double[] ipp = d.requiredDoubles(Tags.IMAGE_POSITION_PATIENT, 3);
			d.requiredString(Tags.FRAME_OF_REFERENCE_UID);
			if (first == null) {
				first = d;
				orientation = o;
				rows = r;
				cols = c;
				pixelSpacing = ps;
			} else {
				requireSame(d, Tags.SERIES_INSTANCE_UID, first);
				requireSame(d, Tags.FRAME_OF_REFERENCE_UID, first);
				if (!o.sameAs(orientation)) {
					throw d.error(Tags.IMAGE_ORIENTATION_PATIENT, "differs from the other slices of the series");
				}
				if (r != rows || c != cols) {
					throw d.error(Tags.ROWS, "slice is " + c + "x" + r + " pixels, the series is " + cols + "x" + rows);
				}
				if (Math.abs(ps[0] - pixelSpacing[0]) > 1e-4 || Math.abs(ps[1] - pixelSpacing[1]) > 1e-4) {
					throw d.error(Tags.PIXEL_SPACING, "differs from the other slices of the series");
				}
			}
			Vec3 p = new Vec3(ipp[0], ipp[1], ipp[2]);
			slices.add(new Slice(file, d, p.dot(orientation.normal()), p));
			monitor.worked(1);
		}
		slices.sort(Comparator.comparingDouble(Slice::positionMm));
		List<String> warnings = new ArrayList<>();
		double sliceSpacingMm;
		if (slices.size() == 1) {
			double thickness = first.decimal(Tags.SLICE_THICKNESS).orElse(0.0);
			sliceSpacingMm = thickness > 0 ? thickness : 1.0;
			warnings.add("single-slice CT: slice spacing taken as " + sliceSpacingMm + " mm"
					+ (thickness > 0 ? " from SliceThickness" : " (no SliceThickness)"));
		} else {
			double[] pos = slices.stream().mapToDouble(Slice::positionMm).toArray();
			List<String> labels = slices.stream().map(s -> s.file().getFileName().toString()).toList();
			sliceSpacingMm = Orientation.uniformSpacingMm(slices.get(0).file().toString(),
					Tags.IMAGE_POSITION_PATIENT.toString(), pos, labels);
		}
		Vec3 origin = slices.get(0).ippMm();
		for (int k = 0; k < slices.size(); k++) {
			Slice s = slices.get(k);
			Vec3 expected = origin.plus(orientation.normal().times(s.positionMm() - slices.get(0).positionMm()));
			if (s.ippMm().minus(expected).norm() > IN_PLANE_TOLERANCE_MM) {
				throw s.dicom().error(Tags.IMAGE_POSITION_PATIENT, "slice origin is off the slice normal by "
						+ String.format("%.3f", s.ippMm().minus(expected).norm())
						+ " mm (gantry tilt or sheared series); such series are not supported");
			}
		}
		long perSlice = (long) rows * cols;
		if (perSlice * slices.size() > Integer.MAX_VALUE - 8) {
			throw first.error(Tags.ROWS, "CT of " + cols + "x" + rows + "x" + slices.size() + " voxels is too large");
		}
		// DICOM PixelSpacing is (between rows, between columns): i runs along a row, so x spacing is [1]
		Grid3 grid = new Grid3(origin, new Vec3(pixelSpacing[1], pixelSpacing[0], sliceSpacingMm), cols, rows,
				slices.size(), orientation.rowDir(), orientation.columnDir(), orientation.normal());
		float[] hu = new float[grid.voxelCount()];
		for (int k = 0; k < slices.size(); k++) {
			monitor.checkCanceled();
			DicomObject d = slices.get(k).dicom();
			double slope = d.requiredDouble(Tags.RESCALE_SLOPE);
			double intercept = d.requiredDouble(Tags.RESCALE_INTERCEPT);
			float[] slice = d.pixelSamples(perSlice, slope, intercept);
			System.arraycopy(slice, 0, hu, (int) (k * perSlice), (int) perSlice);
		}
		monitor.done();
		return new ImportedCt(new FloatVolume(grid, hu), first.requiredString(Tags.STUDY_INSTANCE_UID),
				first.requiredString(Tags.SERIES_INSTANCE_UID), first.requiredString(Tags.FRAME_OF_REFERENCE_UID),
				first.stringOrEmpty(Tags.PATIENT_NAME), first.stringOrEmpty(Tags.PATIENT_ID),
				slices.stream().map(Slice::file).toList(), warnings);
	}

	static int positive(DicomObject d, org.latticebench.dicom.internal.DicomTag tag) {
		int v = d.requiredInt(tag);
		if (v <= 0) {
			throw d.error(tag, "must be positive, got " + v);
		}
		return v;
	}

	private static void requireSame(DicomObject d, org.latticebench.dicom.internal.DicomTag tag, DicomObject first) {
		String a = d.requiredString(tag), b = first.requiredString(tag);
		if (!a.equals(b)) {
			throw d.error(tag, "is " + a + " but " + first.source() + " has " + b + "; one series at a time");
		}
	}
}
