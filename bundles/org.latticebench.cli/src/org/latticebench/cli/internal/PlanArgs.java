package org.latticebench.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.core.InvalidInputException;
import org.latticebench.dose.DoseEngine;
import org.latticebench.dose.PencilBeamEngine;
import org.latticebench.planning.Regimen;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.StandardPlanPipeline;
import org.latticebench.workflow.WorkflowSettings;

/**
 * What the {@code plan}, {@code dose} and {@code optimize} commands share: the regimen or saved
 * plan, the {@code --set key=value} generator settings, the workflow settings and the pipeline.
 * A saved plan is a folder written by {@code plan --out} ({@value #SAVED_PLAN_FILE}: the regimen
 * and the full settings form), so {@code dose --plan <dir>} recomputes exactly that plan.
 */
final class PlanArgs {

	static final String SAVED_PLAN_FILE = "plan-settings.properties";
	static final String REGIMEN_KEY = "regimen", GENERATOR_KEY = "generator", SETTING_PREFIX = "setting.";

	private PlanArgs() {
	}

	/** A built-in regimen by id, or a usage error listing the valid ids. */
	static Regimen regimen(String command, String id) {
		return RegimenLibrary.builtIn().find(id).orElseThrow(() -> new UsageException(command + ": unknown regimen '" + id
				+ "'; valid ids: " + String.join(", ", RegimenLibrary.builtIn().ids())));
	}

	/** {@code --set key=value} options as a map; a malformed one is a usage error. */
	static Map<String, String> settings(CliArgs a) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String kv : a.values("set")) {
			int eq = kv.indexOf('=');
			if (eq <= 0) {
				throw new UsageException(a.command() + ": --set expects key=value, got '" + kv + "'");
			}
			form.put(kv.substring(0, eq).trim(), kv.substring(eq + 1));
		}
		return form;
	}

	/**
	 * The request of {@code --plan}: a regimen id, or a saved plan folder whose settings the
	 * {@code --set} options override.
	 */
	static PlanRequest request(CliArgs a, String option) throws IOException {
		String plan = a.required(option);
		Map<String, String> overrides = settings(a);
		Path saved = Path.of(plan).resolve(SAVED_PLAN_FILE);
		if (Files.isRegularFile(saved)) {
			Properties p = new Properties();
			try (Reader r = Files.newBufferedReader(saved, StandardCharsets.UTF_8)) {
				p.load(r);
			}
			String regimenId = Optional.ofNullable(p.getProperty(REGIMEN_KEY)).orElseThrow(() -> new InvalidInputException(
					saved.toString(), REGIMEN_KEY, "a saved plan must name its regimen"));
			Map<String, String> form = new LinkedHashMap<>();
			for (String key : new TreeMap<>(p).keySet().stream().map(String::valueOf).toList()) {
				if (key.startsWith(SETTING_PREFIX)) {
					form.put(key.substring(SETTING_PREFIX.length()), p.getProperty(key));
				}
			}
			form.putAll(overrides);
			Regimen regimen = regimen(a.command(), regimenId);
			return new PlanRequest(regimenId, regimen, Optional.ofNullable(p.getProperty(GENERATOR_KEY)), form);
		}
		if (plan.contains("/") || Files.isDirectory(Path.of(plan))) {
			throw new UsageException(a.command() + ": --" + option + " " + plan + ": no " + SAVED_PLAN_FILE
					+ " there, and not a regimen id; valid ids: " + String.join(", ", RegimenLibrary.builtIn().ids()));
		}
		return PlanRequest.of(regimen(a.command(), plan)).withSettings(overrides);
	}

	/** The saved-plan file for a design's regimen, generator and full settings form. */
	static String savedPlan(String regimenId, String generatorId, Map<String, String> form) {
		StringBuilder sb = new StringBuilder("# Lattice Bench saved plan: regimen, generator and every generator setting\n");
		sb.append(REGIMEN_KEY).append('=').append(escape(regimenId)).append('\n');
		sb.append(GENERATOR_KEY).append('=').append(escape(generatorId)).append('\n');
		form.forEach((k, v) -> sb.append(SETTING_PREFIX).append(k).append('=').append(escape(v)).append('\n'));
		return sb.toString();
	}

	private static String escape(String v) {
		return v.replace("\\", "\\\\").replace("\n", "\\n");
	}

	/**
	 * Workflow settings from {@code --dose-grid-mm}, {@code --threads}, {@code --max-iterations},
	 * {@code --beamlet-mm}, {@code --constraints} (the name compare, batch and robustness use;
	 * {@code --constraint-set} is kept as an alias) and {@code --engine}; an engine id that no
	 * registered engine has is a usage error listing the ids, before the study is loaded.
	 */
	static WorkflowSettings workflow(CliArgs a, double defaultGridMm, CliContext context) {
		WorkflowSettings d = WorkflowSettings.defaults();
		WorkflowSettings settings;
		try {
			settings = new WorkflowSettings(a.doubleValue("dose-grid-mm", defaultGridMm), a.intValue("threads", d.threads()),
					a.intValue("max-iterations", d.maxIterations()), constraintSet(a), d.seed(),
					a.doubleValue("beamlet-mm", d.beamletSizeMm()), a.value("engine").orElse(d.engineId()));
		} catch (InvalidInputException e) {
			throw new UsageException(a.command() + ": " + e.getMessage());
		}
		requireEngine(a.command() + ": --engine", settings.engineId(), context);
		return settings;
	}

	private static java.util.Optional<String> constraintSet(CliArgs a) {
		java.util.Optional<String> name = a.value("constraints"), alias = a.value("constraint-set");
		if (name.isPresent() && alias.isPresent() && !name.equals(alias)) {
			throw new UsageException(a.command() + ": --constraints " + name.get() + " and --constraint-set "
					+ alias.get() + " disagree; give one");
		}
		return name.or(() -> alias);
	}

	/** Options the computing commands take besides {@code --study}, {@code --plan}, {@code --set}, {@code --out}. */
	static final List<String> WORKFLOW_OPTIONS = List.of("dose-grid-mm", "threads", "max-iterations", "beamlet-mm",
			"constraints", "constraint-set", "engine");

	/** Ids of the registered dose engines, sorted; the built-in pencil beam's alone when none is registered. */
	static List<String> engineIds(CliContext context) {
		List<DoseEngine> engines = context.services(DoseEngine.class);
		return engines.isEmpty() ? List.of(PencilBeamEngine.ID) : engines.stream().map(DoseEngine::id).sorted().toList();
	}

	/** A usage error naming {@code where} and the registered ids unless an engine has {@code id}. */
	static void requireEngine(String where, String id, CliContext context) {
		List<String> ids = engineIds(context);
		if (!ids.contains(id)) {
			throw new UsageException(where + ": unknown dose engine '" + id + "'; registered: " + String.join(", ", ids));
		}
	}

	/** The registered pipeline, or the standard one with the built-ins. */
	static PlanPipeline pipeline(CliContext context) {
		List<PlanPipeline> registered = context.services(PlanPipeline.class);
		return registered.isEmpty() ? new StandardPlanPipeline() : registered.get(0);
	}

	/**
	 * A bad {@code --set} key or value is a usage error, and so is an engine id the pipeline does not
	 * know (an engine that went away after the check); other bad input stays a failed run.
	 */
	static RuntimeException settingsError(CliArgs a, Map<String, String> form, InvalidInputException e) {
		if (e.attribute().isPresent() && form.containsKey(e.attribute().get())) {
			return new UsageException(a.command() + ": --set " + e.getMessage());
		}
		if (e.attribute().filter("engineId"::equals).isPresent() && e.getMessage().contains("no dose engine")) {
			return new UsageException(a.command() + ": --engine: " + e.getMessage());
		}
		return e;
	}
}
