package org.latticebench.workflow;

import java.util.Map;
import java.util.Optional;

import org.latticebench.planning.Regimen;

/**
 * What to plan: a regimen, optionally a generator other than the regimen's default, and
 * generator settings given as text ({@code key=value}, the form of
 * {@link org.latticebench.planning.SettingsForm}; unknown keys are an error naming the key).
 *
 * @param planName a name unique within a comparison; defaults to the regimen id
 * @since 0.1
 */
public record PlanRequest(String planName, Regimen regimen, Optional<String> generatorId,
		Map<String, String> generatorSettings) {

	public PlanRequest {
		planName = planName == null || planName.isBlank() ? regimen.id() : planName;
		generatorId = generatorId == null ? Optional.empty() : generatorId;
		generatorSettings = Map.copyOf(generatorSettings);
	}

	public static PlanRequest of(Regimen regimen) {
		return new PlanRequest(regimen.id(), regimen, Optional.empty(), Map.of());
	}

	public PlanRequest withSettings(Map<String, String> settings) {
		return new PlanRequest(planName, regimen, generatorId, settings);
	}

	public PlanRequest named(String name) {
		return new PlanRequest(name, regimen, generatorId, generatorSettings);
	}

	/** The generator that will run: the requested one, or the regimen's default. */
	public String effectiveGeneratorId() {
		return generatorId.orElse(regimen.generatorId());
	}
}
