package org.latticebench.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.dose.DoseEngine;
import org.latticebench.dose.PencilBeamEngine;
import org.latticebench.evaluation.ConstraintSetRegistry;
import org.latticebench.optimization.IterationListener;
import org.latticebench.optimization.ObjectiveFactory;
import org.latticebench.optimization.ObjectiveProvider;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.StandardPlanPipeline;
import org.latticebench.workflow.WorkflowSettings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Publishes {@link StandardPlanPipeline} as the {@link PlanPipeline} service, built for each run
 * from the generators, dose engines, objective types and constraint sets registered at that
 * moment, so plug-ins take part: {@link WorkflowSettings#engineId()} chooses among the registered
 * {@link DoseEngine} services, while the registered {@link PencilBeamEngine} builds the
 * dose-influence matrix. Two generators or two engines with one id make every run fail, before
 * anything is computed, with a {@link org.latticebench.evaluation.DuplicateServiceIdException}
 * naming both providers (class, component and bundle): which of the two would be used is not
 * defined, so the pipeline refuses to guess.
 */
@Component(service = PlanPipeline.class, property = { "id=standard", "name=Standard plan pipeline" })
public final class PlanPipelineComponent implements PlanPipeline {

	private final ServiceProviders<PlanGenerator> generators = new ServiceProviders<>("plan generator", PlanGenerator::id);
	private final ServiceProviders<DoseEngine> engines = new ServiceProviders<>("dose engine", DoseEngine::id);
	private final List<ObjectiveProvider> objectiveProviders = new CopyOnWriteArrayList<>();

	/** The built-in engine, for the dose-influence matrix (the {@link DoseEngine} SPI has none). */
	@Reference
	private volatile PencilBeamEngine matrixEngine;

	@Reference
	private volatile ConstraintSetRegistry constraintSets;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	void addGenerator(PlanGenerator generator, Map<String, Object> properties) {
		generators.add(generator, properties);
	}

	void removeGenerator(PlanGenerator generator) {
		generators.remove(generator);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	void addObjectiveProvider(ObjectiveProvider provider) {
		objectiveProviders.add(provider);
	}

	void removeObjectiveProvider(ObjectiveProvider provider) {
		objectiveProviders.remove(provider);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	void addEngine(DoseEngine engine, Map<String, Object> properties) {
		engines.add(engine, properties);
	}

	void removeEngine(DoseEngine engine) {
		engines.remove(engine);
	}

	private StandardPlanPipeline pipeline() {
		ObjectiveFactory factory = objectiveProviders.isEmpty() ? ObjectiveFactory.builtIn()
				: ObjectiveFactory.of(List.copyOf(objectiveProviders));
		return new StandardPlanPipeline(generators.unique(), engines.unique(), matrixEngine, factory, constraintSets);
	}

	@Override
	public PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, ProgressMonitor monitor) {
		return pipeline().run(study, request, settings, monitor);
	}

	@Override
	public PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, IterationListener listener,
			ProgressMonitor monitor) {
		return pipeline().run(study, request, settings, listener, monitor);
	}

	@Override
	public PlanDesign generate(StudySnapshot study, PlanRequest request, WorkflowSettings settings,
			ProgressMonitor monitor) {
		return pipeline().generate(study, request, settings, monitor);
	}

	@Override
	public PlanRun evaluate(StudySnapshot study, PlanRequest request, PlanDesign design, FloatVolume doseGy,
			String engineId, WorkflowSettings settings, ProgressMonitor monitor) {
		return pipeline().evaluate(study, request, design, doseGy, engineId, settings, monitor);
	}

	@Override
	public FloatVolume recompute(StudySnapshot study, PlanRun run, Vec3 shiftMm, WorkflowSettings settings,
			ProgressMonitor monitor) {
		return pipeline().recompute(study, run, shiftMm, settings, monitor);
	}
}
