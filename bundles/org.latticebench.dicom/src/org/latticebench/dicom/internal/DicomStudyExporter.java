package org.latticebench.dicom.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.dicom.DicomExporter;
import org.latticebench.dicom.DoseExport;
import org.latticebench.dicom.ExportRequest;
import org.latticebench.dicom.PlanExport;
import org.latticebench.model.Beam;
import org.latticebench.model.DoseDistribution;
import org.latticebench.model.DoseKind;
import org.latticebench.model.Plan;
import org.latticebench.model.Study;
import org.latticebench.model.Target;
import org.latticebench.model.io.StudyExporter;
import org.latticebench.model.snapshot.Snapshots;
import org.osgi.service.component.annotations.Component;

/**
 * The DICOM-RT {@link StudyExporter}: CT series, RTSTRUCT with every structure, one RTDOSE per
 * plan dose (EQD2 doses as EFFECTIVE), and an RTPLAN for the first plan that has beams.
 */
@Component(property = { "id=dicom-rt", "name=DICOM-RT (CT, RTSTRUCT, RTPLAN, RTDOSE)",
		"description=Writes the CT series, RTSTRUCT, RTPLAN and RTDOSE of a study into a new folder, atomically" })
public final class DicomStudyExporter implements StudyExporter {

	@Override
	public String id() {
		return "dicom-rt";
	}

	@Override
	public String name() {
		return "DICOM-RT (CT, RTSTRUCT, RTPLAN, RTDOSE)";
	}

	@Override
	public List<Path> export(Study study, Path outputFolder, ProgressMonitor monitor) {
		ExportRequest request = ExportRequest.of(Snapshots.toSnapshot(study));
		for (Plan plan : study.getPlans()) {
			for (DoseDistribution d : plan.getDoses()) {
				String label = plan.getName() + (d.getKind() == DoseKind.EQD2 ? " EQD2" : "");
				request = request.withDose(d.getKind() == DoseKind.EQD2 ? DoseExport.effective(label, Snapshots.dose(d))
						: DoseExport.physical(label, Snapshots.dose(d)));
			}
		}
		for (Plan plan : study.getPlans()) {
			if (plan.getBeams().isEmpty()) {
				continue;
			}
			List<PlanExport.Prescription> rx = new ArrayList<>();
			for (Target t : plan.getTargets()) {
				rx.add(new PlanExport.Prescription(t.getStructureName(), t.getDoseGy()));
			}
			List<BeamSpec> beams = new ArrayList<>();
			for (Beam b : plan.getBeams()) {
				beams.add(new BeamSpec(b.getName(), b.getGantryDeg(), b.getCollimatorDeg(), b.getCouchDeg(), b.getIsocentreMm(),
						b.getEnergyMV() > 0 ? b.getEnergyMV() : 6, 1000));
			}
			int fractions = plan.getRegimen() == null ? 1 : plan.getRegimen().getFractions();
			request = request.withPlan(PlanExport.of(plan.getName(), Math.max(1, fractions), rx, beams));
			break;
		}
		return DicomExporter.export(request, outputFolder, monitor).allFiles();
	}
}
