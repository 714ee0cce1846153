package org.latticebench.ui.internal.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.gamma.GammaResult;
import org.latticebench.evaluation.robustness.MetricSpread;
import org.latticebench.ui.internal.session.ComparisonRows.Group;
import org.latticebench.ui.internal.session.ComparisonRows.Row;
import org.latticebench.workflow.PlanRobustness;
import org.latticebench.workflow.PlanRun;

/**
 * The comparison table's rows and cells for on-demand analyses: gamma pass rates (four rows per
 * comparison and criterion, in the evaluated plan's column) and the target metrics under set-up
 * error (one row per metric {@link org.latticebench.evaluation.robustness.StaticRobustness#targetMetrics}
 * returned, the nominal value in each plan's column), and the nominal / worst / range cells of any
 * row for which a plan's robustness result has a spread. Every number comes from the gamma or
 * robustness result.
 */
public final class AnalysisRows {

	/** The worst-case columns of one plan. */
	public enum SpreadColumn {
		NOMINAL("nominal"), WORST("worst"), RANGE("range");

		private final String label;

		SpreadColumn(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private AnalysisRows() {
	}

	/** Pass rate (%), mean, 95th percentile and evaluated voxels of each gamma comparison of these plans. */
	public static List<Row> gammaRows(List<AnalysisResults.Gamma> gammas, List<PlanRun> runs) {
		List<Row> rows = new ArrayList<>();
		for (AnalysisResults.Gamma g : gammas) {
			int column = indexOf(runs, g.evaluated());
			if (column < 0 || indexOf(runs, g.reference()) < 0) {
				continue;
			}
			GammaResult r = g.result();
			String structure = "vs " + g.reference().planName();
			// the quantity first, so that a narrow column still shows what the number is
			String c = r.criterion().label() + " " + r.normalisation() + String.format(java.util.Locale.ROOT, " (≥ %.0f %%)",
					r.thresholdPct());
			rows.add(gammaRow(structure, "γ pass rate " + c, "%", runs.size(), column, r.passRatePct()));
			rows.add(gammaRow(structure, "γ mean " + c, "1", runs.size(), column, r.meanGamma()));
			rows.add(gammaRow(structure, "γ p95 " + c, "1", runs.size(), column, r.gammaP95()));
			rows.add(gammaRow(structure, "γ n evaluated " + c, "voxels", runs.size(), column, r.evaluatedVoxels()));
		}
		return rows;
	}

	private static Row gammaRow(String structure, String metric, String unit, int plans, int column, double value) {
		List<OptionalDouble> values = empties(plans);
		values.set(column, Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value));
		return new Row(Group.GAMMA, structure, metric, unit, values, empties(plans), noConstraints(plans));
	}

	/**
	 * One row per target metric of any plan's robustness result (in the order the metrics come),
	 * the nominal value in each plan's column, deltas against {@code referenceIndex}.
	 */
	public static List<Row> robustnessRows(List<Optional<PlanRobustness.Result>> results, int referenceIndex) {
		Map<String, List<OptionalDouble>> byKey = new LinkedHashMap<>();
		Map<String, String[]> names = new LinkedHashMap<>();
		for (int p = 0; p < results.size(); p++) {
			if (results.get(p).isEmpty()) {
				continue;
			}
			for (MetricSpread s : results.get(p).get().targetSpreads()) {
				String key = s.structure() + "\u0000" + s.metric();
				names.putIfAbsent(key, new String[] { s.structure(), s.metric() });
				byKey.computeIfAbsent(key, k -> empties(results.size())).set(p, OptionalDouble.of(s.nominal()));
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, List<OptionalDouble>> e : byKey.entrySet()) {
			String[] n = names.get(e.getKey());
			String unit = n[1].toLowerCase(java.util.Locale.ROOT).endsWith("_gy") ? "Gy" : "1";
			rows.add(new Row(Group.ROBUSTNESS, n[0], n[1], unit, e.getValue(), deltas(e.getValue(), referenceIndex),
					noConstraints(results.size())));
		}
		return rows;
	}

	/**
	 * The spread behind a row for plan {@code plan}: for a constraint row the constraint's metric of
	 * the structure it was checked on, otherwise the row's structure and metric.
	 */
	public static Optional<MetricSpread> spread(Row row, int plan, Optional<PlanRobustness.Result> result) {
		if (result.isEmpty()) {
			return Optional.empty();
		}
		Optional<ConstraintResult> c = row.constraints().get(plan);
		if (row.group() == Group.CONSTRAINTS) {
			return c.flatMap(r -> r.structure().flatMap(s -> result.get().constraintSpreads().stream()
					.filter(m -> m.structure().equals(s) && m.metric().equals(r.constraint().metric())).findFirst()));
		}
		if (row.group() == Group.ROBUSTNESS) {
			return result.get().targetSpreads().stream()
					.filter(m -> m.structure().equals(row.structure()) && m.metric().equals(row.metric())).findFirst();
		}
		return Optional.empty();
	}

	/** The value of a worst-case column, blank when the row has no spread for that plan. */
	public static OptionalDouble cell(Row row, int plan, Optional<PlanRobustness.Result> result, SpreadColumn column) {
		return spread(row, plan, result).map(s -> OptionalDouble.of(switch (column) {
		case NOMINAL -> s.nominal();
		case WORST -> s.worst();
		case RANGE -> s.range();
		})).orElse(OptionalDouble.empty());
	}

	/** The header of a plan's worst-case column, e.g. {@code sbrt-50-5 nominal/worst/range}. */
	public static String spreadHeader(String plan) {
		return plan + " " + SpreadColumn.NOMINAL.label() + "/" + SpreadColumn.WORST.label() + "/"
				+ SpreadColumn.RANGE.label();
	}

	/** A worst-case cell: {@code nominal / worst / range} as the table formats numbers, blank without a spread. */
	public static String spreadText(Row row, int plan, Optional<PlanRobustness.Result> result) {
		return spread(row, plan, result).map(s -> ComparisonRows.format(s.nominal()) + " / "
				+ ComparisonRows.format(s.worst()) + " / " + ComparisonRows.format(s.range())).orElse("");
	}

	/** For a constraint row: whether the worst case breaks the constraint (empty for other rows). */
	public static Optional<Boolean> worstPasses(Row row, int plan, Optional<PlanRobustness.Result> result) {
		Optional<ConstraintResult> c = row.group() == Group.CONSTRAINTS ? row.constraints().get(plan) : Optional.empty();
		Optional<MetricSpread> s = spread(row, plan, result);
		if (c.isEmpty() || s.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(c.get().constraint().comparator().holds(s.get().worst(), c.get().constraint().limit()));
	}

	private static int indexOf(List<PlanRun> runs, PlanRun run) {
		for (int i = 0; i < runs.size(); i++) {
			if (runs.get(i) == run) {
				return i;
			}
		}
		return -1;
	}

	private static List<OptionalDouble> empties(int n) {
		List<OptionalDouble> l = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			l.add(OptionalDouble.empty());
		}
		return l;
	}

	private static List<Optional<ConstraintResult>> noConstraints(int n) {
		List<Optional<ConstraintResult>> l = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			l.add(Optional.empty());
		}
		return l;
	}

	private static List<OptionalDouble> deltas(List<OptionalDouble> values, int ref) {
		OptionalDouble r = ref < values.size() ? values.get(ref) : OptionalDouble.empty();
		return values.stream().map(v -> v.isPresent() && r.isPresent() ? OptionalDouble.of(v.getAsDouble() - r.getAsDouble())
				: OptionalDouble.empty()).toList();
	}
}
