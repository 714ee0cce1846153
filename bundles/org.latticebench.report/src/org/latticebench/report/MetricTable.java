package org.latticebench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.SfrtReport;
import org.latticebench.workflow.PlanRun;

/**
 * The long-format metric table of one plan: dose-volume metrics of every evaluated structure,
 * then the SFRT (peak/valley) metrics of lattice plans under the structure {@code GTV}.
 *
 * @since 0.1
 */
public final class MetricTable {

	/** Dx% levels reported for every structure. */
	static final double[] DX_PCT = { 98, 95, 50, 2 };

	/** The names of the dose-volume metrics above; anything else in the table is an SFRT metric. */
	static final java.util.Set<String> DVH_METRICS = java.util.Set.of("Volume", "Dmin", "Dmean", "Dmax", "D98%", "D95%",
			"D50%", "D2%", "Rx", "V100%Rx", "V95%Rx");

	private MetricTable() {
	}

	public static List<MetricRow> rows(String caseId, PlanRun run) {
		List<MetricRow> rows = new ArrayList<>();
		String plan = run.planName();
		for (MetricInput in : run.evaluation().structures()) {
			Dvh d = in.dvh();
			String s = in.structureName();
			rows.add(new MetricRow(caseId, plan, s, "Volume", d.totalVolumeCc(), "cc"));
			rows.add(new MetricRow(caseId, plan, s, "Dmin", d.minGy(), "Gy"));
			rows.add(new MetricRow(caseId, plan, s, "Dmean", d.meanGy(), "Gy"));
			rows.add(new MetricRow(caseId, plan, s, "Dmax", d.maxGy(), "Gy"));
			for (double pct : DX_PCT) {
				rows.add(new MetricRow(caseId, plan, s, "D" + (int) pct + "%", d.doseAtVolumePercent(pct), "Gy"));
			}
			if (in.prescriptionGy().isPresent()) {
				double rx = in.prescriptionGy().getAsDouble();
				rows.add(new MetricRow(caseId, plan, s, "Rx", rx, "Gy"));
				rows.add(new MetricRow(caseId, plan, s, "V100%Rx", d.volumeAtLeastPercent(rx), "%"));
				rows.add(new MetricRow(caseId, plan, s, "V95%Rx", d.volumeAtLeastPercent(0.95 * rx), "%"));
			}
		}
		if (run.sfrt().isPresent()) {
			SfrtReport sfrt = run.sfrt().get();
			for (Map.Entry<String, Double> e : sfrt.asTable().entrySet()) {
				rows.add(new MetricRow(caseId, plan, "GTV", e.getKey(), e.getValue(), sfrtUnit(e.getKey())));
			}
		}
		run.sphereFallOff().ifPresent(f -> {
			rows.add(new MetricRow(caseId, plan, "GTV", "sphere_falloff_80_20_mean_mm", f.meanMm(), "mm"));
			rows.add(new MetricRow(caseId, plan, "GTV", "sphere_falloff_80_20_max_mm", f.maxMm(), "mm"));
		});
		return rows;
	}

	/** Units of {@link SfrtReport#asTable()} entries, read from their names. */
	static String sfrtUnit(String name) {
		if (name.endsWith("_gy")) {
			return "Gy";
		}
		if (name.startsWith("HCND")) {
			return "1/100cc";
		}
		return "1";
	}
}
