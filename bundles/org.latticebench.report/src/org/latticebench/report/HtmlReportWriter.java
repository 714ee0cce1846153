package org.latticebench.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.latticebench.evaluation.ConstraintStatus;
import org.latticebench.render.Colormap;

/**
 * Writes a {@link ReportModel} as one self-contained HTML page: pictures are data URIs, there is
 * no script, and a Content-Security-Policy meta tag allows nothing but data-URI images and the
 * page's own style sheet (by hash). Every text taken from input files is escaped.
 *
 * @since 0.1
 */
public final class HtmlReportWriter {

	/** The metrics shown per structure in the page (metrics.csv has them all). */
	static final List<String> PAGE_METRICS = List.of("Volume", "Dmean", "D95%", "D2%", "Dmax", "V100%Rx");

	static final String STYLE = """
			body{font-family:sans-serif;margin:24px;color:#222;max-width:1400px}
			h1{font-size:22px;margin-bottom:4px}h2{font-size:18px;border-bottom:1px solid #ccc;padding-bottom:3px;margin-top:28px}
			h3{font-size:15px;margin:14px 0 6px}
			table{border-collapse:collapse;font-size:13px;margin:6px 0}
			th,td{border:1px solid #ccc;padding:3px 7px;text-align:left;vertical-align:top}
			th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}
			.pass{background:#d9f2d9}.fail{background:#f8d0d0}.ne{background:#eee;color:#666}
			.meta{color:#555;font-size:13px}.note{color:#555;font-size:12px;max-width:1000px}
			.slices{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start}
			figure{margin:0}figcaption{font-size:12px;color:#444}
			img.chart{max-width:100%;border:1px solid #ddd}
			nav a{margin-right:12px}
			""";

	private HtmlReportWriter() {
	}

	/** The page as UTF-8 bytes. */
	public static byte[] bytes(ReportModel m) {
		return html(m).getBytes(StandardCharsets.UTF_8);
	}

	public static String html(ReportModel m) {
		StringBuilder h = new StringBuilder(1 << 20);
		String csp = "default-src 'none'; img-src data:; style-src " + Html.cspHash(STYLE)
				+ "; base-uri 'none'; form-action 'none'";
		h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp).append("\">\n");
		h.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
		h.append("<title>Lattice Bench comparison: ").append(Html.escape(m.caseId())).append("</title>\n");
		h.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
		h.append("<h1>Plan comparison: ").append(Html.escape(m.caseId())).append("</h1>\n");
		h.append("<p class=\"meta\">Patient ").append(Html.escape(m.patientName())).append(" (ID ")
				.append(Html.escape(m.patientId())).append(") &middot; ").append(m.plans().size()).append(" plans &middot; made ")
				.append(Html.escape(m.provenance().createdUtc())).append(" by Lattice Bench ")
				.append(Html.escape(m.provenance().build().version())).append(", revision ")
				.append(Html.escape(m.provenance().build().gitRevision()))
				.append(m.provenance().build().gitDirty() ? " (with uncommitted changes)" : "").append("</p>\n");
		h.append("<nav><a href=\"#plans\">Plans</a><a href=\"#dvh\">DVH</a><a href=\"#slices\">Dose slices</a>")
				.append("<a href=\"#metrics\">Metrics</a><a href=\"#constraints\">Constraints</a>")
				.append(m.robustness().isPresent() ? "<a href=\"#robustness\">Robustness</a>" : "")
				.append("<a href=\"#provenance\">Provenance</a></nav>\n");
		plans(m, h);
		h.append("<h2 id=\"dvh\">DVH overlay</h2>\n<p class=\"note\">Targets and organs at risk; colour per structure,")
				.append(" dash pattern per plan (first plan solid, second dashed, third dotted).</p>\n");
		h.append("<img class=\"chart\" alt=\"Cumulative DVH of every plan\" src=\"")
				.append(Html.dataUri("image/svg+xml", m.dvhSvg().getBytes(StandardCharsets.UTF_8))).append("\">\n");
		slices(m, h);
		metrics(m, h);
		constraints(m, h);
		m.robustness().ifPresent(r -> robustness(r, h));
		provenance(m, h);
		h.append("</body>\n</html>\n");
		return h.toString();
	}

	private static void plans(ReportModel m, StringBuilder h) {
		h.append("<h2 id=\"plans\">Plans</h2>\n<table>\n<tr><th>Plan</th><th>Regimen</th><th>Fractions</th>")
				.append("<th>Prescription (total)</th><th>Generator</th><th>Engine</th><th>Beams</th><th>Spheres</th>")
				.append("<th>Max dose (Gy)</th><th>Optimiser</th><th>Constraint set</th><th>Time (s)</th></tr>\n");
		for (PlanSummary p : m.plans()) {
			h.append("<tr><td>").append(Html.escape(p.plan())).append("</td><td>").append(Html.escape(p.regimenName()))
					.append("<br><span class=\"meta\">").append(Html.escape(p.regimenId())).append(" &middot; ")
					.append(Html.escape(p.regimenSource())).append("</span></td>").append(num(p.fractions()))
					.append("<td>").append(Html.escape(p.prescriptions())).append("</td><td>")
					.append(Html.escape(p.generatorId())).append("</td><td>").append(Html.escape(p.engineId())).append("</td>")
					.append(num(p.beamCount())).append(p.spheresKept() < 0 ? "<td>–</td>" : num(p.spheresKept()))
					.append(num(p.maxDoseGy(), 2)).append("<td>").append(p.optimizerIterations()).append(" iterations, ")
					.append(Html.escape(p.termination())).append("</td><td>").append(Html.escape(p.constraintSetId()))
					.append("</td>").append(num(p.seconds(), 1)).append("</tr>\n");
		}
		h.append("</table>\n");
		for (PlanSummary p : m.plans()) {
			if (!p.notes().isEmpty()) {
				h.append("<p class=\"note\"><b>").append(Html.escape(p.plan())).append(":</b> ");
				h.append(String.join(" ", p.notes().stream().map(Html::escape).toList())).append("</p>\n");
			}
		}
	}

	private static void slices(ReportModel m, StringBuilder h) {
		h.append("<h2 id=\"slices\">Dose slices through the target</h2>\n");
		h.append("<p class=\"note\">Planes through the GTV centroid. Colour wash from ")
				.append(fmt(0.1 * m.washMaxGy(), 1)).append(" to ").append(fmt(m.washMaxGy(), 1))
				.append(" Gy (one scale for all plans); isodose lines at ");
		List<String> levels = new ArrayList<>();
		for (double l : m.isodoseLevelsGy()) {
			levels.add(fmt(l, 1) + " Gy");
		}
		h.append(Html.escape(String.join(", ", levels))).append("; outlines of the targets and organs at risk;")
				.append(" lattice spheres in white.</p>\n");
		h.append(legendSvg(m)).append('\n');
		String plan = null;
		for (SliceImage s : m.slices()) {
			if (!s.plan().equals(plan)) {
				if (plan != null) {
					h.append("</div>\n");
				}
				plan = s.plan();
				h.append("<h3>").append(Html.escape(plan)).append("</h3>\n<div class=\"slices\">\n");
			}
			h.append("<figure><img alt=\"").append(Html.escape(s.plan() + ", " + s.caption())).append("\" width=\"")
					.append(s.widthPx()).append("\" height=\"").append(s.heightPx()).append("\" src=\"")
					.append(Html.dataUri("image/png", s.png())).append("\"><figcaption>").append(Html.escape(s.caption()))
					.append("</figcaption></figure>\n");
		}
		if (plan != null) {
			h.append("</div>\n");
		}
	}

	/** The wash colour bar and the isodose colours, as inline SVG (presentation attributes, no style). */
	static String legendSvg(ReportModel m) {
		StringBuilder s = new StringBuilder();
		int w = 420;
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w + 40).append("\" height=\"46\" font-size=\"11\" font-family=\"sans-serif\">");
		double lo = 0.1 * m.washMaxGy(), hi = m.washMaxGy();
		for (int x = 0; x < w; x += 4) {
			int rgb = Colormap.DOSE_WASH.rgbAt(x / (double) (w - 1));
			s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"4\" height=\"14\" fill=\"#%06x\"/>", x + 10, rgb));
		}
		for (double l : m.isodoseLevelsGy()) {
			double t = (l - lo) / (hi - lo);
			if (t < 0 || t > 1) {
				continue;
			}
			int x = 10 + (int) Math.round(t * (w - 1));
			int rgb = Colormap.DOSE_WASH.rgbAt(l / hi);
			s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"2\" x2=\"%d\" y2=\"22\" stroke=\"#000\" stroke-width=\"1\"/>"
					+ "<rect x=\"%d\" y=\"24\" width=\"8\" height=\"8\" fill=\"#%06x\" stroke=\"#000\"/>"
					+ "<text x=\"%d\" y=\"42\" text-anchor=\"middle\">%s</text>", x, x, x - 4, rgb, x, fmt(l, 1)));
		}
		s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\">Gy</text>", w + 14));
		return s.append("</svg>").toString();
	}

	private static void metrics(ReportModel m, StringBuilder h) {
		List<String> plans = m.plans().stream().map(PlanSummary::plan).toList();
		// structure -> metric -> plan -> row
		Map<String, Map<String, Map<String, MetricRow>>> table = new LinkedHashMap<>();
		Map<String, Map<String, Map<String, MetricRow>>> sfrt = new LinkedHashMap<>();
		Set<String> pageMetrics = new LinkedHashSet<>(PAGE_METRICS);
		for (MetricRow r : m.metrics()) {
			if (!m.tableStructures().contains(r.structure())) {
				continue;
			}
			boolean dvhMetric = pageMetrics.contains(r.metric());
			boolean sfrtMetric = !MetricTable.DVH_METRICS.contains(r.metric());
			Map<String, Map<String, Map<String, MetricRow>>> target = dvhMetric ? table : sfrtMetric ? sfrt : null;
			if (target != null) {
				target.computeIfAbsent(r.structure(), k -> new LinkedHashMap<>())
						.computeIfAbsent(r.metric(), k -> new LinkedHashMap<>()).put(r.plan(), r);
			}
		}
		h.append("<h2 id=\"metrics\">Metrics</h2>\n<p class=\"note\">Physical dose, total over the course.")
				.append(" Targets and organs at risk; metrics.csv also has the lattice spheres, rings, helpers and the body.</p>\n");
		metricTable(h, plans, table, true);
		if (!sfrt.isEmpty()) {
			h.append("<h3>Lattice (SFRT) metrics</h3>\n");
			metricTable(h, plans, sfrt, false);
		}
	}

	private static void metricTable(StringBuilder h, List<String> plans, Map<String, Map<String, Map<String, MetricRow>>> table,
			boolean pivotMetrics) {
		h.append("<table>\n<tr><th>Structure</th><th>Metric</th><th>Unit</th>");
		plans.forEach(p -> h.append("<th>").append(Html.escape(p)).append("</th>"));
		h.append("</tr>\n");
		for (var s : table.entrySet()) {
			List<String> metricOrder = new ArrayList<>(s.getValue().keySet());
			if (pivotMetrics) {
				metricOrder.sort((a, b) -> Integer.compare(PAGE_METRICS.indexOf(a), PAGE_METRICS.indexOf(b)));
			}
			for (String metric : metricOrder) {
				Map<String, MetricRow> byPlan = s.getValue().get(metric);
				String unit = byPlan.values().iterator().next().unit();
				h.append("<tr><td>").append(Html.escape(s.getKey())).append("</td><td>").append(Html.escape(metric))
						.append("</td><td>").append(Html.escape(unit)).append("</td>");
				for (String p : plans) {
					MetricRow r = byPlan.get(p);
					h.append(r == null ? "<td></td>" : num(r.value(), 2));
				}
				h.append("</tr>\n");
			}
		}
		h.append("</table>\n");
	}

	private static void constraints(ReportModel m, StringBuilder h) {
		h.append("<h2 id=\"constraints\">Constraints</h2>\n");
		for (PlanSummary p : m.plans()) {
			List<ConstraintRow> rows = m.constraints().stream().filter(c -> c.plan().equals(p.plan())).toList();
			long failed = rows.stream().filter(c -> c.status() == ConstraintStatus.FAIL).count();
			long passed = rows.stream().filter(c -> c.status() == ConstraintStatus.PASS).count();
			h.append("<h3>").append(Html.escape(p.plan())).append(" &middot; ").append(Html.escape(p.constraintSetId()))
					.append(": ").append(passed).append(" pass, ").append(failed).append(" fail, ")
					.append(rows.size() - passed - failed).append(" not evaluable</h3>\n");
			h.append("<table>\n<tr><th>Organ</th><th>Plan structure</th><th>Metric</th><th>Limit</th><th>Value</th>")
					.append("<th>Margin</th><th>Status</th><th>Source</th></tr>\n");
			for (ConstraintRow c : rows) {
				String cls = switch (c.status()) {
				case PASS -> "pass";
				case FAIL -> "fail";
				case NOT_EVALUABLE -> "ne";
				};
				h.append("<tr class=\"").append(cls).append("\"><td>").append(Html.escape(c.organ())).append("</td><td>")
						.append(Html.escape(c.planStructure())).append("</td><td>").append(Html.escape(c.metric()))
						.append("</td><td>").append(Html.escape(c.comparator() + " " + fmt(c.limit(), 2) + " " + c.unit()))
						.append("</td>").append(num(c.valueInUnit(), 2)).append(num(c.marginInUnit(), 2)).append("<td>")
						.append(c.status()).append(c.note().isEmpty() ? "" : ": " + Html.escape(c.note())).append("</td><td>")
						.append(Html.escape(c.source())).append("</td></tr>\n");
			}
			h.append("</table>\n");
		}
	}

	private static void robustness(RobustnessSection r, StringBuilder h) {
		h.append("<h2 id=\"robustness\">Robustness under set-up error</h2>\n<p class=\"note\">")
				.append(Html.escape(r.mode())).append(" mode, ").append(r.scenarioCount()).append(" shifts of ")
				.append(fmt(r.shiftMm(), 1)).append(" mm. Worst is the lowest value for coverage, peak dose and PVDR,")
				.append(" the highest for valley and organ doses. HI is (D2 &minus; D98) / D50 of the GTV (ICRU Report 83):")
				.append(" its worst is the highest for a homogeneous plan, the lowest for a lattice plan. The PTV contains the")
				.append(" set-up margin, so the GTV rows show what the tumour keeps.</p>\n<table>\n<tr><th>Plan</th><th>Structure</th>")
				.append("<th>Metric</th><th>Nominal</th><th>Worst</th><th>Range</th></tr>\n");
		for (RobustnessSection.Row row : r.rows()) {
			h.append("<tr><td>").append(Html.escape(row.plan())).append("</td><td>").append(Html.escape(row.structure()))
					.append("</td><td>").append(Html.escape(row.metric())).append("</td><td>").append(fmt(row.nominal(), 2))
					.append("</td><td>").append(fmt(row.worst(), 2)).append("</td><td>").append(fmt(row.range(), 2))
					.append("</td></tr>\n");
		}
		h.append("</table>\n<img class=\"chart\" alt=\"DVH bands over the set-up shifts\" src=\"")
				.append(Html.dataUri("image/svg+xml", r.bandSvg().getBytes(StandardCharsets.UTF_8))).append("\">\n");
	}

	private static void provenance(ReportModel m, StringBuilder h) {
		Provenance p = m.provenance();
		h.append("<h2 id=\"provenance\">Provenance</h2>\n<table>\n");
		row(h, "Software", "Lattice Bench " + p.build().version() + ", git " + p.build().gitRevision()
				+ (p.build().gitDirty() ? " (uncommitted changes)" : ""));
		row(h, "Command", String.join(" ", p.command()));
		row(h, "Study", p.studySpec() + " (" + p.inputs().size() + " inputs hashed with SHA-256)");
		row(h, "Machine", String.join(", ", p.machine().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
		row(h, "Workflow", String.join(", ", p.workflow().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.map(e -> e.getKey() + "=" + e.getValue()).toList()));
		for (Provenance.PlanProvenance pp : p.plans()) {
			row(h, "Plan " + pp.plan(), "regimen " + pp.regimenId() + ", generator " + pp.generatorId() + ", engine "
					+ pp.engineId() + ", seeds " + pp.seeds());
		}
		row(h, "Pictures", m.renderer());
		h.append("</table>\n<p class=\"note\">The full record, with every generator setting and input hash, is in")
				.append(" <a href=\"provenance.json\">provenance.json</a> beside this page.</p>\n");
	}

	private static void row(StringBuilder h, String key, String value) {
		h.append("<tr><th>").append(Html.escape(key)).append("</th><td>").append(Html.escape(value)).append("</td></tr>\n");
	}

	private static String num(int v) {
		return "<td class=\"num\">" + v + "</td>";
	}

	private static String num(double v, int decimals) {
		return "<td class=\"num\">" + (Double.isNaN(v) ? "" : fmt(v, decimals)) + "</td>";
	}

	static String fmt(double v, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", v);
	}
}
