package org.latticebench.planning.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.planning.Beams;
import org.latticebench.planning.DoseLevel;
import org.latticebench.planning.HomogeneousSettings;
import org.latticebench.planning.OarConstraintSet;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.planning.Prescription;
import org.latticebench.planning.Regimen;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.planning.TargetConstruction;
import org.latticebench.planning.TargetRole;
import org.osgi.service.component.annotations.Component;

/**
 * Uniform dose to the PTV (and the PGTV of [002]): targets from the regimen's margin recipe,
 * coverage objectives after [002]/[003] and organ-at-risk maxima from the chosen table.
 */
@Component(service = PlanGenerator.class, property = { "id=" + RegimenLibrary.HOMOGENEOUS,
		"name=Homogeneous (uniform dose)",
		"description=One prescription to the whole PTV (conventional, IMRT or SBRT regimens)" })
public final class HomogeneousGenerator implements PlanGenerator {

	@Override
	public String id() {
		return RegimenLibrary.HOMOGENEOUS;
	}

	@Override
	public String name() {
		return "Homogeneous (uniform dose)";
	}

	@Override
	public Class<? extends Record> settingsType() {
		return HomogeneousSettings.class;
	}

	@Override
	public Record defaultSettings() {
		return HomogeneousSettings.defaults();
	}

	@Override
	public PlanDesign generate(StudySnapshot study, Regimen regimen, Record settings, ProgressMonitor monitor) {
		HomogeneousSettings s = GeneratorSupport.settings(HomogeneousSettings.class, settings, id());
		GeneratorSupport.requireRoles(regimen, EnumSet.of(TargetRole.PTV, TargetRole.PGTV), id());
		monitor.begin("Homogeneous plan for " + regimen.id(), 3);
		List<String> notes = new ArrayList<>();
		if (!regimen.notes().isEmpty()) {
			notes.add(regimen.notes());
		}
		List<StructureSnapshot> structures = TargetConstruction.build(study, regimen, s.targets(), monitor);
		monitor.worked(1);
		List<Prescription> rx = new ArrayList<>();
		for (DoseLevel level : regimen.doseLevels()) {
			String name = level.role().structureName();
			boolean exists = structures.stream().anyMatch(x -> x.name().equals(name))
					|| StudyMasks.find(study, name).isPresent();
			if (!exists) {
				throw new InvalidInputException("regimen " + regimen.id(), name,
						"the regimen prescribes to " + name + " but neither its margin recipe nor the study makes it");
			}
			rx.add(GeneratorSupport.prescription(regimen, level.role(), name));
		}
		List<ObjectiveSpec> objectives = new ArrayList<>(GeneratorSupport.coverage(rx, s.coverageDosePct(),
				s.coverageVolumePct(), s.hotDosePct(), s.hotVolumePct()));
		Optional<StructureSnapshot> normalLiver = structures.stream()
				.filter(x -> x.name().equals(TargetConstruction.NORMAL_LIVER)).findFirst();
		OarConstraintSet table = s.constraintSet().resolve(regimen);
		objectives.addAll(OarObjectives.objectives(study, table, normalLiver, notes));
		if (table == OarConstraintSet.TG101_5FX && regimen.fractions() != 5) {
			notes.add(GeneratorSupport.notFiveFractionNote(regimen));
		}
		monitor.worked(1);
		Mask gtv = StudyMasks.require(study, s.targets().gtvName(), "the isocentre");
		var beams = Beams.arrange(s.beams(), GeneratorSupport.isocentre(structures, study, "PTV", gtv));
		monitor.worked(1);
		monitor.done();
		return new PlanDesign(regimen.id(), id(), s, structures, rx, objectives, beams, Optional.empty(), notes);
	}
}
