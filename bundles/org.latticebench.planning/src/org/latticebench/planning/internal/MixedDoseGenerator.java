package org.latticebench.planning.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.planning.Beams;
import org.latticebench.planning.HomogeneousSettings;
import org.latticebench.planning.MixedDoseSettings;
import org.latticebench.planning.MixedDoseSettings.Source;
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
 * The mixed-dose strategy of [000]: a low dose to the necrotic tumour and a high dose to the solid
 * tumour, from existing structures or from a CT-number threshold inside the GTV.
 */
@Component(service = PlanGenerator.class, property = { "id=" + RegimenLibrary.MIXED_DOSE,
		"name=Mixed dose (necrotic / solid)",
		"description=A boost to the necrotic core and a lower dose to the solid rim of the tumour" })
public final class MixedDoseGenerator implements PlanGenerator {

	@Override
	public String id() {
		return RegimenLibrary.MIXED_DOSE;
	}

	@Override
	public String name() {
		return "Mixed dose (necrotic / solid)";
	}

	@Override
	public Class<? extends Record> settingsType() {
		return MixedDoseSettings.class;
	}

	@Override
	public Record defaultSettings() {
		return MixedDoseSettings.defaults();
	}

	@Override
	public PlanDesign generate(StudySnapshot study, Regimen regimen, Record settings, ProgressMonitor monitor) {
		MixedDoseSettings s = GeneratorSupport.settings(MixedDoseSettings.class, settings, id());
		GeneratorSupport.requireRoles(regimen, EnumSet.of(TargetRole.NECROTIC, TargetRole.SOLID), id());
		monitor.begin("Mixed-dose plan for " + regimen.id(), 3);
		List<String> notes = new ArrayList<>();
		if (!regimen.notes().isEmpty()) {
			notes.add(regimen.notes());
		}
		Mask gtv = StudyMasks.require(study, s.targets().gtvName(), "the mixed-dose targets");
		List<StructureSnapshot> structures = new ArrayList<>(
				TargetConstruction.build(study, regimen, s.targets(), monitor));
		monitor.worked(1);
		boolean haveBoth = StudyMasks.find(study, s.necroticName()).isPresent()
				&& StudyMasks.find(study, s.solidName()).isPresent();
		boolean useStructures = s.source() == Source.STRUCTURES || (s.source() == Source.AUTO && haveBoth);
		String necroticName, solidName;
		if (useStructures) {
			necroticName = s.necroticName();
			solidName = s.solidName();
			StudyMasks.require(study, necroticName, "the necrotic dose level of " + regimen.id());
			StudyMasks.require(study, solidName, "the solid dose level of " + regimen.id());
			notes.add("necrotic and solid regions from the study's structures " + necroticName + " and " + solidName);
		} else {
			Mask[] split = splitByHu(study, gtv, s.necroticHuThreshold());
			boolean clash = StudyMasks.find(study, s.necroticName()).isPresent()
					|| StudyMasks.find(study, s.solidName()).isPresent();
			necroticName = clash ? s.necroticName() + "_HU" : s.necroticName();
			solidName = clash ? s.solidName() + "_HU" : s.solidName();
			if (split[0].isEmpty() || split[1].isEmpty()) {
				throw new InvalidInputException("study " + study.patientId(), "necroticHuThreshold",
						String.format(Locale.ROOT, "a threshold of %.1f HU leaves the %s region of the GTV empty",
								s.necroticHuThreshold(), split[0].isEmpty() ? "necrotic" : "solid"));
			}
			structures.add(StructureSnapshot.ofMask(necroticName, StructureRole.TARGET, 0x9400D3, 10, split[0]));
			structures.add(StructureSnapshot.ofMask(solidName, StructureRole.TARGET, 0xFF8C00, 10, split[1]));
			notes.add(String.format(Locale.ROOT, "necrotic = GTV below %.1f HU (%.1f cc), solid = the rest (%.1f cc)",
					s.necroticHuThreshold(), split[0].volumeCc(), split[1].volumeCc()));
		}
		monitor.worked(1);
		List<Prescription> rx = List.of(GeneratorSupport.prescription(regimen, TargetRole.NECROTIC, necroticName),
				GeneratorSupport.prescription(regimen, TargetRole.SOLID, solidName));
		HomogeneousSettings cov = HomogeneousSettings.defaults();
		List<ObjectiveSpec> objectives = new ArrayList<>(GeneratorSupport.coverage(rx, cov.coverageDosePct(),
				cov.coverageVolumePct(), cov.hotDosePct(), cov.hotVolumePct()));
		Optional<StructureSnapshot> normalLiver = structures.stream()
				.filter(x -> x.name().equals(TargetConstruction.NORMAL_LIVER)).findFirst();
		OarConstraintSet table = s.constraintSet().resolve(regimen);
		objectives.addAll(OarObjectives.objectives(study, table, normalLiver, notes));
		if (table == OarConstraintSet.TG101_5FX && regimen.fractions() != 5) {
			notes.add(GeneratorSupport.notFiveFractionNote(regimen));
		}
		var beams = Beams.arrange(s.beams(), GeneratorSupport.isocentre(structures, study, s.targets().gtvName(), gtv));
		monitor.worked(1);
		monitor.done();
		return new PlanDesign(regimen.id(), id(), s, structures, rx, objectives, beams, Optional.empty(), notes);
	}

	/** {necrotic, solid}: the GTV's fraction where the CT number is below / at or above the threshold. */
	static Mask[] splitByHu(StudySnapshot study, Mask gtv, double thresholdHu) {
		float[] hu = study.ctHu().values();
		float[] g = gtv.fraction();
		float[] necrotic = new float[g.length], solid = new float[g.length];
		for (int n = 0; n < g.length; n++) {
			if (g[n] > 0) {
				if (hu[n] < thresholdHu) {
					necrotic[n] = g[n];
				} else {
					solid[n] = g[n];
				}
			}
		}
		return new Mask[] { new Mask(gtv.grid(), necrotic), new Mask(gtv.grid(), solid) };
	}
}
