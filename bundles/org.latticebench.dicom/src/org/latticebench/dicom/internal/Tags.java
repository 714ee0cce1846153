package org.latticebench.dicom.internal;

/** The attributes the readers use (PS3.6 data dictionary keywords). */
public final class Tags {

	private Tags() {
	}

	private static DicomTag t(int g, int e, String keyword) {
		return new DicomTag(g, e, keyword);
	}

	public static final DicomTag TRANSFER_SYNTAX_UID = t(0x0002, 0x0010, "TransferSyntaxUID");
	public static final DicomTag SOP_CLASS_UID = t(0x0008, 0x0016, "SOPClassUID");
	public static final DicomTag SOP_INSTANCE_UID = t(0x0008, 0x0018, "SOPInstanceUID");
	public static final DicomTag MODALITY = t(0x0008, 0x0060, "Modality");
	public static final DicomTag REFERENCED_SOP_INSTANCE_UID = t(0x0008, 0x1155, "ReferencedSOPInstanceUID");
	public static final DicomTag PATIENT_NAME = t(0x0010, 0x0010, "PatientName");
	public static final DicomTag PATIENT_ID = t(0x0010, 0x0020, "PatientID");
	public static final DicomTag SLICE_THICKNESS = t(0x0018, 0x0050, "SliceThickness");
	public static final DicomTag STUDY_INSTANCE_UID = t(0x0020, 0x000D, "StudyInstanceUID");
	public static final DicomTag SERIES_INSTANCE_UID = t(0x0020, 0x000E, "SeriesInstanceUID");
	public static final DicomTag INSTANCE_NUMBER = t(0x0020, 0x0013, "InstanceNumber");
	public static final DicomTag IMAGE_POSITION_PATIENT = t(0x0020, 0x0032, "ImagePositionPatient");
	public static final DicomTag IMAGE_ORIENTATION_PATIENT = t(0x0020, 0x0037, "ImageOrientationPatient");
	public static final DicomTag FRAME_OF_REFERENCE_UID = t(0x0020, 0x0052, "FrameOfReferenceUID");
	public static final DicomTag SAMPLES_PER_PIXEL = t(0x0028, 0x0002, "SamplesPerPixel");
	public static final DicomTag NUMBER_OF_FRAMES = t(0x0028, 0x0008, "NumberOfFrames");
	public static final DicomTag ROWS = t(0x0028, 0x0010, "Rows");
	public static final DicomTag COLUMNS = t(0x0028, 0x0011, "Columns");
	public static final DicomTag PIXEL_SPACING = t(0x0028, 0x0030, "PixelSpacing");
	public static final DicomTag BITS_ALLOCATED = t(0x0028, 0x0100, "BitsAllocated");
	public static final DicomTag BITS_STORED = t(0x0028, 0x0101, "BitsStored");
	public static final DicomTag PIXEL_REPRESENTATION = t(0x0028, 0x0103, "PixelRepresentation");
	public static final DicomTag RESCALE_INTERCEPT = t(0x0028, 0x1052, "RescaleIntercept");
	public static final DicomTag RESCALE_SLOPE = t(0x0028, 0x1053, "RescaleSlope");
	public static final DicomTag PIXEL_DATA = t(0x7FE0, 0x0010, "PixelData");

	// RT Dose
	public static final DicomTag DOSE_UNITS = t(0x3004, 0x0002, "DoseUnits");
	public static final DicomTag DOSE_TYPE = t(0x3004, 0x0004, "DoseType");
	public static final DicomTag DOSE_SUMMATION_TYPE = t(0x3004, 0x000A, "DoseSummationType");
	public static final DicomTag GRID_FRAME_OFFSET_VECTOR = t(0x3004, 0x000C, "GridFrameOffsetVector");
	public static final DicomTag DOSE_GRID_SCALING = t(0x3004, 0x000E, "DoseGridScaling");
	public static final DicomTag REFERENCED_RT_PLAN_SEQUENCE = t(0x300C, 0x0002, "ReferencedRTPlanSequence");

	// RT Structure Set
	public static final DicomTag STRUCTURE_SET_LABEL = t(0x3006, 0x0002, "StructureSetLabel");
	public static final DicomTag REFERENCED_FRAME_OF_REFERENCE_SEQUENCE = t(0x3006, 0x0010, "ReferencedFrameOfReferenceSequence");
	public static final DicomTag STRUCTURE_SET_ROI_SEQUENCE = t(0x3006, 0x0020, "StructureSetROISequence");
	public static final DicomTag ROI_NUMBER = t(0x3006, 0x0022, "ROINumber");
	public static final DicomTag REFERENCED_FRAME_OF_REFERENCE_UID = t(0x3006, 0x0024, "ReferencedFrameOfReferenceUID");
	public static final DicomTag ROI_NAME = t(0x3006, 0x0026, "ROIName");
	public static final DicomTag ROI_DISPLAY_COLOR = t(0x3006, 0x002A, "ROIDisplayColor");
	public static final DicomTag ROI_CONTOUR_SEQUENCE = t(0x3006, 0x0039, "ROIContourSequence");
	public static final DicomTag CONTOUR_SEQUENCE = t(0x3006, 0x0040, "ContourSequence");
	public static final DicomTag CONTOUR_GEOMETRIC_TYPE = t(0x3006, 0x0042, "ContourGeometricType");
	public static final DicomTag NUMBER_OF_CONTOUR_POINTS = t(0x3006, 0x0046, "NumberOfContourPoints");
	public static final DicomTag CONTOUR_DATA = t(0x3006, 0x0050, "ContourData");
	public static final DicomTag RT_ROI_OBSERVATIONS_SEQUENCE = t(0x3006, 0x0080, "RTROIObservationsSequence");
	public static final DicomTag REFERENCED_ROI_NUMBER = t(0x3006, 0x0084, "ReferencedROINumber");
	public static final DicomTag RT_ROI_INTERPRETED_TYPE = t(0x3006, 0x00A4, "RTROIInterpretedType");

	// RT Plan
	public static final DicomTag RT_PLAN_LABEL = t(0x300A, 0x0002, "RTPlanLabel");
	public static final DicomTag RT_PLAN_NAME = t(0x300A, 0x0003, "RTPlanName");
	public static final DicomTag DOSE_REFERENCE_SEQUENCE = t(0x300A, 0x0010, "DoseReferenceSequence");
	public static final DicomTag DOSE_REFERENCE_NUMBER = t(0x300A, 0x0012, "DoseReferenceNumber");
	public static final DicomTag DOSE_REFERENCE_STRUCTURE_TYPE = t(0x300A, 0x0014, "DoseReferenceStructureType");
	public static final DicomTag DOSE_REFERENCE_DESCRIPTION = t(0x300A, 0x0016, "DoseReferenceDescription");
	public static final DicomTag DOSE_REFERENCE_TYPE = t(0x300A, 0x0020, "DoseReferenceType");
	public static final DicomTag DELIVERY_MAXIMUM_DOSE = t(0x300A, 0x0023, "DeliveryMaximumDose");
	public static final DicomTag TARGET_PRESCRIPTION_DOSE = t(0x300A, 0x0026, "TargetPrescriptionDose");
	public static final DicomTag FRACTION_GROUP_SEQUENCE = t(0x300A, 0x0070, "FractionGroupSequence");
	public static final DicomTag FRACTION_GROUP_NUMBER = t(0x300A, 0x0071, "FractionGroupNumber");
	public static final DicomTag NUMBER_OF_FRACTIONS_PLANNED = t(0x300A, 0x0078, "NumberOfFractionsPlanned");
	public static final DicomTag BEAM_METERSET = t(0x300A, 0x0086, "BeamMeterset");
	public static final DicomTag BEAM_SEQUENCE = t(0x300A, 0x00B0, "BeamSequence");
	public static final DicomTag TREATMENT_MACHINE_NAME = t(0x300A, 0x00B2, "TreatmentMachineName");
	public static final DicomTag BEAM_NUMBER = t(0x300A, 0x00C0, "BeamNumber");
	public static final DicomTag BEAM_NAME = t(0x300A, 0x00C2, "BeamName");
	public static final DicomTag BEAM_TYPE = t(0x300A, 0x00C4, "BeamType");
	public static final DicomTag RADIATION_TYPE = t(0x300A, 0x00C6, "RadiationType");
	public static final DicomTag NUMBER_OF_CONTROL_POINTS = t(0x300A, 0x0110, "NumberOfControlPoints");
	public static final DicomTag CONTROL_POINT_SEQUENCE = t(0x300A, 0x0111, "ControlPointSequence");
	public static final DicomTag NOMINAL_BEAM_ENERGY = t(0x300A, 0x0114, "NominalBeamEnergy");
	public static final DicomTag GANTRY_ANGLE = t(0x300A, 0x011E, "GantryAngle");
	public static final DicomTag BEAM_LIMITING_DEVICE_ANGLE = t(0x300A, 0x0120, "BeamLimitingDeviceAngle");
	public static final DicomTag PATIENT_SUPPORT_ANGLE = t(0x300A, 0x0122, "PatientSupportAngle");
	public static final DicomTag ISOCENTER_POSITION = t(0x300A, 0x012C, "IsocenterPosition");
	public static final DicomTag ION_BEAM_SEQUENCE = t(0x300A, 0x03A2, "IonBeamSequence");
	public static final DicomTag REFERENCED_BEAM_SEQUENCE = t(0x300C, 0x0004, "ReferencedBeamSequence");
	public static final DicomTag REFERENCED_BEAM_NUMBER = t(0x300C, 0x0006, "ReferencedBeamNumber");
	public static final DicomTag REFERENCED_STRUCTURE_SET_SEQUENCE = t(0x300C, 0x0060, "ReferencedStructureSetSequence");
}
