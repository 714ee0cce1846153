package org.latticebench.workflow.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
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
 * from the generators, objective types and constraint sets registered at that moment, so plug-ins
 * take part.
 */
@Component(service = PlanPipeline.class, property = { "id=standard", "name=Standard plan pipeline" })
public final class PlanPipelineComponent implements PlanPipeline {

	private final List<PlanGenerator> generators = new CopyOnWriteArrayList<>();
	private final List<ObjectiveProvider> objectiveProviders = new CopyOnWriteArrayList<>();

	@Reference
	private volatile PencilBeamEngine engine;

	@Reference
	private volatile ConstraintSetRegistry constraintSets;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	void addGenerator(PlanGenerator generator) {
		generators.add(generator);
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

	private StandardPlanPipeline pipeline() {
		ObjectiveFactory factory = objectiveProviders.isEmpty() ? ObjectiveFactory.builtIn()
				: ObjectiveFactory.of(List.copyOf(objectiveProviders));
		return new StandardPlanPipeline(List.copyOf(generators), engine, factory, constraintSets);
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
	public FloatVolume recompute(StudySnapshot study, PlanRun run, Vec3 shiftMm, WorkflowSettings settings,
			ProgressMonitor monitor) {
		return pipeline().recompute(study, run, shiftMm, settings, monitor);
	}
}
