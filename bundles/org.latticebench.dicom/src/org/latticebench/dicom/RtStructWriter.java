package org.latticebench.dicom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.dicom.internal.DataSet;
import org.latticebench.dicom.internal.DecimalStrings;
import org.latticebench.geometry.MaskContours;

/**
 * Writes all structures of a study as one RTSTRUCT on the export's CT. Structures with contours
 * keep them exactly; structures made as masks (spheres, margins, rings) are traced at the
 * partial-volume fraction {@value #MASK_THRESHOLD}, the iso-surface that keeps the mask's volume.
 */
final class RtStructWriter {

	static final double MASK_THRESHOLD = 0.5;

	private RtStructWriter() {
	}

	/** The structure set as written. */
	record Written(Path file, String sopInstanceUid, List<Integer> roiNumbers) {
	}

	/** The contours a structure is exported with. */
	static List<PlanarContour> contoursOf(StructureSnapshot s) {
		if (!s.contours().isEmpty() || s.mask().isEmpty()) {
			return s.contours();
		}
		try {
			return MaskContours.toContours(s.mask().get(), MASK_THRESHOLD);
		} catch (IllegalArgumentException e) {
			throw new InvalidInputException("structure '" + s.name() + "'", null,
					"its mask cannot be traced into contours: " + e.getMessage(), e);
		}
	}

	static Written write(ExportContext ctx, List<StructureSnapshot> structures, String label, Path file,
			ProgressMonitor monitor) throws IOException {
		String sopUid = ctx.uids.next();
		DataSet d = ctx.object("RTSTRUCT", ExportContext.RT_STRUCTURE_SET_STORAGE, sopUid, ctx.uids.next(),
				ctx.nextSeriesNumber(), "Structures written by Lattice Bench");
		ctx.frameOfReference(d);
		d.putInts("InstanceNumber", 1);
		d.put("StructureSetLabel", ExportContext.cut(label, 16)).put("StructureSetName", ExportContext.cut(label, 64));
		d.put("StructureSetDate", ctx.date).put("StructureSetTime", ctx.time);

		List<DataSet> allImages = new ArrayList<>();
		ctx.ctSopInstanceUids.forEach(uid -> allImages.add(ctx.imageReference(uid)));
		DataSet series = new DataSet().put("SeriesInstanceUID", ctx.ctSeriesUid).putSequence("ContourImageSequence", allImages);
		DataSet study = new DataSet().put("ReferencedSOPClassUID", ExportContext.STUDY_REFERENCE_SOP_CLASS)
				.put("ReferencedSOPInstanceUID", ctx.study.instanceUid()).putSequence("RTReferencedSeriesSequence", series);
		d.putSequence("ReferencedFrameOfReferenceSequence", new DataSet().put("FrameOfReferenceUID", ctx.frameOfReferenceUid)
				.putSequence("RTReferencedStudySequence", study));

		List<DataSet> rois = new ArrayList<>();
		List<DataSet> roiContours = new ArrayList<>();
		List<DataSet> observations = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		monitor.subTask("Writing " + structures.size() + " structures");
		for (int n = 0; n < structures.size(); n++) {
			monitor.checkCanceled();
			StructureSnapshot s = structures.get(n);
			int roiNumber = n + 1;
			numbers.add(roiNumber);
			if (!names.add(s.name())) {
				throw new InvalidInputException("structure '" + s.name() + "'", null,
						"two structures have this name; RTSTRUCT ROI names must tell them apart");
			}
			boolean generated = s.contours().isEmpty() && s.mask().isPresent();
			rois.add(new DataSet().putInts("ROINumber", roiNumber).put("ReferencedFrameOfReferenceUID", ctx.frameOfReferenceUid)
					.put("ROIName", ExportContext.cut(s.name(), 64))
					.put("ROIGenerationAlgorithm", generated ? "AUTOMATIC" : "MANUAL"));
			int rgb = s.colorRgb();
			DataSet roiContour = new DataSet().putInts("ROIDisplayColor", rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
			List<DataSet> contourItems = new ArrayList<>();
			int contourNumber = 1;
			for (PlanarContour c : contoursOf(s)) {
				if (c.pointCount() < 3) {
					continue;
				}
				DataSet item = new DataSet().putInts("ContourNumber", contourNumber++);
				Optional<String> slice = ctx.sliceOf(c);
				slice.ifPresent(uid -> item.putSequence("ContourImageSequence", ctx.imageReference(uid)));
				item.put("ContourGeometricType", "CLOSED_PLANAR").putInts("NumberOfContourPoints", c.pointCount());
				double[] xyz = c.pointsMm();
				String[] values = new String[xyz.length];
				for (int i = 0; i < xyz.length; i++) {
					values[i] = DecimalStrings.format(xyz[i]);
				}
				item.put("ContourData", values);
				contourItems.add(item);
			}
			if (!contourItems.isEmpty()) {
				roiContour.putSequence("ContourSequence", contourItems);
			}
			roiContours.add(roiContour.putInts("ReferencedROINumber", roiNumber));
			observations.add(new DataSet().putInts("ObservationNumber", roiNumber).putInts("ReferencedROINumber", roiNumber)
					.put("RTROIInterpretedType", s.role().toDicomInterpretedType()).put("ROIInterpreter"));
			monitor.worked(1);
		}
		d.putSequence("StructureSetROISequence", rois);
		d.putSequence("ROIContourSequence", roiContours);
		d.putSequence("RTROIObservationsSequence", observations);
		DicomExporter.writeFile(d, file);
		return new Written(file, sopUid, numbers);
	}
}
