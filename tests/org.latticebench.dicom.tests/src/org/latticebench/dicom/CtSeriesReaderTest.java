package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Vec3;
import org.latticebench.testing.SharedData;

class CtSeriesReaderTest {

	static List<Path> sphereSlices() throws IOException {
		try (Stream<Path> s = Files.list(SharedData.path("synthetic-sphere"))) {
			return s.filter(p -> p.getFileName().toString().startsWith("CT_")).sorted().toList();
		}
	}

	@Test
	void readsTheSyntheticCtWithItsDocumentedGeometry() throws IOException {
		FloatVolume ct = CtSeriesReader.read(sphereSlices()).ctHu();
		Grid3 g = ct.grid();
		// expected.json description: 128 x 128 px, 2 mm pixels, centres x,y = -127..127; 41 slices z = -40..40 step 2
		assertEquals(128, g.nx());
		assertEquals(128, g.ny());
		assertEquals(41, g.nz());
		assertEquals(new Vec3(2, 2, 2), g.spacingMm());
		assertEquals(new Vec3(-127, -127, -40), g.originMm());
		assertTrue(g.isAxisAligned());
	}

	@Test
	void shuffledFileOrderGivesTheSameVolume() throws IOException {
		List<Path> files = sphereSlices();
		FloatVolume sorted = CtSeriesReader.read(files).ctHu();
		List<Path> shuffled = new ArrayList<>(files);
		Collections.shuffle(shuffled, new Random(42));
		Collections.reverse(shuffled.subList(0, 10));
		FloatVolume fromShuffled = CtSeriesReader.read(shuffled).ctHu();
		assertEquals(sorted.grid(), fromShuffled.grid());
		assertEquals(sorted, fromShuffled);
	}

	@Test
	void missingSliceIsAnErrorNamingTheGap() throws IOException {
		List<Path> files = new ArrayList<>(sphereSlices());
		files.remove(20); // CT_021, z = 0 (z = -40 + 2 * 20)
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> CtSeriesReader.read(files));
		// the neighbours of the removed slice are CT_020 (z = -2) and CT_022 (z = 2): a 4 mm gap in 2 mm spacing
		assertTrue(e.getMessage().contains("1 slice(s) missing"), e.getMessage());
		assertTrue(e.getMessage().contains("CT_020.dcm") && e.getMessage().contains("CT_022.dcm"), e.getMessage());
		assertTrue(e.getMessage().contains("4.000 mm"), e.getMessage());
	}

	@Test
	void appliesRescaleSlopeAndIntercept(@TempDir Path tmp) throws IOException {
		Path original = sphereSlices().get(0);
		float[] stored = CtSeriesReader.read(List.of(original)).ctHu().values();
		// the original has slope 1, intercept 0 (dcmdump), so its HU are the stored values
		Path rescaled = DicomEdit.copyWith(original, tmp.resolve("rescaled.dcm"), list -> {
			DicomEdit.setDecimals(list, 0x0028, 0x1053, "2.5");
			DicomEdit.setDecimals(list, 0x0028, 0x1052, "-1024");
		});
		float[] hu = CtSeriesReader.read(List.of(rescaled)).ctHu().values();
		for (int i = 0; i < hu.length; i += 97) {
			assertEquals(2.5 * stored[i] - 1024, hu[i], 1e-3, "HU = 2.5 * stored - 1024 at sample " + i);
		}
	}

	private static String ds(double v) {
		return String.format(java.util.Locale.ROOT, "%.8f", v);
	}

	@Test
	void obliqueSeriesKeepsItsDirectionCosines(@TempDir Path tmp) throws IOException {
		// rotate the series 20 degrees about the patient x axis: rows stay along x, columns tilt towards z
		double a = Math.toRadians(20);
		Vec3 row = new Vec3(1, 0, 0), col = new Vec3(0, Math.cos(a), Math.sin(a));
		Vec3 normal = row.cross(col);
		List<Path> files = sphereSlices().subList(0, 5);
		List<Path> oblique = new ArrayList<>();
		for (int k = 0; k < files.size(); k++) {
			Vec3 ipp = new Vec3(-127, -127, 0).plus(normal.times(3.0 * k));
			oblique.add(DicomEdit.copyWith(files.get(k), tmp.resolve("oblique" + k + ".dcm"), list -> {
				DicomEdit.setDecimals(list, 0x0020, 0x0037, "1", "0", "0", "0", ds(col.y()), ds(col.z()));
				DicomEdit.setDecimals(list, 0x0020, 0x0032, ds(ipp.x()), ds(ipp.y()), ds(ipp.z()));
			}));
		}
		Collections.reverse(oblique);
		Grid3 g = CtSeriesReader.read(oblique).ctHu().grid();
		assertEquals(5, g.nz());
		assertEquals(3.0, g.spacingMm().z(), 1e-6);
		// DS values carry 8 decimals
		assertEquals(0, g.columnDir().minus(col).norm(), 1e-6);
		assertEquals(0, g.sliceDir().minus(normal).norm(), 1e-6);
		// voxel (0, 0, 4) is at the origin of the slice written with k = 4
		assertEquals(0, g.toPatientMm(0, 0, 4).minus(new Vec3(-127, -127, 0).plus(normal.times(12))).norm(), 1e-6);
	}
}
