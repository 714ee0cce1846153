package org.latticebench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.latticebench.evaluation.ConstraintStatus;

class HtmlReportWriterTest {

	static final String SCRIPT = "<script>alert(1)</script>";
	static final String IMG = "\"><img src=x onerror=alert(2)>";

	/** A small 2x1 PNG (any bytes do: the writer inlines, it does not decode). */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	static ReportModel model() {
		BuildInfo build = new BuildInfo("0.1.0.test", "0123456789abcdef0123456789abcdef01234567", false);
		Provenance prov = new Provenance(build, "2026-12-06T00:00:00Z", List.of("latticebench", "compare", IMG), "case-1",
				"phantom", List.of(new InputHash(SCRIPT, "ab".repeat(32), 3)), Map.of("host", IMG),
				Map.of("seed", "1"), List.of(new Provenance.PlanProvenance(SCRIPT, "lattice-sfrt", "lattice", "pencil-beam",
						Map.of("inPlaneSpacingMm", "60.0"), Map.of("workflow.seed", "1"), Map.of())));
		PlanSummary plan = new PlanSummary(SCRIPT, "lattice-sfrt", IMG, "[001]", 5, "PTV 20 Gy", "lattice", "pencil-beam",
				"tg101-5fx", 9, 12, 70.1, 150, "MAX_ITERATIONS", 12.5, List.of(IMG));
		MetricRow metric = new MetricRow("case-1", SCRIPT, IMG, "Dmean", 20.0, "Gy");
		MetricRow sfrt = new MetricRow("case-1", SCRIPT, "GTV", "PVDR_gtv_D10_over_D90", 3.25, "1");
		MetricRow ring = new MetricRow("case-1", SCRIPT, "Ring_0-10mm", "Dmean", 11.0, "Gy");
		ConstraintRow c = new ConstraintRow("case-1", SCRIPT, "tg101-5fx", IMG, SCRIPT, "Dmax", "<=", 30, "Gy", 12, 18,
				ConstraintStatus.PASS, "", "TG-101 <table 3>");
		return new ReportModel("case-1", IMG, SCRIPT, List.of(plan), List.of(metric, sfrt, ring), List.of(IMG, "GTV"), List.of(c), List.of(),
				"<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
				List.of(new SliceImage(SCRIPT, "axial, z = 0.0 mm", 2, 1, PNG)), new double[] { 10, 20 }, 70,
				ReportModel.RENDERER, prov);
	}

	@Test
	void escapingTurnsMarkupIntoText() {
		assertEquals("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;", Html.escape(IMG));
		assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape(SCRIPT));
		assertEquals("a &amp; b &#39;c&#39;  d", Html.escape("a & b 'c'\u0000 d"));
	}

	@Test
	void pageHasNoScriptAndNoElementFromUntrustedNames() {
		String html = HtmlReportWriter.html(model());
		assertFalse(html.toLowerCase().contains("<script"), "no script element");
		assertFalse(html.contains("<img src=x"), "no element made from a name");
		assertFalse(html.contains("onerror=alert(2)>"), "the attribute text stays inside escaped text");
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(html.contains("TG-101 &lt;table 3&gt;"));
	}

	@Test
	void everyImageIsADataUriAndTheStyleIsAllowedByItsHash() throws Exception {
		String html = HtmlReportWriter.html(model());
		Matcher src = Pattern.compile("\\ssrc=\"([^\"]*)\"").matcher(html);
		int images = 0;
		while (src.find()) {
			assertTrue(src.group(1).startsWith("data:image/png;base64,") || src.group(1).startsWith("data:image/svg+xml;base64,"),
					src.group(1));
			images++;
		}
		assertEquals(2, images, "the DVH chart and one slice");
		assertTrue(html.contains("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG)));
		// CSP level 2: the hash of the exact text of the style element
		String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
		String hash = Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));
		assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
				+ " style-src 'sha256-" + hash + "'; base-uri 'none'; form-action 'none'\">"), html.substring(0, 600));
		assertFalse(html.contains(" style=\""), "inline style attributes would be blocked by the policy");
	}

	@Test
	void tablesShowPlansMetricsAndConstraints() {
		String html = HtmlReportWriter.html(model());
		assertTrue(html.contains("<td class=\"num\">20.00</td>"), "Dmean 20 Gy in the metric table");
		assertTrue(html.contains("<h3>Lattice (SFRT) metrics</h3>"));
		assertTrue(html.contains("<td class=\"num\">3.25</td>"));
		assertFalse(html.contains("Ring_0-10mm"), "helpers stay in metrics.csv only");
		assertTrue(html.contains("1 pass, 0 fail, 0 not evaluable"));
		assertTrue(html.contains("<tr class=\"pass\">"));
		assertTrue(html.contains(ReportModel.RENDERER.substring(0, 40)), "the report says which renderer drew it");
	}
}
