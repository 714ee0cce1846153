package org.latticebench.dicom;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Vec3;
import org.latticebench.dicom.internal.DataSet;
import org.latticebench.dicom.internal.DecimalStrings;

/**
 * Writes one dose as a multi-frame RTDOSE: unsigned 16- or 32-bit samples times DoseGridScaling,
 * GridFrameOffsetVector relative to ImagePositionPatient (first value 0), DoseUnits GY,
 * DoseSummationType PLAN, referencing its RTPLAN.
 */
final class RtDoseWriter {

	private RtDoseWriter() {
	}

	/**
	 * The scaling written: max / maxStored rounded up to what a 16-character decimal string holds,
	 * so that the maximum still fits; 1 for an all-zero dose.
	 */
	static double scalingFor(float maxGy, DoseEncoding encoding) {
		if (!(maxGy > 0)) {
			return 1.0;
		}
		return Double.parseDouble(DecimalStrings.format(maxGy / encoding.maxStored(), RoundingMode.CEILING));
	}

	/** Checks values are finite and >= 0, and returns the maximum. */
	static float checkedMax(DoseExport dose) {
		float[] v = dose.doseGy().values();
		Grid3 g = dose.doseGy().grid();
		float max = 0;
		for (int n = 0; n < v.length; n++) {
			if (!Float.isFinite(v[n]) || v[n] < 0) {
				int i = n % g.nx(), j = n / g.nx() % g.ny(), k = n / (g.nx() * g.ny());
				throw new InvalidInputException("dose '" + dose.label() + "'", null, "voxel (" + i + ", " + j + ", " + k + ") is "
						+ v[n] + " Gy; RTDOSE stores finite doses >= 0 Gy");
			}
			max = Math.max(max, v[n]);
		}
		return max;
	}

	static ExportResult.WrittenDose write(ExportContext ctx, DoseExport dose, DoseEncoding encoding, float maxGy,
			String planUid, Path file) throws IOException {
		FloatVolume volume = dose.doseGy();
		Grid3 g = volume.grid();
		double scaling = scalingFor(maxGy, encoding);
		String sopUid = ctx.uids.next();
		DataSet d = ctx.object("RTDOSE", ExportContext.RT_DOSE_STORAGE, sopUid, ctx.uids.next(), ctx.nextSeriesNumber(),
				dose.label() + " (" + encoding.bits() + "-bit)");
		ctx.frameOfReference(d);
		d.putInts("InstanceNumber", 1).put("ContentDate", ctx.date).put("ContentTime", ctx.time);
		Vec3 ipp = g.originMm();
		d.putDecimals("PixelSpacing", g.spacingMm().y(), g.spacingMm().x());
		d.putDecimals("ImageOrientationPatient", g.rowDir().x(), g.rowDir().y(), g.rowDir().z(), g.columnDir().x(),
				g.columnDir().y(), g.columnDir().z());
		d.putDecimals("ImagePositionPatient", ipp.x(), ipp.y(), ipp.z());
		d.putDecimals("SliceThickness", g.spacingMm().z());
		d.putInts("SamplesPerPixel", 1).put("PhotometricInterpretation", "MONOCHROME2");
		d.putInts("Rows", g.ny()).putInts("Columns", g.nx());
		int bits = encoding.bits();
		d.putInts("BitsAllocated", bits).putInts("BitsStored", bits).putInts("HighBit", bits - 1).putInts("PixelRepresentation", 0);
		d.putInts("NumberOfFrames", g.nz()).putTagPointer("FrameIncrementPointer", "GridFrameOffsetVector");
		d.put("DoseUnits", "GY").put("DoseType", dose.type().name()).put("DoseSummationType", "PLAN");
		d.putSequence("ReferencedRTPlanSequence", new DataSet().put("ReferencedSOPClassUID", ExportContext.RT_PLAN_STORAGE)
				.put("ReferencedSOPInstanceUID", planUid));
		// relative offsets along the image normal; negative when the grid's k axis runs against it
		double direction = Math.signum(g.sliceDir().dot(g.rowDir().cross(g.columnDir())));
		double[] offsets = new double[g.nz()];
		for (int k = 0; k < g.nz(); k++) {
			offsets[k] = direction * k * g.spacingMm().z();
		}
		d.putDecimals("GridFrameOffsetVector", offsets);
		d.put("DoseGridScaling", DecimalStrings.format(scaling));
		d.putPixelWords(words(volume.values(), scaling, encoding));
		DicomExporter.writeFile(d, file);
		return new ExportResult.WrittenDose(dose.label(), encoding, file, sopUid, scaling);
	}

	/** Stored integers round(dose / scaling), as little-endian 16-bit words (two per 32-bit sample). */
	static short[] words(float[] doseGy, double scaling, DoseEncoding encoding) {
		double max = encoding.maxStored();
		boolean wide = encoding == DoseEncoding.UINT32;
		short[] words = new short[wide ? 2 * doseGy.length : doseGy.length];
		for (int n = 0; n < doseGy.length; n++) {
			long v = Math.min((long) max, Math.round(doseGy[n] / scaling));
			if (wide) {
				words[2 * n] = (short) (v & 0xFFFF);
				words[2 * n + 1] = (short) (v >>> 16);
			} else {
				words[n] = (short) v;
			}
		}
		return words;
	}
}
