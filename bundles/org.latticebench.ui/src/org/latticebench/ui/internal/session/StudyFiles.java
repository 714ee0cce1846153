package org.latticebench.ui.internal.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.model.DoseDistribution;
import org.latticebench.model.DoseKind;
import org.latticebench.model.ModelFactory;
import org.latticebench.model.Plan;
import org.latticebench.model.Regimen;
import org.latticebench.model.Setting;
import org.latticebench.model.Study;
import org.latticebench.model.io.StudyStore;
import org.latticebench.model.snapshot.Snapshots;
import org.latticebench.workflow.PlanRun;

/**
 * Saving and opening studies through the model's {@link StudyStore} (atomic: a killed save leaves
 * the previous study intact). A saved plan keeps its regimen, generator id and full settings
 * form, engine id and physical dose, so it can be recomputed exactly.
 */
public final class StudyFiles {

	private StudyFiles() {
	}

	/** Builds the EMF study (call on the UI thread: the snapshot and runs are immutable). */
	public static Study toModel(StudySnapshot study, List<PlanRun> runs) {
		Study model = Snapshots.fromSnapshot(study);
		ModelFactory f = ModelFactory.eINSTANCE;
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
			plan.setDoseEngineId(run.engineId());
			DoseDistribution dose = f.createDoseDistribution();
			dose.setKind(DoseKind.PHYSICAL);
			dose.setSource(run.engineId());
			dose.setGrid(Snapshots.voxelGrid(run.doseGy().grid()));
			dose.setDoseGy(org.latticebench.model.data.BulkArray.copyOf(run.doseGy().values()));
			plan.getDoses().add(dose);
			model.getPlans().add(plan);
		}
		return model;
	}

	public static void save(Study model, Path folder, ProgressMonitor monitor) throws IOException {
		StudyStore.save(model, folder, monitor);
	}

	/** The anatomy of a saved study (plans are recomputed from their saved settings by the user). */
	public static StudySnapshot open(Path folder, ProgressMonitor monitor) throws IOException {
		return Snapshots.toSnapshot(StudyStore.load(folder, monitor));
	}
}
