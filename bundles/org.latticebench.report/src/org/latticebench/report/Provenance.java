package org.latticebench.report;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.latticebench.workflow.ComparisonRun;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;

/**
 * What produced a comparison, so that a figure in a paper can be reproduced: the software
 * (version, git revision), the machine, the command, the study inputs with their SHA-256, the
 * workflow settings, and per plan the regimen, the generator and engine ids with the full
 * generator settings and the seeds.
 *
 * @param createdUtc  when the report was made, ISO-8601 UTC
 * @param command     the command line, argument by argument
 * @param studySpec   what {@code --study} named ({@code phantom} or a folder)
 * @param inputs      the study inputs' hashes
 * @param machine     host, OS, architecture, processors, Java runtime, memory
 * @param workflow    the workflow settings (dose grid, threads, iterations, constraint set, seed)
 * @param plans       per plan: regimen, generator, engine, settings, seeds and the pipeline's own record
 * @since 0.1
 */
public record Provenance(BuildInfo build, String createdUtc, List<String> command, String caseId, String studySpec,
		List<InputHash> inputs, Map<String, String> machine, Map<String, String> workflow, List<PlanProvenance> plans) {

	/** The record of one plan. */
	public record PlanProvenance(String plan, String regimenId, String generatorId, String engineId,
			Map<String, String> generatorSettings, Map<String, String> seeds, Map<String, String> pipeline) {

		public PlanProvenance {
			generatorSettings = Map.copyOf(generatorSettings);
			seeds = Map.copyOf(seeds);
			pipeline = Map.copyOf(pipeline);
		}
	}

	public Provenance {
		command = List.copyOf(command);
		inputs = List.copyOf(inputs);
		machine = Map.copyOf(machine);
		workflow = Map.copyOf(workflow);
		plans = List.copyOf(plans);
	}

	/** The record of a comparison, taken now on this machine. */
	public static Provenance of(ComparisonRun run, WorkflowSettings settings, BuildInfo build, List<String> command,
			String studySpec, List<InputHash> inputs) {
		List<PlanProvenance> plans = new ArrayList<>();
		for (PlanRun p : run.plans()) {
			Map<String, String> generatorSettings = new TreeMap<>(p.design().settingsForm());
			Map<String, String> seeds = new TreeMap<>();
			seeds.put("workflow.seed", Long.toString(settings.seed()));
			generatorSettings.forEach((k, v) -> {
				if (k.equals("seed") || k.endsWith(".seed")) {
					seeds.put(p.design().generatorId() + "." + k, v);
				}
			});
			plans.add(new PlanProvenance(p.planName(), p.request().regimen().id(), p.design().generatorId(), p.engineId(),
					generatorSettings, seeds, new TreeMap<>(p.provenance())));
		}
		return new Provenance(build, Instant.now().toString(), command, run.caseId(), studySpec, inputs, currentMachine(),
				workflowMap(settings), plans);
	}

	/** The workflow settings as text, in a fixed order. */
	public static Map<String, String> workflowMap(WorkflowSettings s) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("doseGridSpacingMm", Double.toString(s.doseGridSpacingMm()));
		m.put("threads", Integer.toString(s.threads()));
		m.put("maxIterations", Integer.toString(s.maxIterations()));
		m.put("constraintSetId", s.constraintSetId().orElse("AUTO"));
		m.put("seed", Long.toString(s.seed()));
		m.put("beamletSizeMm", Double.toString(s.beamletSizeMm()));
		return m;
	}

	/** The machine this runs on. */
	public static Map<String, String> currentMachine() {
		Map<String, String> m = new LinkedHashMap<>();
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		} catch (java.io.IOException | SecurityException e) {
			host = System.getenv().getOrDefault("HOSTNAME", "unknown");
		}
		m.put("host", host);
		m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		m.put("arch", System.getProperty("os.arch"));
		m.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
		m.put("maxHeapMb", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
		m.put("java", System.getProperty("java.runtime.name", "Java") + " " + System.getProperty("java.runtime.version", "")
				+ " (" + System.getProperty("java.vendor", "") + ")");
		m.put("vm", ManagementFactory.getRuntimeMXBean().getVmName());
		return m;
	}

	/** The record as pretty-printed JSON (the {@code provenance.json} file). */
	public String toJson() {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("generator", "Lattice Bench");
		root.put("version", build.version());
		root.put("gitRevision", build.gitRevision());
		root.put("gitDirty", build.gitDirty());
		root.put("createdUtc", createdUtc);
		root.put("command", command);
		root.put("case", caseId);
		root.put("study", studySpec);
		List<Object> in = new ArrayList<>();
		for (InputHash h : inputs) {
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("name", h.name());
			e.put("sha256", h.sha256());
			e.put("bytes", h.bytes());
			in.add(e);
		}
		root.put("inputs", in);
		root.put("machine", machine);
		root.put("workflow", new TreeMap<>(workflow));
		List<Object> ps = new ArrayList<>();
		for (PlanProvenance p : plans) {
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("plan", p.plan());
			e.put("regimen", p.regimenId());
			e.put("generator", p.generatorId());
			e.put("engine", p.engineId());
			e.put("generatorSettings", new TreeMap<>(p.generatorSettings()));
			e.put("seeds", new TreeMap<>(p.seeds()));
			e.put("pipeline", new TreeMap<>(p.pipeline()));
			ps.add(e);
		}
		root.put("plans", ps);
		return Json.write(root);
	}
}
