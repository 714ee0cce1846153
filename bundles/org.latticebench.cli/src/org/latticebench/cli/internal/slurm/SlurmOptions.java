package org.latticebench.cli.internal.slurm;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.UsageException;

/**
 * What the SLURM executor was asked for on the command line. Values SLURM itself understands
 * ({@code --time}, {@code --mem}, the pass-through {@code --sbatch-arg}) are handed over as typed,
 * after a syntax check that turns an obvious typo into a usage error before anything is queued.
 *
 * @param maxParallel       the array throttle {@code %K}, 0 for none
 * @param partition         {@code --partition}
 * @param timeLimit         {@code --time} in SLURM's syntax, e.g. {@code 30}, {@code 1:30:00}, {@code 1-00:00:00}
 * @param cpusPerTask       {@code --cpus-per-task}, 0 to leave it to SLURM
 * @param memory            {@code --mem}, e.g. {@code 4G} or {@code 3000} (MB)
 * @param account           {@code --account}
 * @param sbatchArgs        further {@code sbatch} options, one per {@code #SBATCH} line
 * @param retries           resubmissions allowed per task after TIMEOUT, NODE_FAIL, PREEMPTED or OUT_OF_MEMORY
 * @param waitForJob        false for {@code --no-wait}
 * @param cancelOnInterrupt {@code scancel} on Ctrl-C without asking
 * @param pollInterval      time between two {@code squeue}/{@code sacct} polls
 */
public record SlurmOptions(int maxParallel, Optional<String> partition, Optional<String> timeLimit, int cpusPerTask,
		Optional<String> memory, Optional<String> account, List<String> sbatchArgs, int retries, boolean waitForJob,
		boolean cancelOnInterrupt, Duration pollInterval) {

	/** Options taking a value that the {@code batch} command accepts for this executor. */
	public static final Set<String> VALUE_OPTIONS = Set.of("partition", "time", "cpus-per-task", "mem", "account",
			"sbatch-arg", "retries", "poll-seconds");
	/** Flags that the {@code batch} command accepts for this executor. */
	public static final Set<String> FLAG_OPTIONS = Set.of("no-wait", "cancel-on-interrupt");

	/** The default poll period: modest, so a cohort of hundreds of tasks does not load the controller. */
	public static final Duration DEFAULT_POLL = Duration.ofSeconds(15);

	private static final Pattern TIME = Pattern
			.compile("\\d+|\\d+:\\d{1,2}|\\d+:\\d{1,2}:\\d{1,2}|\\d+-\\d+|\\d+-\\d+:\\d{1,2}|\\d+-\\d+:\\d{1,2}:\\d{1,2}");
	private static final Pattern MEMORY = Pattern.compile("(\\d+)([KMGT]?)", Pattern.CASE_INSENSITIVE);

	public SlurmOptions {
		sbatchArgs = List.copyOf(sbatchArgs);
	}

	/** Reads the SLURM options of {@code batch}; {@code maxParallel} comes from the shared option. */
	public static SlurmOptions from(CliArgs args, int maxParallel) {
		String cmd = args.command();
		Optional<String> time = args.value("time");
		time.ifPresent(t -> {
			if (!TIME.matcher(t).matches()) {
				throw new UsageException(cmd + ": --time '" + t
						+ "' is not a SLURM time (minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS)");
			}
		});
		Optional<String> mem = args.value("mem");
		mem.ifPresent(m -> {
			if (!MEMORY.matcher(m).matches()) {
				throw new UsageException(cmd + ": --mem '" + m + "' is not a SLURM memory size (e.g. 4G, 3000M or 3000)");
			}
		});
		int cpus = args.intValue("cpus-per-task", 0);
		if (args.has("cpus-per-task") && cpus < 1) {
			throw new UsageException(cmd + ": --cpus-per-task must be at least 1, got " + cpus);
		}
		int retries = args.intValue("retries", 0);
		if (retries < 0) {
			throw new UsageException(cmd + ": --retries must be 0 or more, got " + retries);
		}
		int pollSeconds = args.intValue("poll-seconds", (int) DEFAULT_POLL.toSeconds());
		if (pollSeconds < 1) {
			throw new UsageException(cmd + ": --poll-seconds must be at least 1, got " + pollSeconds);
		}
		for (String a : args.values("sbatch-arg")) {
			if (!a.startsWith("-") || a.contains("\n") || a.contains("\r")) {
				throw new UsageException(cmd + ": --sbatch-arg '" + a.strip()
						+ "' must be one sbatch option starting with '-', e.g. --sbatch-arg=--qos=long");
			}
		}
		return new SlurmOptions(maxParallel, args.value("partition"), time, cpus, mem, args.value("account"),
				args.values("sbatch-arg"), retries, !args.has("no-wait"), args.has("cancel-on-interrupt"),
				Duration.ofSeconds(pollSeconds));
	}

	/** The memory request in MB (SLURM's default unit), if {@code --mem} was given. */
	public Optional<Long> memoryMb() {
		return memory.map(m -> {
			Matcher x = MEMORY.matcher(m);
			if (!x.matches()) {
				throw new IllegalStateException(m);
			}
			long value = Long.parseLong(x.group(1));
			return switch (x.group(2).toUpperCase(Locale.ROOT)) {
			case "K" -> value / 1024;
			case "G" -> value * 1024;
			case "T" -> value * 1024 * 1024;
			default -> value;
			};
		});
	}
}
