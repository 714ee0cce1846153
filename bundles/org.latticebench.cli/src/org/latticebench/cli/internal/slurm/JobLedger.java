package org.latticebench.cli.internal.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.latticebench.cli.internal.AtomicFiles;

/**
 * {@code slurm/jobs.csv} in the batch folder: every array job submitted for the batch, in order,
 * with the indices it ran. {@code batch collect} reads it to find, for each task, the job that ran
 * it last.
 */
final class JobLedger {

	static final String HEADER = "job_id,array,submitted_utc";

	/** One submission. */
	record Entry(String jobId, String array, Instant submitted) {

		List<Integer> indices() {
			return ArraySpec.parse(array);
		}
	}

	private final Path file;

	JobLedger(Path outDir) {
		this.file = outDir.resolve("slurm").resolve("jobs.csv");
	}

	Path file() {
		return file;
	}

	List<Entry> read() throws IOException {
		List<Entry> entries = new ArrayList<>();
		if (!Files.exists(file)) {
			return entries;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			// the array spec holds commas, so it is the quoted middle cell
			int first = line.indexOf(',');
			int last = line.lastIndexOf(',');
			if (first < 0 || last <= first) {
				throw new IOException(file + " line " + (i + 1) + ": expected " + HEADER + ", got '" + line + "'");
			}
			String array = line.substring(first + 1, last).replace("\"", "");
			entries.add(new Entry(line.substring(0, first), array, Instant.parse(line.substring(last + 1))));
		}
		return entries;
	}

	void append(Entry entry) throws IOException {
		StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
		List<Entry> all = read();
		all.add(entry);
		for (Entry e : all) {
			sb.append(e.jobId()).append(",\"").append(e.array()).append("\",").append(e.submitted()).append("\r\n");
		}
		AtomicFiles.writeString(file, sb.toString());
	}

	/** For each task index, the job that ran it last (later submissions win). */
	Map<Integer, String> latestJobPerIndex() throws IOException {
		Map<Integer, String> latest = new LinkedHashMap<>();
		for (Entry e : read()) {
			for (int i : e.indices()) {
				latest.put(i, e.jobId());
			}
		}
		return latest;
	}
}
