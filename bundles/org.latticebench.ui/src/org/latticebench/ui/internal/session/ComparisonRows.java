package org.latticebench.ui.internal.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.MetricRegistry;
import org.latticebench.evaluation.PlanComparison;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.evaluation.SfrtReport;
import org.latticebench.workflow.PlanRun;

/**
 * The rows of the comparison table, grouped (targets, SFRT metrics, organs at risk, liver
 * endpoints, constraints). Every number comes from the evaluation API: metric rows from
 * {@link PlanComparison#compare}, SFRT rows from each plan's {@link SfrtReport}, constraint rows
 * from each plan's {@link ConstraintResult}s. Nothing here computes a dose quantity.
 */
public final class ComparisonRows {

	/** Row groups, in display order. */
	public enum Group {
		TARGETS("Targets"), SFRT("SFRT metrics"), ORGANS_AT_RISK("Organs at risk"), LIVER("Liver endpoints"),
		CONSTRAINTS("Constraints"),
		/** Target metrics under set-up shifts; only once robustness was evaluated ({@link AnalysisRows}). */
		ROBUSTNESS("Under set-up error"),
		/** Gamma pass rates; only once gamma was computed ({@link AnalysisRows}). */
		GAMMA("Gamma");

		private final String label;

		Group(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * One table row: a value per plan (plan order), the difference to the reference plan per plan,
	 * and for constraint rows the result per plan.
	 */
	public record Row(Group group, String structure, String metric, String unit, List<OptionalDouble> values,
			List<OptionalDouble> deltas, List<Optional<ConstraintResult>> constraints) {
		public Row {
			values = List.copyOf(values);
			deltas = List.copyOf(deltas);
			constraints = List.copyOf(constraints);
		}
	}

	static final List<String> GTV_METRICS = List.of("Dmean", "D98%", "D50%", "D2%");
	static final List<String> PTV_METRICS = List.of("D95%", "D98%", "D2%", "Dmean", "V95%Rx%", "HI", "CI_Paddick");
	static final List<String> OAR_METRICS = List.of("Dmax", "Dmean");
	/** [004]: normal liver V20 < 20 %, V30 < 10-15 %; TG-101 critical volume below 21 Gy; mean dose. */
	static final List<String> NORMAL_LIVER_METRICS = List.of("Dmean", "V20Gy%", "V30Gy%", "Vbelow21Gy_cc");

	private ComparisonRows() {
	}

	/** The metric rows requested of {@link PlanComparison}, with their group. */
	public static Map<PlanComparison.Request, Group> metricRequests(StudySnapshot study, List<PlanRun> runs) {
		Set<String> evaluated = runs.stream().flatMap(r -> r.evaluation().structures().stream())
				.map(MetricInput::structureName).collect(Collectors.toSet());
		Map<PlanComparison.Request, Group> out = new LinkedHashMap<>();
		add(out, evaluated, Group.TARGETS, "GTV", GTV_METRICS);
		add(out, evaluated, Group.TARGETS, "PTV", PTV_METRICS);
		add(out, evaluated, Group.SFRT, "GTV", List.of("D10%", "D90%"));
		add(out, evaluated, Group.SFRT, "PTV_peak", List.of("Dmean", "D90%"));
		add(out, evaluated, Group.SFRT, "valley", List.of("Dmean"));
		for (StructureSnapshot s : study.structures()) {
			if (s.role() == StructureRole.OAR && !s.name().equalsIgnoreCase("Liver")) {
				add(out, evaluated, Group.ORGANS_AT_RISK, s.name(), OAR_METRICS);
			}
		}
		add(out, evaluated, Group.LIVER, "NormalLiver", NORMAL_LIVER_METRICS);
		add(out, evaluated, Group.LIVER, "Liver", List.of("Dmean", "V30Gy%"));
		return out;
	}

	private static void add(Map<PlanComparison.Request, Group> out, Set<String> evaluated, Group g, String structure,
			List<String> metrics) {
		if (evaluated.contains(structure)) {
			for (String m : metrics) {
				out.put(new PlanComparison.Request(structure, m), g);
			}
		}
	}

	/** All rows for these plans, deltas against {@code referenceIndex}. */
	public static List<Row> rows(StudySnapshot study, List<PlanRun> runs, int referenceIndex, MetricRegistry metrics) {
		List<Row> rows = new ArrayList<>();
		if (runs.isEmpty()) {
			return rows;
		}
		Map<PlanComparison.Request, Group> requests = metricRequests(study, runs);
		List<PlanEvaluation> evaluations = runs.stream().map(PlanRun::evaluation).toList();
		PlanComparison.Table table = PlanComparison.compare(evaluations, referenceIndex, List.copyOf(requests.keySet()),
				metrics);
		List<PlanComparison.Request> keys = List.copyOf(requests.keySet());
		List<Optional<ConstraintResult>> none = runs.stream().map(r -> Optional.<ConstraintResult>empty()).toList();
		for (int i = 0; i < table.rows().size(); i++) {
			PlanComparison.Row r = table.rows().get(i);
			Group g = requests.get(keys.get(i));
			rows.add(new Row(g, r.structure(), r.metricId(), r.unit(), r.values(), r.deltasToReference(), none));
		}
		rows.addAll(sfrtRows(runs, referenceIndex));
		rows.addAll(constraintRows(runs, referenceIndex));
		rows.sort(java.util.Comparator.comparingInt(r -> r.group().ordinal())); // stable: request order within a group
		return rows;
	}

	/** The {@link SfrtReport#asTable()} entries of each plan that has one. */
	static List<Row> sfrtRows(List<PlanRun> runs, int referenceIndex) {
		Map<String, List<OptionalDouble>> byName = new LinkedHashMap<>();
		for (int p = 0; p < runs.size(); p++) {
			Optional<SfrtReport> sfrt = runs.get(p).sfrt();
			if (sfrt.isEmpty()) {
				continue;
			}
			for (Map.Entry<String, Double> e : sfrt.get().asTable().entrySet()) {
				List<OptionalDouble> values = byName.computeIfAbsent(e.getKey(), k -> empties(runs.size()));
				values.set(p, OptionalDouble.of(e.getValue()));
			}
		}
		List<Optional<ConstraintResult>> none = runs.stream().map(r -> Optional.<ConstraintResult>empty()).toList();
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, List<OptionalDouble>> e : byName.entrySet()) {
			String unit = e.getKey().endsWith("_gy") ? "Gy" : e.getKey().startsWith("HCND") ? "per 100 cc" : "1";
			rows.add(new Row(Group.SFRT, "lattice", e.getKey(), unit, e.getValue(), deltas(e.getValue(), referenceIndex),
					none));
		}
		return rows;
	}

	/** One row per constraint (structure and text), a result per plan that checked it. */
	static List<Row> constraintRows(List<PlanRun> runs, int referenceIndex) {
		Map<String, List<Optional<ConstraintResult>>> byKey = new LinkedHashMap<>();
		for (int p = 0; p < runs.size(); p++) {
			for (ConstraintResult c : runs.get(p).constraints()) {
				String key = c.structure().orElse(c.constraint().structure()) + "\u0000" + c.constraint().describe();
				List<Optional<ConstraintResult>> cells = byKey.computeIfAbsent(key, k -> {
					List<Optional<ConstraintResult>> l = new ArrayList<>();
					runs.forEach(r -> l.add(Optional.empty()));
					return l;
				});
				cells.set(p, Optional.of(c));
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, List<Optional<ConstraintResult>>> e : byKey.entrySet()) {
			ConstraintResult any = e.getValue().stream().flatMap(Optional::stream).findFirst().orElseThrow();
			List<OptionalDouble> values = e.getValue().stream()
					.map(c -> c.map(ConstraintResult::value).orElse(OptionalDouble.empty())).toList();
			String text = any.constraint().metric() + " " + any.constraint().comparator().symbol() + " "
					+ format(any.constraint().limit());
			rows.add(new Row(Group.CONSTRAINTS, any.structure().orElse(any.constraint().structure()), text,
					any.constraint().unit(), values, deltas(values, referenceIndex), e.getValue()));
		}
		return rows;
	}

	private static List<OptionalDouble> empties(int n) {
		List<OptionalDouble> l = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			l.add(OptionalDouble.empty());
		}
		return l;
	}

	private static List<OptionalDouble> deltas(List<OptionalDouble> values, int ref) {
		OptionalDouble r = values.get(ref);
		return values.stream().map(v -> v.isPresent() && r.isPresent() ? OptionalDouble.of(v.getAsDouble() - r.getAsDouble())
				: OptionalDouble.empty()).toList();
	}

	/** How the table shows a number: two decimals, or blank when there is none. */
	public static String format(OptionalDouble v) {
		return v.isPresent() ? format(v.getAsDouble()) : "";
	}

	public static String format(double v) {
		return String.format(Locale.ROOT, "%.2f", v);
	}

	/** A signed delta, e.g. {@code +1.20}. */
	public static String formatDelta(OptionalDouble v) {
		return v.isPresent() ? String.format(Locale.ROOT, "%+.2f", v.getAsDouble()) : "";
	}
}
