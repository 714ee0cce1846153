package org.latticebench.ui.internal.session;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.latticebench.evaluation.gamma.GammaResult;
import org.latticebench.workflow.PlanRobustness;
import org.latticebench.workflow.PlanRun;

/**
 * What the comparison computed on demand beside the plans: gamma comparisons of plan pairs and
 * robustness results per plan. Results belong to the {@link PlanRun} objects they were computed
 * from, so a recomputed or removed plan drops them ({@link #retain}). Not saved with the study.
 * Views listen to it; jobs publish into it on the UI thread. One per workbench.
 */
public final class AnalysisResults {

	public interface Listener {
		void analysisChanged(AnalysisResults results);
	}

	/**
	 * One criterion of a gamma comparison.
	 *
	 * @param reference the reference plan (gamma is on its dose grid)
	 * @param evaluated the evaluated plan
	 */
	public record Gamma(PlanRun reference, PlanRun evaluated, GammaResult result) {

		/** e.g. {@code sbrt-50-5 vs lattice-sfrt 3%/3mm global}: evaluated first, as the table shows it. */
		public String label() {
			return evaluated.planName() + " vs " + reference.planName() + " " + criterionLabel();
		}

		/** e.g. {@code 3%/3mm global, 10 %}. */
		public String criterionLabel() {
			return result.criterion().label() + " " + result.normalisation() + ", threshold "
					+ String.format(Locale.ROOT, "%.0f %%", result.thresholdPct());
		}

		/** Identity: two computations are two results, and comparing doses voxel by voxel would be slow. */
		@Override
		public boolean equals(Object o) {
			return this == o;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

		boolean sameComparison(Gamma o) {
			return o.reference == reference && o.evaluated == evaluated && o.result.criterion().equals(result.criterion())
					&& o.result.local() == result.local() && o.result.thresholdPct() == result.thresholdPct();
		}
	}

	private static final AnalysisResults INSTANCE = new AnalysisResults();

	private final List<Gamma> gammas = new ArrayList<>();
	private final Map<PlanRun, PlanRobustness.Result> robustness = new IdentityHashMap<>();
	private String robustnessLabel = "";
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	public static AnalysisResults get() {
		return INSTANCE;
	}

	/** Gamma comparisons, oldest first. */
	public List<Gamma> gammas() {
		return List.copyOf(gammas);
	}

	/** Adds comparisons; one of the same plans, criterion, normalisation and threshold is replaced. */
	public void addGammas(List<Gamma> added) {
		for (Gamma g : added) {
			gammas.removeIf(g::sameComparison);
			gammas.add(g);
		}
		fire();
	}

	/** The robustness result of this plan run, if evaluated. */
	public Optional<PlanRobustness.Result> robustness(PlanRun run) {
		return Optional.ofNullable(robustness.get(run));
	}

	/** How the robustness results were made, e.g. {@code ±3 mm, 6 shifts, static}; empty when there are none. */
	public String robustnessLabel() {
		return robustness.isEmpty() ? "" : robustnessLabel;
	}

	/** Replaces all robustness results (one evaluation covers the plans it was run on). */
	public void setRobustness(Map<PlanRun, PlanRobustness.Result> results, String label) {
		robustness.clear();
		robustness.putAll(results);
		robustnessLabel = label;
		fire();
	}

	/** Forgets results of plan runs that are no longer in the session (no event: the session already fired one). */
	public void retain(List<PlanRun> runs) {
		gammas.removeIf(g -> !contains(runs, g.reference()) || !contains(runs, g.evaluated()));
		robustness.keySet().removeIf(r -> !contains(runs, r));
	}

	/** Forgets everything. */
	public void clear() {
		gammas.clear();
		robustness.clear();
		fire();
	}

	private static boolean contains(List<PlanRun> runs, PlanRun run) {
		return runs.stream().anyMatch(r -> r == run);
	}

	public void addListener(Listener l) {
		listeners.add(l);
	}

	public void removeListener(Listener l) {
		listeners.remove(l);
	}

	private void fire() {
		listeners.forEach(l -> l.analysisChanged(this));
	}
}
