package org.latticebench.ui.internal.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.model.Beam;
import org.latticebench.model.Comparison;
import org.latticebench.model.DoseDistribution;
import org.latticebench.model.DoseKind;
import org.latticebench.model.ModelFactory;
import org.latticebench.model.Plan;
import org.latticebench.model.Regimen;
import org.latticebench.model.Setting;
import org.latticebench.model.Study;
import org.latticebench.model.Target;
import org.latticebench.model.io.StudyStore;
import org.latticebench.model.snapshot.Snapshots;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.Prescription;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;

/**
 * Saving and opening studies through the model's {@link StudyStore} (atomic: a killed save leaves
 * the previous study intact). A saved plan keeps its regimen, generator id and full settings
 * form, prescriptions, beams, engine id and physical dose; the comparison keeps its reference
 * plan. Opening regenerates each plan's design from its settings (deterministic, seeded) and
 * evaluates the saved dose again; the optimiser does not run.
 */
public final class StudyFiles {

	/** The name of the saved comparison that records the plans' order and the reference plan. */
	static final String COMPARISON_NAME = "workbench";

	private StudyFiles() {
	}

	/** What opening a study folder gives: anatomy, the restored plans, and what could not be restored. */
	public record Opened(StudySnapshot study, List<PlanRun> plans, Optional<String> referencePlan, List<String> warnings) {
		public Opened {
			plans = List.copyOf(plans);
			warnings = List.copyOf(warnings);
		}
	}

	/** Builds the EMF study (call on the UI thread: the snapshot and runs are immutable). */
	public static Study toModel(StudySnapshot study, List<PlanRun> runs) {
		return toModel(study, runs, Optional.empty());
	}

	/** The EMF study with a comparison naming the reference plan. */
	public static Study toModel(StudySnapshot study, List<PlanRun> runs, Optional<String> referencePlan) {
		Study model = Snapshots.fromSnapshot(study);
		ModelFactory f = ModelFactory.eINSTANCE;
		Comparison comparison = f.createComparison();
		comparison.setName(COMPARISON_NAME);
		for (PlanRun run : runs) {
			var r = run.request().regimen();
			Regimen regimen = model.getRegimens().stream().filter(x -> r.id().equals(x.getId())).findFirst().orElseGet(() -> {
				Regimen created = f.createRegimen();
				created.setId(r.id());
				created.setName(r.name());
				created.setSource(r.source());
				created.setFractions(r.fractions());
				model.getRegimens().add(created);
				return created;
			});
			Plan plan = f.createPlan();
			plan.setName(run.planName());
			plan.setRegimen(regimen);
			plan.setGeneratorId(run.design().generatorId());
			for (Map.Entry<String, String> e : run.design().settingsForm().entrySet()) {
				Setting s = f.createSetting();
				s.setKey(e.getKey());
				s.setValue(e.getValue());
				plan.getGeneratorSettings().add(s);
			}
			for (Prescription p : run.design().prescriptions()) {
				Target t = f.createTarget();
				t.setStructureName(p.structureName());
				t.setDoseGy(p.totalDoseGy());
				plan.getTargets().add(t);
			}
			for (BeamSpec b : run.design().beams()) {
				Beam beam = f.createBeam();
				beam.setName(b.name());
				beam.setGantryDeg(b.gantryDeg());
				beam.setCollimatorDeg(b.collimatorDeg());
				beam.setCouchDeg(b.couchDeg());
				beam.setIsocentreMm(b.isocentreMm());
				beam.setEnergyMV(b.nominalEnergyMv());
				plan.getBeams().add(beam);
			}
			plan.setDoseEngineId(run.engineId());
			DoseDistribution dose = f.createDoseDistribution();
			dose.setKind(DoseKind.PHYSICAL);
			dose.setSource(run.engineId());
			dose.setGrid(Snapshots.voxelGrid(run.doseGy().grid()));
			dose.setDoseGy(org.latticebench.model.data.BulkArray.copyOf(run.doseGy().values()));
			plan.getDoses().add(dose);
			model.getPlans().add(plan);
			comparison.getPlans().add(plan);
			if (referencePlan.filter(run.planName()::equals).isPresent()) {
				comparison.setReferencePlan(plan);
			}
		}
		if (!runs.isEmpty()) {
			model.getComparisons().add(comparison);
		}
		return model;
	}

	public static void save(Study model, Path folder, ProgressMonitor monitor) throws IOException {
		StudyStore.save(model, folder, monitor);
	}

	/** The anatomy of a saved study only. */
	public static StudySnapshot openAnatomy(Path folder, ProgressMonitor monitor) throws IOException {
		return Snapshots.toSnapshot(StudyStore.load(folder, monitor));
	}

	/**
	 * Opens a saved study and restores its plans: each plan's design is generated again from its
	 * saved regimen, generator and settings, and its saved dose is evaluated with {@code settings}'
	 * constraint set (no optimisation). A plan that cannot be restored (unknown regimen, no dose) is
	 * left out with a warning naming it.
	 */
	public static Opened open(Path folder, PlanPipeline pipeline, WorkflowSettings settings, ProgressMonitor monitor)
			throws IOException {
		Study model = StudyStore.load(folder, monitor);
		StudySnapshot study = Snapshots.toSnapshot(model);
		List<PlanRun> runs = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		RegimenLibrary library = RegimenLibrary.builtIn();
		monitor.begin("Restoring " + model.getPlans().size() + " plans", model.getPlans().size());
		for (Plan plan : model.getPlans()) {
			monitor.checkCanceled();
			monitor.subTask(plan.getName());
			String why = null;
			Optional<org.latticebench.planning.Regimen> regimen = plan.getRegimen() == null ? Optional.empty()
					: library.find(plan.getRegimen().getId());
			Optional<DoseDistribution> dose = plan.getDoses().stream().filter(d -> d.getKind() == DoseKind.PHYSICAL).findFirst();
			if (regimen.isEmpty()) {
				why = "its regimen " + (plan.getRegimen() == null ? "is not recorded" : "'" + plan.getRegimen().getId()
						+ "' is not in the regimen library");
			} else if (dose.isEmpty() || plan.getGeneratorId() == null) {
				why = "it has no saved physical dose or no generator";
			}
			if (why != null) {
				warnings.add("plan '" + plan.getName() + "' was not restored: " + why);
				monitor.worked(1);
				continue;
			}
			Map<String, String> form = new LinkedHashMap<>();
			plan.getGeneratorSettings().forEach(s -> form.put(s.getKey(), s.getValue()));
			PlanRequest request = new PlanRequest(plan.getName(), regimen.get(), Optional.of(plan.getGeneratorId()), form);
			PlanDesign design = pipeline.generate(study, request, settings, monitor);
			FloatVolume doseGy = Snapshots.dose(dose.get());
			String engine = plan.getDoseEngineId() == null ? dose.get().getSource() : plan.getDoseEngineId();
			runs.add(pipeline.evaluate(study, request, design, doseGy, engine, settings, monitor));
			monitor.worked(1);
		}
		monitor.done();
		Optional<String> reference = model.getComparisons().stream().filter(c -> COMPARISON_NAME.equals(c.getName()))
				.map(Comparison::getReferencePlan).filter(p -> p != null).map(Plan::getName).findFirst();
		return new Opened(study, runs, reference, warnings);
	}
}
