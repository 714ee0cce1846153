package org.latticebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAndAtomicFilesTest {

	@TempDir
	Path tmp;

	@Test
	void atomicWritesLeaveMode0644NotTheTempFiles0600() throws IOException {
		Path f = tmp.resolve("out/metrics.csv");
		AtomicFiles.writeString(f, "a\n");
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
		AtomicFiles.writeString(f, "b\n");
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
		assertEquals("b\n", Files.readString(f));
	}

	@Test
	void rowsQuoteCommasQuotesAndLineBreaksAndParseBack() {
		List<String> cells = List.of("plain", "a,b", "say \"hi\"", "two\nlines", "");
		String row = Csv.row(cells);
		// RFC 4180 section 2: fields with commas, quotes or line breaks are quoted, quotes doubled
		assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", row);
		assertEquals(List.of("plain", "a,b", "say \"hi\"", ""), Csv.parseLine("plain,\"a,b\",\"say \"\"hi\"\"\","));
	}

	@Test
	void parseRejectsBrokenQuoting() {
		assertThrows(IllegalArgumentException.class, () -> Csv.parseLine("a,\"unterminated"));
		assertThrows(IllegalArgumentException.class, () -> Csv.parseLine("a,\"x\"y"));
		assertThrows(IllegalArgumentException.class, () -> Csv.parseLine("a,b\"c"));
	}
}
