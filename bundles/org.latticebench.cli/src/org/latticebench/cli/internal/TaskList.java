package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.workflow.PlanRequest;

/**
 * A batch's tasks.csv: a header {@code case,study,regimen[,settings]}, then one task per row;
 * settings as {@code key=value;key=value} (the keys of {@code compare --set}). Blank lines and
 * lines starting with {@code #} are skipped. Every row is checked before anything runs: the
 * column count, the study (phantom or an existing folder), the regimen id, the settings, and
 * that no task repeats another. Any problem is a usage error naming the file and line.
 */
final class TaskList {

	static final List<String> HEADER = List.of("case", "study", "regimen", "settings");

	/** One row: its position among the tasks (0-based), its line in the file, what it computes. */
	record Task(int index, int line, ComparisonSpec spec, List<PlanRequest> requests) {
	}

	private TaskList() {
	}

	/**
	 * @param common settings given on the command line, applied to every row (a row's own value wins)
	 */
	static List<Task> load(Path file, Map<String, String> common, Optional<String> constraints, CliContext context) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		} catch (MalformedInputException e) {
			throw new UsageException(file + ": not UTF-8 text");
		} catch (IOException e) {
			throw new UsageException(file + ": cannot read the task list (" + e.getMessage() + ")");
		}
		List<Task> tasks = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		boolean header = false;
		for (int n = 0; n < lines.size(); n++) {
			String raw = n == 0 ? stripBom(lines.get(n)) : lines.get(n);
			String where = file.getFileName() + " line " + (n + 1);
			if (raw.isBlank() || raw.startsWith("#")) {
				continue;
			}
			List<String> cells;
			try {
				cells = Csv.parseLine(raw).stream().map(String::trim).toList();
			} catch (IllegalArgumentException e) {
				throw new UsageException(where + ": " + e.getMessage());
			}
			if (!header) {
				List<String> names = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
				if (!names.equals(HEADER.subList(0, 3)) && !names.equals(HEADER)) {
					throw new UsageException(where + ": expected the header case,study,regimen[,settings], got " + raw);
				}
				header = true;
				continue;
			}
			if (cells.size() < 3 || cells.size() > 4) {
				throw new UsageException(where + ": expected 3 or 4 cells (case,study,regimen[,settings]), got " + cells.size());
			}
			for (int c = 0; c < 3; c++) {
				if (cells.get(c).isEmpty()) {
					throw new UsageException(where + ": the " + HEADER.get(c) + " cell is empty");
				}
			}
			StudySources.check(cells.get(1), where + ": study");
			Map<String, String> settings = new LinkedHashMap<>(common);
			if (cells.size() == 4) {
				settings.putAll(ComparisonSpec.parseSettingsCell(cells.get(3), where));
			}
			ComparisonSpec spec = new ComparisonSpec(cells.get(0), cells.get(1), List.of(cells.get(2)), settings, constraints);
			List<PlanRequest> requests = spec.validate(where, RegimenLibrary.builtIn(), ComparisonJob.generators(context),
					ComparisonJob.constraintSets(context));
			spec.workflow(org.latticebench.workflow.WorkflowSettings.defaults(), where);
			Integer earlier = seen.putIfAbsent(TaskFolders.hash(spec), n + 1);
			if (earlier != null) {
				throw new UsageException(where + ": the same task as line " + earlier);
			}
			tasks.add(new Task(tasks.size(), n + 1, spec, requests));
		}
		if (!header) {
			throw new UsageException(file.getFileName() + ": empty; expected the header case,study,regimen[,settings]");
		}
		if (tasks.isEmpty()) {
			throw new UsageException(file.getFileName() + ": no tasks after the header");
		}
		return tasks;
	}

	private static String stripBom(String s) {
		return s.startsWith("\uFEFF") ? s.substring(1) : s;
	}
}
