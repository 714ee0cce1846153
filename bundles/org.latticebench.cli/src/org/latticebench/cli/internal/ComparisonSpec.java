package org.latticebench.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.latticebench.cli.UsageException;
import org.latticebench.core.InvalidInputException;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.latticebench.evaluation.ConstraintSetRegistry;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.planning.Regimen;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.WorkflowSettings;

/**
 * What one comparison computes, as typed on the command line or in a tasks.csv row: a case name,
 * the study, the regimens, settings and the constraint set. Settings are {@code prefix.key=value}:
 * the prefix {@code workflow} sets {@link WorkflowSettings} ({@code doseGridSpacingMm},
 * {@code maxIterations}, {@code seed}, {@code beamletSizeMm}, {@code threads}); any other prefix is
 * a generator id ({@code lattice}, {@code homogeneous}, {@code mixed-dose}) and the key one of its
 * settings, applied to every requested regimen planned by that generator.
 *
 * @param settings prefixed keys to values, in the order given
 */
record ComparisonSpec(String caseId, String study, List<String> regimenIds, Map<String, String> settings,
		Optional<String> constraintSet) {

	static final String WORKFLOW = "workflow";
	/** Workflow keys; {@code threads} changes speed only, so it is not part of a task's identity. */
	static final Set<String> WORKFLOW_KEYS = Set.of("doseGridSpacingMm", "maxIterations", "seed", "beamletSizeMm", "threads");

	ComparisonSpec {
		regimenIds = List.copyOf(regimenIds);
		settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
	}

	/** Parses {@code prefix.key=value}; {@code where} names the source for the error. */
	static Map.Entry<String, String> parseSetting(String text, String where) {
		int eq = text.indexOf('=');
		String key = eq < 0 ? text.trim() : text.substring(0, eq).trim();
		if (eq < 0 || key.indexOf('.') <= 0 || key.endsWith(".")) {
			throw new UsageException(where + ": setting '" + text + "' is not generator.key=value (e.g. lattice.inPlaneSpacingMm=55)");
		}
		return Map.entry(key, text.substring(eq + 1).trim());
	}

	/** Parses {@code key=value;key=value} (empty text gives no settings). */
	static Map<String, String> parseSettingsCell(String cell, String where) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String part : cell.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			Map.Entry<String, String> e = parseSetting(part, where);
			if (out.put(e.getKey(), e.getValue()) != null) {
				throw new UsageException(where + ": setting " + e.getKey() + " is given twice");
			}
		}
		return out;
	}

	/**
	 * Checks everything that can be checked before work starts: regimen ids, settings prefixes and
	 * keys (against the generators' settings records), the constraint set. Errors are usage errors
	 * naming {@code where}.
	 */
	List<PlanRequest> validate(String where, RegimenLibrary library, List<PlanGenerator> generators,
			ConstraintSetRegistry constraintSets) {
		if (regimenIds.isEmpty()) {
			throw new UsageException(where + ": no regimen given");
		}
		Set<String> seen = new HashSet<>();
		List<PlanRequest> requests = new ArrayList<>();
		Set<String> usedPrefixes = new HashSet<>(Set.of(WORKFLOW));
		for (String id : regimenIds) {
			if (!seen.add(id)) {
				throw new UsageException(where + ": regimen " + id + " is given twice");
			}
			Regimen regimen = library.find(id).orElseThrow(() -> new UsageException(
					where + ": unknown regimen id '" + id + "'; valid ids are " + String.join(", ", library.ids())));
			PlanRequest request = PlanRequest.of(regimen).withSettings(generatorSettings(regimen.generatorId()));
			PlanGenerator g = generators.stream().filter(x -> x.id().equals(request.effectiveGeneratorId())).findFirst()
					.orElseThrow(() -> new UsageException(where + ": regimen " + id + " needs generator '"
							+ request.effectiveGeneratorId() + "', which is not installed"));
			try {
				g.settingsFrom(request.generatorSettings());
			} catch (InvalidInputException | IllegalArgumentException e) {
				throw new UsageException(where + ": " + g.id() + " settings: " + e.getMessage());
			}
			usedPrefixes.add(g.id());
			requests.add(request);
		}
		for (String key : settings.keySet()) {
			String prefix = key.substring(0, key.indexOf('.'));
			if (!usedPrefixes.contains(prefix)) {
				throw new UsageException(where + ": setting " + key + ": no requested regimen is planned by generator '"
						+ prefix + "' (prefixes in use: " + String.join(", ", new java.util.TreeSet<>(usedPrefixes)) + ")");
			}
		}
		workflow(WorkflowSettings.defaults(), where);
		constraintSet.ifPresent(id -> {
			if (constraintSets.find(id).isEmpty()) {
				throw new UsageException(where + ": unknown constraint set '" + id + "'; known: "
						+ constraintSets.all().stream().map(ConstraintSetProvider::id).toList());
			}
		});
		return requests;
	}

	/** The settings of one generator, without the prefix. */
	Map<String, String> generatorSettings(String generatorId) {
		Map<String, String> out = new LinkedHashMap<>();
		String prefix = generatorId + ".";
		settings.forEach((k, v) -> {
			if (k.startsWith(prefix)) {
				out.put(k.substring(prefix.length()), v);
			}
		});
		return out;
	}

	/** {@code base} with the {@code workflow.*} settings and the constraint set applied. */
	WorkflowSettings workflow(WorkflowSettings base, String where) {
		WorkflowSettings w = base;
		for (Map.Entry<String, String> e : generatorSettings(WORKFLOW).entrySet()) {
			String key = e.getKey();
			String value = e.getValue();
			try {
				w = switch (key) {
				case "doseGridSpacingMm" -> w.withDoseGridSpacingMm(Double.parseDouble(value));
				case "maxIterations" -> w.withMaxIterations(Integer.parseInt(value));
				case "seed" -> w.withSeed(Long.parseLong(value));
				case "beamletSizeMm" -> w.withBeamletSizeMm(Double.parseDouble(value));
				case "threads" -> w.withThreads(Integer.parseInt(value));
				default -> throw new UsageException(where + ": unknown setting workflow." + key + "; workflow keys are "
						+ new java.util.TreeSet<>(WORKFLOW_KEYS));
				};
			} catch (NumberFormatException e2) {
				throw new UsageException(where + ": workflow." + key + " expects a number, got '" + value + "'");
			} catch (InvalidInputException e2) {
				throw new UsageException(where + ": workflow." + key + ": " + e2.getMessage());
			}
		}
		if (constraintSet.isPresent()) {
			w = w.withConstraintSet(constraintSet.get());
		}
		return w;
	}

	/** Canonical text of everything that changes the results (not the thread count), for task hashes. */
	String identity() {
		StringBuilder sb = new StringBuilder("case=").append(caseId).append('\n');
		sb.append("study=").append(StudySources.PHANTOM.equals(study) ? study : Path.of(study).toAbsolutePath().normalize())
				.append('\n');
		sb.append("regimens=").append(String.join(",", regimenIds)).append('\n');
		new TreeMap<>(settings).forEach((k, v) -> {
			if (!k.equals(WORKFLOW + ".threads")) {
				sb.append(k).append('=').append(v).append('\n');
			}
		});
		sb.append("constraints=").append(constraintSet.orElse("AUTO")).append('\n');
		return sb.toString();
	}

	/** The settings as {@code key=value;key=value}, the form of a tasks.csv cell. */
	String settingsCell() {
		List<String> parts = new ArrayList<>();
		settings.forEach((k, v) -> parts.add(k + "=" + v));
		return String.join(";", parts);
	}
}
