package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * summary.csv of a batch: one row per finished task (in tasks.csv order) with its metrics side by
 * side, one column per {@code structure metric (unit)} read from the task's metrics.csv (lattice
 * spheres left out); and failures.csv with the error of each failed task.
 */
final class BatchSummary {

	static final List<String> TASK_COLUMNS = List.of("case", "study", "regimen", "settings", "task_folder");
	static final List<String> FAILURE_COLUMNS = List.of("case", "study", "regimen", "settings", "task_folder", "line", "error");

	private BatchSummary() {
	}

	static String summary(List<TaskList.Task> tasks, Path batchOut) throws IOException {
		Set<String> columns = new LinkedHashSet<>();
		List<List<String>> taskCells = new ArrayList<>();
		List<Map<String, String>> values = new ArrayList<>();
		for (TaskList.Task t : tasks) {
			Path folder = TaskFolders.folder(batchOut, t.spec());
			if (!TaskFolders.isComplete(folder, t.spec())) {
				continue;
			}
			Map<String, String> v = new LinkedHashMap<>();
			List<String> lines = Files.readAllLines(folder.resolve("metrics.csv"));
			for (int i = 1; i < lines.size(); i++) {
				List<String> c = Csv.parseLine(lines.get(i));
				if (c.size() != ReportTables.METRIC_COLUMNS.size() || c.get(2).startsWith("sphere_")) {
					continue;
				}
				String column = c.get(2) + " " + c.get(3) + " (" + c.get(5) + ")";
				columns.add(column);
				v.put(column, c.get(4));
			}
			taskCells.add(List.of(t.spec().caseId(), t.spec().study(), String.join("+", t.spec().regimenIds()),
					t.spec().settingsCell(), "tasks/" + folder.getFileName()));
			values.add(v);
		}
		List<String> header = new ArrayList<>(TASK_COLUMNS);
		header.addAll(columns);
		StringBuilder sb = new StringBuilder(Csv.row(header));
		for (int r = 0; r < taskCells.size(); r++) {
			List<String> row = new ArrayList<>(taskCells.get(r));
			for (String c : columns) {
				row.add(values.get(r).getOrDefault(c, ""));
			}
			sb.append(Csv.row(row));
		}
		return sb.toString();
	}

	static String failures(List<BatchRunner.Failure> failures) {
		StringBuilder sb = new StringBuilder(Csv.row(FAILURE_COLUMNS));
		for (BatchRunner.Failure f : failures) {
			sb.append(Csv.row(List.of(f.task().spec().caseId(), f.task().spec().study(),
					String.join("+", f.task().spec().regimenIds()), f.task().spec().settingsCell(),
					"tasks/" + f.folder().getFileName(), Integer.toString(f.task().line()), f.error())));
		}
		return sb.toString();
	}
}
