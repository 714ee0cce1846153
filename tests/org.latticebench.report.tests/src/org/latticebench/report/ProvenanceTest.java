package org.latticebench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

	@TempDir
	Path tmp;

	@Test
	void folderHashesAreSha256OfEachFileInPathOrder() throws IOException {
		Files.writeString(tmp.resolve("b.dcm"), "abc", StandardCharsets.US_ASCII);
		Files.createDirectories(tmp.resolve("a"));
		Files.writeString(tmp.resolve("a/x.dcm"), "", StandardCharsets.US_ASCII);
		List<InputHash> h = InputHashes.ofFolder(tmp);
		assertEquals(2, h.size());
		// FIPS 180-2 appendix B.1 and the SHA-256 of the empty message
		assertEquals(new InputHash("a/x.dcm", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0), h.get(0));
		assertEquals(new InputHash("b.dcm", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 3), h.get(1));
	}

	@Test
	void jsonEscapesTextAndWritesNonFiniteNumbersAsNull() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", "a \"b\"\n<c>");
		m.put("nan", Double.NaN);
		m.put("n", 3);
		m.put("list", List.of(1.5, true));
		assertEquals("""
				{
				  "name": "a \\"b\\"\\n\\u003cc\\u003e",
				  "nan": null,
				  "n": 3,
				  "list": [
				    1.5,
				    true
				  ]
				}
				""", Json.write(m));
	}

	@Test
	void provenanceJsonCarriesEveryField() {
		Provenance p = new Provenance(new BuildInfo("0.1.0.x", "0123456789abcdef0123456789abcdef01234567", true), "2026-12-06T00:00:00Z",
				List.of("latticebench", "compare"), "phantom", "phantom", List.of(new InputHash("phantom:ctHu", "ab".repeat(32), 8)),
				Map.of("host", "h", "processors", "2"), Map.of("seed", "20260101", "doseGridSpacingMm", "3.0"),
				List.of(new Provenance.PlanProvenance("lattice-sfrt", "lattice-sfrt", "lattice", "pencil-beam-6mv",
						Map.of("inPlaneSpacingMm", "55.0", "seed", "1"), Map.of("workflow.seed", "20260101", "lattice.seed", "1"),
						Map.of("normalization", "mean sphere dose"))));
		String json = p.toJson();
		for (String expected : List.of("\"version\": \"0.1.0.x\"", "\"gitRevision\": \"0123456789abcdef0123456789abcdef01234567\"",
				"\"gitDirty\": true", "\"sha256\": \"" + "ab".repeat(32) + "\"", "\"processors\": \"2\"",
				"\"doseGridSpacingMm\": \"3.0\"", "\"engine\": \"pencil-beam-6mv\"", "\"generator\": \"lattice\"",
				"\"inPlaneSpacingMm\": \"55.0\"", "\"lattice.seed\": \"1\"", "\"workflow.seed\": \"20260101\"",
				"\"normalization\": \"mean sphere dose\"")) {
			assertTrue(json.contains(expected), expected + " in\n" + json);
		}
	}

	@Test
	void theBuildRecordsTheGitRevision() {
		// bundles/pom.xml writes build-info.properties from "git rev-parse HEAD"; CI builds a clone
		BuildInfo b = BuildInfo.load("v");
		assertTrue(b.gitRevision().matches("[0-9a-f]{40}"), b.gitRevision());
		assertEquals("v", b.version());
	}
}
