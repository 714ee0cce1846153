package org.latticebench.cli.internal;

import java.util.List;
import java.util.Locale;

import org.latticebench.report.ConstraintRow;
import org.latticebench.report.DvhCurve;
import org.latticebench.report.MetricRow;

/** The CSV files of a comparison: metrics.csv, constraints.csv and dvh.csv (column contracts: keep them stable). */
final class ReportTables {

	static final List<String> METRIC_COLUMNS = List.of("case", "plan", "structure", "metric", "value", "unit");
	static final List<String> CONSTRAINT_COLUMNS = List.of("case", "plan", "constraint_set", "organ", "structure", "metric",
			"comparator", "limit", "unit", "value", "margin", "status", "note", "source");
	static final List<String> DVH_COLUMNS = List.of("case", "plan", "structure", "dose_gy", "volume_pct", "volume_cc");

	private ReportTables() {
	}

	static String metrics(List<MetricRow> rows) {
		StringBuilder sb = new StringBuilder(Csv.row(METRIC_COLUMNS));
		for (MetricRow r : rows) {
			sb.append(Csv.row(List.of(r.caseId(), r.plan(), r.structure(), r.metric(), Csv.number(r.value()), r.unit())));
		}
		return sb.toString();
	}

	static String constraints(List<ConstraintRow> rows) {
		StringBuilder sb = new StringBuilder(Csv.row(CONSTRAINT_COLUMNS));
		for (ConstraintRow r : rows) {
			sb.append(Csv.row(List.of(r.caseId(), r.plan(), r.constraintSet(), r.organ(), r.planStructure(), r.metric(),
					r.comparator(), Csv.number(r.limit()), r.unit(), Csv.number(r.valueInUnit()), Csv.number(r.marginInUnit()),
					r.status().name(), r.note(), r.source())));
		}
		return sb.toString();
	}

	static String dvh(String caseId, List<DvhCurve> curves) {
		StringBuilder sb = new StringBuilder(Csv.row(DVH_COLUMNS));
		for (DvhCurve c : curves) {
			String prefix = Csv.cell(caseId) + "," + Csv.cell(c.plan()) + "," + Csv.cell(c.structure()) + ",";
			for (int i = 0; i < c.doseGy().length; i++) {
				sb.append(prefix).append(String.format(Locale.ROOT, "%.1f", c.doseGy()[i])).append(',')
						.append(Csv.number(c.volumePct()[i])).append(',').append(Csv.number(c.volumeCc()[i])).append("\r\n");
			}
		}
		return sb.toString();
	}
}
