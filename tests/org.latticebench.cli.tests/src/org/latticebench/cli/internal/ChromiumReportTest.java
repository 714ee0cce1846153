package org.latticebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.workflow.PlanPipeline;
import org.latticebench.workflow.PlanRequest;
import org.latticebench.workflow.PlanRun;
import org.latticebench.workflow.WorkflowSettings;

/**
 * report.html from {@code compare}, with a patient, an ROI and a plan named as scripts, opened in
 * headless Chromium: no script runs (each would change {@code document.title}) and the names are
 * text. The page is also opened without its Content-Security-Policy, so escaping alone is tested,
 * and, as a control that the check can fail, with one name put in unescaped.
 */
class ChromiumReportTest {

	static final String ROI = "<script>document.title='pwned-by-roi'</script>";
	static final String PATIENT = "\"><img src=x onerror=document.title='pwned-by-patient'>";
	static final String PLAN = "<script>document.title='pwned-by-plan'</script>";

	@TempDir
	Path tmp;

	@Test
	void hostileNamesInTheReportRunNoScriptInChromium() throws Exception {
		Optional<Path> chromium = chromium();
		assumeTrue(chromium.isPresent(), "ChromiumReportTest skipped: no chromium on PATH (Debian package 'chromium'; .ci/run installs it)");
		Path dir = tmp.resolve("cmp");
		FakePipeline fake = new FakePipeline();
		PlanPipeline renaming = new PlanPipeline() {
			@Override
			public PlanRun run(StudySnapshot study, PlanRequest request, WorkflowSettings settings, ProgressMonitor monitor) {
				return fake.run(study, request.named(PLAN), settings, monitor);
			}
		};
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandLine cli = new CommandLine(List.of(new CompareCommand(ctx -> renaming, (spec, ctx, m) -> hostileStudy())),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				t -> List.of());
		assertEquals(0, cli.run(List.of("compare", "--study", "phantom", "--regimen", "sbrt-50-5", "--out", dir.toString())),
				err.toString(StandardCharsets.UTF_8));
		String html = Files.readString(dir.resolve("report.html"));
		String csp = html.substring(html.indexOf("<meta http-equiv=\"Content-Security-Policy\""));
		csp = csp.substring(0, csp.indexOf('>') + 1);

		String dom = dumpDom(chromium.get(), write("report.html", html));
		assertTitleUntouched(dom, "as written");

		String withoutCsp = html.replace(csp, "");
		assertFalse(withoutCsp.contains("Content-Security-Policy"));
		String domWithoutCsp = dumpDom(chromium.get(), write("no-csp.html", withoutCsp));
		assertTitleUntouched(domWithoutCsp, "without its CSP");
		// the names are text: serialised DOM text escapes < and > (and & ), never quotes
		assertTrue(domWithoutCsp.contains("&lt;script&gt;document.title='pwned-by-roi'&lt;/script&gt;"), "ROI name as text");
		assertTrue(domWithoutCsp.contains("&lt;script&gt;document.title='pwned-by-plan'&lt;/script&gt;"), "plan name as text");
		assertTrue(domWithoutCsp.contains("\"&gt;&lt;img src=x onerror=document.title='pwned-by-patient'&gt;"), "patient name as text");
		assertFalse(domWithoutCsp.contains("<img src=\"x\""), "no element made from the patient name");

		// control: the same page with the patient name unescaped must run its handler, or the check above proves nothing
		String escapedPatient = escape(PATIENT);
		assertTrue(withoutCsp.contains(escapedPatient), "the writer escapes & < > \" ' as HtmlReportWriter does");
		String domUnescaped = dumpDom(chromium.get(), write("control.html", withoutCsp.replace(escapedPatient, PATIENT)));
		assertTrue(domUnescaped.contains("<title>pwned-by-patient</title>"), "the control page ran its onerror handler:\n"
				+ domUnescaped.substring(0, Math.min(400, domUnescaped.length())));
	}

	private static void assertTitleUntouched(String dom, String how) {
		assertTrue(dom.contains("<title>Lattice Bench comparison: phantom</title>"), "title unchanged, report " + how + ":\n"
				+ dom.substring(0, Math.min(400, dom.length())));
		assertFalse(dom.contains("pwned-by-roi</title>") || dom.contains("pwned-by-plan</title>")
				|| dom.contains("pwned-by-patient</title>"), "no script ran, report " + how);
	}

	/** FakePipeline's study with the patient and one organ renamed to the payloads. */
	static StudySnapshot hostileStudy() {
		StudySnapshot base = FakePipeline.study();
		List<StructureSnapshot> structures = base.structures().stream()
				.map(s -> s.name().equals(FakePipeline.SCRIPT_NAME)
						? new StructureSnapshot(ROI, s.role(), s.colorRgb(), s.alphaBetaGy(), s.contours(), s.mask())
						: s)
				.toList();
		return new StudySnapshot(PATIENT, base.patientId(), base.ctHu(), structures);
	}

	private Path write(String name, String html) throws IOException {
		return Files.writeString(tmp.resolve(name), html);
	}

	/** The DOM after load, as Chromium serialises it; the page's scripts and handlers have run by then. */
	private String dumpDom(Path chromium, Path page) throws IOException, InterruptedException {
		Path stderr = tmp.resolve(page.getFileName() + ".stderr");
		Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--user-data-dir=" + tmp.resolve("profile"), "--dump-dom", page.toUri().toString()).redirectError(stderr.toFile())
				.start();
		byte[] out = p.getInputStream().readAllBytes();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
		assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(stderr));
		return new String(out, StandardCharsets.UTF_8);
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}

	static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}

	static Optional<Path> chromium() {
		for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
			for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
				Path p = Path.of(dir, name);
				if (Files.isExecutable(p)) {
					return Optional.of(p);
				}
			}
		}
		return Optional.empty();
	}
}
