package org.latticebench.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;

/**
 * The DVHs of one plan's structures: the input to constraint checks and plan comparison.
 *
 * @param planName      display name of the plan
 * @param structures    one metric input per evaluated structure
 * @param notEvaluated  structures that were skipped, with the reason (e.g. empty mask)
 * @since 0.1
 */
public record PlanEvaluation(String planName, List<MetricInput> structures, Map<String, String> notEvaluated) {

	public PlanEvaluation {
		Objects.requireNonNull(planName, "planName");
		structures = List.copyOf(structures);
		notEvaluated = Map.copyOf(notEvaluated);
	}

	/**
	 * Computes the DVH of every structure that has a mask.
	 *
	 * @param prescriptionsGy total prescription dose by structure name (targets only; may be empty)
	 */
	public static PlanEvaluation compute(String planName, FloatVolume doseGy, List<StructureSnapshot> structures,
			Map<String, Double> prescriptionsGy, DvhSettings settings, ProgressMonitor monitor) {
		List<MetricInput> inputs = new ArrayList<>();
		Map<String, String> skipped = new LinkedHashMap<>();
		monitor.begin("Evaluating " + planName, structures.size());
		for (StructureSnapshot s : structures) {
			monitor.checkCanceled();
			monitor.subTask(s.name());
			if (s.mask().isEmpty()) {
				skipped.put(s.name(), "no voxel mask");
			} else if (s.mask().get().isEmpty()) {
				skipped.put(s.name(), "empty structure (0 cc)");
			} else {
				try {
					Dvh dvh = DvhCalculator.compute(doseGy, s.mask().get(), settings, ProgressMonitor.NULL);
					Double rx = prescriptionsGy.get(s.name());
					inputs.add(new MetricInput(s.name(), dvh, doseGy, s.mask().get(),
							rx == null ? OptionalDouble.empty() : OptionalDouble.of(rx)));
				} catch (InvalidInputException e) {
					skipped.put(s.name(), e.getMessage());
				}
			}
			monitor.worked(1);
		}
		monitor.done();
		return new PlanEvaluation(planName, inputs, skipped);
	}

	/** The structure with exactly this name. */
	public Optional<MetricInput> structure(String name) {
		return structures.stream().filter(s -> s.structureName().equals(name)).findFirst();
	}

	/** Every structure whose normalised name equals that of one of the aliases, in structure order. */
	public List<MetricInput> matching(List<String> aliases) {
		List<String> keys = aliases.stream().map(StructureAliases::normalise).toList();
		return structures.stream().filter(s -> keys.contains(StructureAliases.normalise(s.structureName()))).toList();
	}
}
