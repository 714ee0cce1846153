package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latticebench.core.InvalidInputException;
import org.latticebench.testing.SharedData;

/** Files from other tools, some non-conformant: each reads, or fails with a message naming the file. */
class RobustnessTest {

	static Function<Path, Object> readerFor(String name) {
		String n = name.toLowerCase(java.util.Locale.ROOT);
		if (n.contains("rtdose") || n.startsWith("rd")) {
			return RtDoseReader::read;
		}
		if (n.contains("rtstruct") || n.contains("rtss") || n.startsWith("rs")) {
			return RtStructReader::read;
		}
		if (n.contains("rtplan")) {
			return RtPlanReader::read;
		}
		return p -> CtSeriesReader.read(java.util.List.of(p));
	}

	@ParameterizedTest
	@ValueSource(strings = { "pydicom-testfiles/CT_small.dcm", "pydicom-testfiles/rtdose.dcm", "pydicom-testfiles/rtplan.dcm",
			"pydicom-testfiles/rtstruct.dcm", "eyeplan-rtdose/rtdose.dcm" })
	void importsOrFailsWithAMessageNamingTheFile(String relative) {
		Path file = SharedData.path(relative);
		try {
			Object result = readerFor(file.getFileName().toString()).apply(file);
			assertTrue(result != null);
		} catch (InvalidInputException e) {
			assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
		}
	}
}
