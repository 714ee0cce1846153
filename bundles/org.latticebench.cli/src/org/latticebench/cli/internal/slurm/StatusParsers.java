package org.latticebench.cli.internal.slurm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of {@code sacct} and {@code scontrol show job} into {@link TaskStatus}es.
 * Pending elements of an array appear collapsed ({@code 123_[2-5%2]}, {@code ArrayTaskId=2-5%2})
 * and are expanded to one status each.
 */
final class StatusParsers {

	/** The sacct call whose output {@link #sacct} reads. */
	static final List<String> SACCT_FORMAT = List.of("--noheader", "--parsable2", "--allocations",
			"--format=JobID,State,ExitCode,Elapsed");

	private static final Pattern ARRAY_ID = Pattern.compile("(\\d+)_(\\[?[0-9,\\-%:\\]]+)");

	private StatusParsers() {
	}

	/**
	 * Reads {@code sacct -j <job> --noheader --parsable2 --allocations --format=JobID,State,ExitCode,Elapsed}.
	 * Rows of other jobs (a resubmission is a new job) and of job steps are ignored.
	 */
	static List<TaskStatus> sacct(String text, String arrayJobId) {
		List<TaskStatus> out = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\\|", -1);
			if (f.length < 3) {
				continue;
			}
			Matcher m = ARRAY_ID.matcher(f[0].strip());
			if (!m.matches() || !m.group(1).equals(arrayJobId)) {
				continue;
			}
			Optional<Duration> elapsed = f.length > 3 ? parseDuration(f[3]) : Optional.empty();
			for (int index : ArraySpec.parse(m.group(2))) {
				out.add(new TaskStatus(index, arrayJobId + "_" + index, f[1], f[2], elapsed));
			}
		}
		return out;
	}

	/**
	 * Reads {@code scontrol --oneliner show job <job>}: one line per element (pending ones
	 * collapsed into one line), {@code Key=Value} fields separated by spaces.
	 */
	static List<TaskStatus> scontrol(String text, String arrayJobId) {
		List<TaskStatus> out = new ArrayList<>();
		for (String line : text.split("\\R")) {
			Optional<String> array = field(line, "ArrayJobId");
			Optional<String> task = field(line, "ArrayTaskId");
			if (array.isEmpty() || task.isEmpty() || !array.get().equals(arrayJobId)) {
				continue;
			}
			String state = field(line, "JobState").orElse("UNKNOWN");
			String exit = field(line, "ExitCode").orElse("");
			Optional<Duration> elapsed = field(line, "RunTime").flatMap(StatusParsers::parseDuration);
			for (int index : ArraySpec.parse(task.get())) {
				out.add(new TaskStatus(index, arrayJobId + "_" + index, state, exit, elapsed));
			}
		}
		return out;
	}

	private static Optional<String> field(String line, String key) {
		Matcher m = Pattern.compile("(?:^|\\s)" + key + "=(\\S*)").matcher(line);
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** SLURM's elapsed time: {@code MM:SS}, {@code HH:MM:SS} or {@code D-HH:MM:SS}. */
	static Optional<Duration> parseDuration(String text) {
		String s = text.strip();
		if (!s.matches("(\\d+-)?\\d+(:\\d+){1,2}")) {
			return Optional.empty();
		}
		long days = 0;
		int dash = s.indexOf('-');
		if (dash >= 0) {
			days = Long.parseLong(s.substring(0, dash));
			s = s.substring(dash + 1);
		}
		String[] p = s.split(":");
		long seconds = 0;
		for (String part : p) {
			seconds = seconds * 60 + Long.parseLong(part);
		}
		if (p.length == 2 && dash >= 0) {
			seconds *= 60; // D-HH:MM
		}
		return Optional.of(Duration.ofSeconds(days * 86400 + seconds));
	}
}
