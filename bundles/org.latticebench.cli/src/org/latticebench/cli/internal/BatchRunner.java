package org.latticebench.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.latticebench.cli.CliContext;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.report.InputHash;
import org.latticebench.workflow.WorkflowSettings;

/**
 * Runs batch tasks: each into its own folder ({@link TaskFolders}), up to a number at a time,
 * skipping finished ones, with a progress line (tasks done / total, ETA). A failing task is
 * recorded and the others go on.
 */
final class BatchRunner {

	/** A task that failed, with its one-line error. */
	record Failure(TaskList.Task task, Path folder, String error) {
	}

	/** What a run did. */
	record Outcome(int total, int skipped, int ran, List<Failure> failures, double seconds) {
	}

	private final CliContext context;
	private final ComparisonJob.PipelineFactory pipelines;
	private final ComparisonJob.StudyLoader studies;
	private final Map<String, StudySnapshot> studyCache = new ConcurrentHashMap<>();
	private final Map<String, List<InputHash>> hashCache = new ConcurrentHashMap<>();

	BatchRunner(CliContext context, ComparisonJob.PipelineFactory pipelines, ComparisonJob.StudyLoader studies) {
		this.context = context;
		this.pipelines = pipelines;
		this.studies = studies;
	}

	/** Runs one task into its folder (marker last); returns false when it was already complete. */
	boolean runOne(TaskList.Task task, Path batchOut, int threadsPerTask, List<String> command, PrintStream log)
			throws IOException {
		ComparisonSpec spec = task.spec();
		Path folder = TaskFolders.folder(batchOut, spec);
		if (TaskFolders.isComplete(folder, spec)) {
			return false;
		}
		WorkflowSettings defaults = WorkflowSettings.defaults().withThreads(threadsPerTask);
		WorkflowSettings settings = spec.workflow(defaults, "task " + task.line());
		StudySnapshot study = study(spec.study());
		List<InputHash> inputs = hashCache.get(spec.study());
		TaskFolders.writeWhole(folder, TaskFolders.hash(spec), dir -> ComparisonJob.run(spec, task.requests(), settings,
				pipelines.pipeline(context), study, inputs, command, dir, log, ProgressMonitor.NULL));
		return true;
	}

	private StudySnapshot study(String spec) throws IOException {
		StudySnapshot s = studyCache.get(spec);
		if (s == null) {
			synchronized (studyCache) {
				s = studyCache.get(spec);
				if (s == null) {
					s = studies.load(spec, context, ProgressMonitor.NULL);
					hashCache.put(spec, ComparisonJob.inputHashes(spec, s));
					studyCache.put(spec, s);
				}
			}
		}
		return s;
	}

	Outcome runAll(List<TaskList.Task> tasks, Path batchOut, int maxParallel, List<String> command, PrintStream progress)
			throws InterruptedException {
		long start = System.nanoTime();
		List<TaskList.Task> pending = new ArrayList<>();
		for (TaskList.Task t : tasks) {
			if (!TaskFolders.isComplete(TaskFolders.folder(batchOut, t.spec()), t.spec())) {
				pending.add(t);
			}
		}
		int skipped = tasks.size() - pending.size();
		int threadsPerTask = Math.max(1, Runtime.getRuntime().availableProcessors() / maxParallel);
		Progress bar = new Progress(progress, tasks.size(), skipped, pending.size(), System.console() != null);
		bar.show();
		List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		ExecutorService pool = Executors.newFixedThreadPool(maxParallel);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (TaskList.Task t : pending) {
				futures.add(pool.submit(() -> {
					Path folder = TaskFolders.folder(batchOut, t.spec());
					bar.started();
					try {
						runOne(t, batchOut, threadsPerTask, command, quiet);
						bar.finished(true, t, folder, null);
					} catch (Exception | OutOfMemoryError | StackOverflowError e) {
						String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
						failures.add(new Failure(t, folder, message.replace('\n', ' ')));
						bar.finished(false, t, folder, message);
					}
				}));
			}
			for (Future<?> f : futures) {
				try {
					f.get();
				} catch (java.util.concurrent.ExecutionException e) {
					throw new IllegalStateException("a batch worker failed outside its task", e.getCause());
				}
			}
		} finally {
			pool.shutdownNow();
			pool.awaitTermination(10, TimeUnit.SECONDS);
		}
		bar.end();
		List<Failure> ordered = new ArrayList<>(failures);
		ordered.sort((a, b) -> Integer.compare(a.task().index(), b.task().index()));
		return new Outcome(tasks.size(), skipped, pending.size(), ordered, (System.nanoTime() - start) / 1e9);
	}

	/** The terminal progress line: redrawn in place on a terminal, one line per event otherwise. */
	static final class Progress {
		private final PrintStream out;
		private final int total;
		private final int skipped;
		private final int toRun;
		private final boolean terminal;
		private final long start = System.nanoTime();
		private int done;
		private int failed;
		private int running;

		Progress(PrintStream out, int total, int skipped, int toRun, boolean terminal) {
			this.out = out;
			this.total = total;
			this.skipped = skipped;
			this.toRun = toRun;
			this.terminal = terminal;
		}

		synchronized void show() {
			out.print((terminal ? "\r" : "") + line() + (terminal ? "" : "\n"));
			out.flush();
		}

		synchronized void started() {
			running++;
			if (terminal) {
				show();
			}
		}

		synchronized void finished(boolean ok, TaskList.Task t, Path folder, String error) {
			running--;
			if (ok) {
				done++;
			} else {
				failed++;
			}
			String event = (ok ? "done " : "FAILED ") + t.spec().caseId() + " " + String.join("+", t.spec().regimenIds())
					+ " (line " + t.line() + ") -> " + folder.getFileName() + (ok ? "" : ": " + error);
			if (terminal) {
				out.print("\r\033[2K" + event + "\n");
			} else {
				out.println(event);
			}
			show();
		}

		synchronized void end() {
			if (terminal) {
				out.println();
			}
		}

		/** E.g. {@code batch: 3/6 done (1 skipped, 0 failed), 2 running, elapsed 1m05s, ETA 2m10s}. */
		synchronized String line() {
			double elapsed = (System.nanoTime() - start) / 1e9;
			int finished = done + failed;
			String eta = finished == 0 ? "ETA --" : "ETA " + duration(elapsed / finished * (toRun - finished));
			return String.format(Locale.ROOT, "batch: %d/%d done (%d skipped, %d failed), %d running, elapsed %s, %s",
					skipped + done, total, skipped, failed, running, duration(elapsed), eta);
		}

		static String duration(double seconds) {
			long s = Math.round(seconds);
			return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
					: String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
		}
	}
}
