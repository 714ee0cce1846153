package org.latticebench.dicom;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.dicom.internal.DataSet;
import org.latticebench.dicom.internal.DecimalStrings;

/**
 * Writes a CT volume in HU as a series of single-frame CT images, 16-bit signed with
 * RescaleSlope/RescaleIntercept. When the HU range fits 16 bits the slope is 1 and the intercept 0
 * (values rounded to whole HU); wider ranges get a slope that spreads them over the 16 bits.
 */
final class CtSeriesWriter {

	private CtSeriesWriter() {
	}

	/** Stored = round((hu - intercept) / slope), as a signed 16-bit integer. */
	record Rescale(double slope, double intercept) {

		static Rescale of(float[] hu) {
			double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
			for (float v : hu) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
			if (Math.round(min) >= Short.MIN_VALUE && Math.round(max) <= Short.MAX_VALUE) {
				return new Rescale(1, 0);
			}
			double slope = Double.parseDouble(DecimalStrings.format((max - min) / 65534.0, RoundingMode.CEILING));
			double intercept = Double.parseDouble(DecimalStrings.format(0.5 * (max + min)));
			return new Rescale(slope, intercept);
		}

		short stored(float hu) {
			long v = Math.round((hu - intercept) / slope);
			return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
		}
	}

	static List<Path> write(ExportContext ctx, FloatVolume ctHu, Path folder, ProgressMonitor monitor) throws IOException {
		Grid3 g = ctHu.grid();
		for (float v : ctHu.values()) {
			if (!Float.isFinite(v)) {
				throw new InvalidInputException("CT of " + ctx.patient.id(), null, "holds a non-finite HU value " + v);
			}
		}
		Rescale rescale = Rescale.of(ctHu.values());
		int seriesNumber = ctx.nextSeriesNumber();
		int perSlice = g.nx() * g.ny();
		List<Path> files = new ArrayList<>();
		for (int k = 0; k < g.nz(); k++) {
			monitor.checkCanceled();
			DataSet d = ctx.object("CT", ExportContext.CT_IMAGE_STORAGE, ctx.ctSopInstanceUids.get(k), ctx.ctSeriesUid, seriesNumber,
					"CT written by Lattice Bench");
			// the body part (paired or not) is unknown for a study made without DICOM: Laterality stays empty
			d.put("PatientPosition", ctx.patientPosition).put("Laterality");
			ctx.frameOfReference(d);
			d.putInts("InstanceNumber", k + 1).put("ContentDate", ctx.date).put("ContentTime", ctx.time);
			Vec3 ipp = g.toPatientMm(0, 0, k);
			// PixelSpacing is (between rows, between columns) = (j spacing, i spacing)
			d.putDecimals("PixelSpacing", g.spacingMm().y(), g.spacingMm().x());
			d.putDecimals("ImageOrientationPatient", g.rowDir().x(), g.rowDir().y(), g.rowDir().z(), g.columnDir().x(),
					g.columnDir().y(), g.columnDir().z());
			d.putDecimals("ImagePositionPatient", ipp.x(), ipp.y(), ipp.z());
			d.putDecimals("SliceThickness", g.spacingMm().z());
			d.putDecimals("SliceLocation", ipp.dot(g.rowDir().cross(g.columnDir())));
			d.putInts("SamplesPerPixel", 1).put("PhotometricInterpretation", "MONOCHROME2");
			d.putInts("Rows", g.ny()).putInts("Columns", g.nx());
			d.putInts("BitsAllocated", 16).putInts("BitsStored", 16).putInts("HighBit", 15).putInts("PixelRepresentation", 1);
			d.put("ImageType", "DERIVED", "SECONDARY", "AXIAL");
			d.putDecimals("RescaleIntercept", rescale.intercept()).putDecimals("RescaleSlope", rescale.slope());
			d.put("KVP").put("AcquisitionNumber");
			d.putDecimals("WindowCenter", 40).putDecimals("WindowWidth", 400);
			short[] words = new short[perSlice];
			float[] hu = ctHu.values();
			int offset = k * perSlice;
			for (int n = 0; n < perSlice; n++) {
				words[n] = rescale.stored(hu[offset + n]);
			}
			d.putPixelWords(words);
			Path file = folder.resolve(String.format("CT_%04d.dcm", k + 1));
			DicomExporter.writeFile(d, file);
			files.add(file);
			monitor.worked(1);
		}
		return files;
	}
}
