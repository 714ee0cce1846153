package org.latticebench.dicom;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.StudySnapshot;
import org.latticebench.dicom.internal.DataSet;
import org.latticebench.dicom.internal.DicomObject;
import org.latticebench.dicom.internal.DicomTag;
import org.latticebench.dicom.internal.Tags;

/**
 * What every object of one export shares: the Patient and General Study modules, the frame of
 * reference, the CT slices that structures refer to, and the UID source. Built either from an
 * imported CT (its identity is reused) or anew.
 */
final class ExportContext {

	static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
	static final String RT_STRUCTURE_SET_STORAGE = "1.2.840.10008.5.1.4.1.1.481.3";
	static final String RT_PLAN_STORAGE = "1.2.840.10008.5.1.4.1.1.481.5";
	static final String RT_DOSE_STORAGE = "1.2.840.10008.5.1.4.1.1.481.2";
	/** Detached Study Management SOP Class: what RTReferencedStudySequence names (C.8.8.5.1). */
	static final String STUDY_REFERENCE_SOP_CLASS = "1.2.840.10008.3.1.2.3.1";
	static final String MANUFACTURER = "Lattice Bench";

	/** Contours within this distance (mm) of a CT slice plane refer to that slice. */
	static final double ON_SLICE_TOLERANCE_MM = 0.05;

	private static final DicomTag STUDY_DATE = new DicomTag(0x0008, 0x0020, "StudyDate");
	private static final DicomTag STUDY_TIME = new DicomTag(0x0008, 0x0030, "StudyTime");
	private static final DicomTag ACCESSION_NUMBER = new DicomTag(0x0008, 0x0050, "AccessionNumber");
	private static final DicomTag REFERRING_PHYSICIAN = new DicomTag(0x0008, 0x0090, "ReferringPhysicianName");
	private static final DicomTag STUDY_DESCRIPTION = new DicomTag(0x0008, 0x1030, "StudyDescription");
	private static final DicomTag PATIENT_BIRTH_DATE = new DicomTag(0x0010, 0x0030, "PatientBirthDate");
	private static final DicomTag PATIENT_SEX = new DicomTag(0x0010, 0x0040, "PatientSex");
	private static final DicomTag PATIENT_POSITION = new DicomTag(0x0018, 0x5100, "PatientPosition");
	private static final DicomTag STUDY_ID = new DicomTag(0x0020, 0x0010, "StudyID");

	record Patient(String name, String id, String birthDate, String sex) {
	}

	record Study(String instanceUid, String date, String time, String id, String accessionNumber, String referringPhysician,
			String description) {
	}

	final Patient patient;
	final Study study;
	final String frameOfReferenceUid;
	final String ctSeriesUid;
	final String ctSopClassUid;
	final List<String> ctSopInstanceUids;
	final Grid3 ctGrid;
	final String patientPosition;
	final UidGenerator uids;
	final String date;
	final String time;
	private int nextSeriesNumber;

	private ExportContext(Patient patient, Study study, String frame, String ctSeriesUid, String ctSopClassUid,
			List<String> ctSopInstanceUids, Grid3 ctGrid, String patientPosition, UidGenerator uids, LocalDateTime now,
			int firstSeriesNumber) {
		this.patient = patient;
		this.study = study;
		this.frameOfReferenceUid = frame;
		this.ctSeriesUid = ctSeriesUid;
		this.ctSopClassUid = ctSopClassUid;
		this.ctSopInstanceUids = List.copyOf(ctSopInstanceUids);
		this.ctGrid = ctGrid;
		this.patientPosition = patientPosition;
		this.uids = uids;
		this.date = now.format(DateTimeFormatter.BASIC_ISO_DATE);
		this.time = now.format(DateTimeFormatter.ofPattern("HHmmss"));
		this.nextSeriesNumber = firstSeriesNumber;
	}

	/** A new study: every UID is new; the patient position is taken as head first supine. */
	static ExportContext fresh(StudySnapshot snapshot, UidGenerator uids, LocalDateTime now) {
		String studyUid = uids.next();
		String frame = uids.next();
		String series = uids.next();
		List<String> slices = new ArrayList<>();
		for (int k = 0; k < snapshot.ctHu().grid().nz(); k++) {
			slices.add(uids.next());
		}
		String date = now.format(DateTimeFormatter.BASIC_ISO_DATE);
		String time = now.format(DateTimeFormatter.ofPattern("HHmmss"));
		return new ExportContext(new Patient(personName(snapshot.patientName()), snapshot.patientId(), "", ""),
				new Study(studyUid, date, time, "1", "", "", "Lattice Bench export"), frame, series, CT_IMAGE_STORAGE, slices,
				snapshot.ctHu().grid(), "HFS", uids, now, 1);
	}

	/** Reuses the imported CT's study, frame of reference, series and slice UIDs (read from its files). */
	static ExportContext fromSource(ImportedCt ct, StudySnapshot snapshot, UidGenerator uids, LocalDateTime now) {
		if (!ct.ctHu().grid().sameGeometry(snapshot.ctHu().grid())) {
			throw new InvalidInputException("source CT " + ct.seriesInstanceUid(), null, "its grid " + ct.ctHu().grid()
					+ " is not the study's CT grid " + snapshot.ctHu().grid());
		}
		if (ct.files().size() != snapshot.ctHu().grid().nz()) {
			throw new InvalidInputException("source CT " + ct.seriesInstanceUid(), null,
					ct.files().size() + " files for " + snapshot.ctHu().grid().nz() + " slices");
		}
		List<String> slices = new ArrayList<>();
		String sopClass = CT_IMAGE_STORAGE;
		DicomObject first = null;
		for (Path file : ct.files()) {
			DicomObject d = DicomObject.read(file, false);
			if (first == null) {
				first = d;
				sopClass = d.string(Tags.SOP_CLASS_UID).orElse(CT_IMAGE_STORAGE);
			}
			slices.add(d.requiredString(Tags.SOP_INSTANCE_UID));
		}
		Study study = new Study(ct.studyInstanceUid(), first.stringOrEmpty(STUDY_DATE), first.stringOrEmpty(STUDY_TIME),
				first.stringOrEmpty(STUDY_ID), first.stringOrEmpty(ACCESSION_NUMBER), first.stringOrEmpty(REFERRING_PHYSICIAN),
				first.stringOrEmpty(STUDY_DESCRIPTION));
		Patient patient = new Patient(ct.patientName(), ct.patientId(), first.stringOrEmpty(PATIENT_BIRTH_DATE),
				first.stringOrEmpty(PATIENT_SEX));
		return new ExportContext(patient, study, ct.frameOfReferenceUid(), ct.seriesInstanceUid(), sopClass, slices,
				ct.ctHu().grid(), first.string(PATIENT_POSITION).orElse("HFS"), uids, now, 100);
	}

	/**
	 * A display name as a DICOM PN: a name without component separators becomes the family name
	 * component, so that "Lattice Bench Phantom" is not read as the retired free-text form.
	 */
	static String personName(String name) {
		String n = name.strip();
		return n.isEmpty() || n.contains("^") || n.contains("=") || !n.contains(" ") ? n : n + "^";
	}

	int nextSeriesNumber() {
		return nextSeriesNumber++;
	}

	/**
	 * SOP Common, Patient, General Study, the series module (General Series or RT Series: both take
	 * Modality, SeriesInstanceUID, SeriesNumber) and General Equipment.
	 */
	DataSet object(String modality, String sopClassUid, String sopInstanceUid, String seriesUid, int seriesNumber,
			String seriesDescription) {
		DataSet d = new DataSet();
		d.put("SpecificCharacterSet", "ISO_IR 100");
		d.put("InstanceCreationDate", date).put("InstanceCreationTime", time);
		d.put("SOPClassUID", sopClassUid).put("SOPInstanceUID", sopInstanceUid);
		d.put("PatientName", patient.name()).put("PatientID", patient.id());
		d.put("PatientBirthDate", values(patient.birthDate())).put("PatientSex", values(patient.sex()));
		d.put("StudyInstanceUID", study.instanceUid()).put("StudyDate", values(study.date()))
				.put("StudyTime", values(study.time())).put("ReferringPhysicianName", values(study.referringPhysician()))
				.put("StudyID", values(study.id())).put("AccessionNumber", values(study.accessionNumber()));
		if (!study.description().isEmpty()) {
			d.put("StudyDescription", study.description());
		}
		d.put("Modality", modality).put("SeriesInstanceUID", seriesUid).putInts("SeriesNumber", seriesNumber);
		if (!seriesDescription.isEmpty()) {
			d.put("SeriesDescription", cut(seriesDescription, 64));
		}
		if (!modality.equals("CT")) {
			d.put("OperatorsName");
		}
		d.put("Manufacturer", MANUFACTURER);
		return d;
	}

	/** The Frame of Reference module. */
	void frameOfReference(DataSet d) {
		d.put("FrameOfReferenceUID", frameOfReferenceUid).put("PositionReferenceIndicator");
	}

	/** The CT slice a contour lies on, when it lies on one (within {@value #ON_SLICE_TOLERANCE_MM} mm). */
	Optional<String> sliceOf(PlanarContour contour) {
		if (contour.pointCount() == 0) {
			return Optional.empty();
		}
		double k = ctGrid.toIndex(contour.point(0))[2];
		long nearest = Math.round(k);
		if (nearest < 0 || nearest >= ctGrid.nz() || Math.abs(k - nearest) * ctGrid.spacingMm().z() > ON_SLICE_TOLERANCE_MM) {
			return Optional.empty();
		}
		return Optional.of(ctSopInstanceUids.get((int) nearest));
	}

	DataSet imageReference(String sopInstanceUid) {
		return new DataSet().put("ReferencedSOPClassUID", ctSopClassUid).put("ReferencedSOPInstanceUID", sopInstanceUid);
	}

	private static String[] values(String v) {
		return v.isEmpty() ? new String[0] : new String[] { v };
	}

	static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}
}
