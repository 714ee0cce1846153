package org.latticebench.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.model.Structure;
import org.latticebench.model.Study;
import org.latticebench.model.snapshot.Snapshots;

/** Study format 2: each structure's mask saved on its own box of the image grid; format 1 studies still open. */
class CroppedMaskStoreTest {

	private static final Grid3 CT = TestStudies.IMAGE_GRID; // 24 x 20 x 12 voxels

	@TempDir
	Path dir;

	@Test
	void croppedMasksComeBackWithTheirBoxesAndIdenticalFractions() throws IOException {
		Mask ball = ball(new Vec3(2, -1, 0), 9).cropped();
		Mask border = ball(CT.toPatientMm(0, 0, 11), 7).cropped(); // centred on the CT's corner voxel
		Mask empty = Mask.emptyOn(CT);
		StudySnapshot snapshot = new StudySnapshot("Crop^Test", "LB-14", new FloatVolume(CT, new float[CT.voxelCount()]),
				List.of(StructureSnapshot.ofMask("Ball", StructureRole.TARGET, 0xff0000, 10, ball),
						StructureSnapshot.ofMask("Border", StructureRole.OAR, 0x00ff00, 3, border),
						StructureSnapshot.ofMask("Empty", StructureRole.OTHER, 0x0000ff, 3, empty)));
		Path folder = dir.resolve("study");

		StudyStore.save(Snapshots.fromSnapshot(snapshot), folder);
		Study loaded = StudyStore.load(folder);
		StudySnapshot back = Snapshots.toSnapshot(loaded);

		assertEquals(StudyStore.FORMAT_VERSION, loaded.getFormatVersion());
		for (int s = 0; s < 3; s++) {
			Mask before = snapshot.structures().get(s).mask().orElseThrow();
			Mask after = back.structures().get(s).mask().orElseThrow();
			String name = snapshot.structures().get(s).name();
			assertEquals(before.grid(), after.grid(), name + " box");
			assertEquals(sha256(before.fraction()), sha256(after.fraction()), name + " fractions (SHA-256)");
			assertEquals(before, after, name);
			// the saved array holds the box only
			assertEquals(before.grid().voxelCount(), loaded.getStructures().get(s).getMask().length(), name + " array length");
		}
		assertTrue(ball.fraction().length < CT.voxelCount() / 4, "the ball's box is a small part of the CT: " + ball.grid());
		int[] borderAt = border.grid().alignedOffsetIn(CT).orElseThrow();
		assertEquals(0, borderAt[0], "the border structure's box starts at the CT's first column");
		assertEquals(0, borderAt[1], "and first row");
		assertEquals(CT.nz(), borderAt[2] + border.grid().nz(), "and ends on its last slice");
		assertEquals(0.0, back.structures().get(2).mask().orElseThrow().volumeCc(), 0.0, "the empty structure is 0 cc");
		assertEquals(1, loaded.getStructures().get(2).getMask().length(), "an empty structure saves one voxel");
	}

	@Test
	void aStudySavedInFormat1WithWholeGridMasksStillOpens() throws IOException {
		// The format 1 layout: the Liver's and GTV's masks have one value per image voxel and no maskGrid.
		Study old = TestStudies.liverStudy();
		Path folder = dir.resolve("old");
		StudyStore.save(old, folder);
		Path xmi = folder.resolve(StudyStore.STUDY_FILE);
		String text = Files.readString(xmi);
		assertFalse(text.contains("maskGrid"), "no mask grid in the old layout");
		Files.writeString(xmi, text.replaceFirst("formatVersion=\"" + StudyStore.FORMAT_VERSION + "\"", "formatVersion=\"1\""));

		Study loaded = StudyStore.load(folder);
		StudySnapshot snapshot = Snapshots.toSnapshot(loaded);

		assertEquals(1, loaded.getFormatVersion());
		Structure liver = old.getStructures().get(1);
		Mask mask = snapshot.structure("Liver").flatMap(StructureSnapshot::mask).orElseThrow();
		assertTrue(mask.grid().sameGeometry(CT), "a mask without maskGrid lies on the image grid");
		assertArrayEquals(liver.getMask().toFloatArray(), mask.fraction());

		// saved again, it is format 2 with each mask on its box, and the same structure
		Path again = dir.resolve("again");
		StudyStore.save(Snapshots.fromSnapshot(new StudySnapshot(snapshot.patientName(), snapshot.patientId(), snapshot.ctHu(),
				snapshot.structures().stream().map(s -> s.mask().map(m -> s.withMask(m.cropped())).orElse(s)).toList())), again);
		assertTrue(Files.readString(again.resolve(StudyStore.STUDY_FILE)).contains("maskGrid"));
		Mask reread = Snapshots.toSnapshot(StudyStore.load(again)).structure("Liver").flatMap(StructureSnapshot::mask)
				.orElseThrow();
		assertEquals(mask, reread.embedIn(CT));
		assertEquals(mask.volumeCc(), reread.volumeCc(), 0.0);
	}

	@Test
	void aNewerFormatSaysWhichFormatThisVersionReads() throws IOException {
		Path folder = dir.resolve("newer");
		StudyStore.save(TestStudies.liverStudy(), folder);
		Path xmi = folder.resolve(StudyStore.STUDY_FILE);
		Files.writeString(xmi, Files.readString(xmi).replaceFirst("formatVersion=\"" + StudyStore.FORMAT_VERSION + "\"",
				"formatVersion=\"" + (StudyStore.FORMAT_VERSION + 1) + "\""));

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StudyStore.load(folder));

		assertTrue(e.getMessage().contains("this version reads study format 2"), e.getMessage());
	}

	@Test
	void aMaskGridThatDoesNotFitItsArrayIsNamed() throws IOException {
		Mask ball = ball(new Vec3(2, -1, 0), 9).cropped();
		Path folder = dir.resolve("bad");
		StudyStore.save(Snapshots.fromSnapshot(new StudySnapshot("B", "1", new FloatVolume(CT, new float[CT.voxelCount()]),
				List.of(StructureSnapshot.ofMask("Ball", StructureRole.TARGET, 0xff0000, 10, ball)))), folder);
		Path xmi = folder.resolve(StudyStore.STUDY_FILE);
		String text = Files.readString(xmi);
		String nx = "nx=\"" + ball.grid().nx() + "\"";
		int at = text.indexOf("<maskGrid");
		assertTrue(at > 0 && text.indexOf(nx, at) > 0, text);
		Files.writeString(xmi, text.substring(0, at) + text.substring(at).replaceFirst(nx, "nx=\"" + (ball.grid().nx() + 1) + "\""));

		Study loaded = StudyStore.load(folder);
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> Snapshots.toSnapshot(loaded));

		assertTrue(e.getMessage().contains("structure 'Ball'") && e.getMessage().contains("voxels but its grid"), e.getMessage());
	}

	@Test
	void aMaskHalfAVoxelOffTheImageGridIsRefusedOnSave() {
		Grid3 shifted = Grid3.axisAligned(CT.toPatientMm(3.5, 2, 1), CT.spacingMm(), 4, 4, 4);
		StudySnapshot snapshot = new StudySnapshot("B", "1", new FloatVolume(CT, new float[CT.voxelCount()]),
				List.of(StructureSnapshot.ofMask("Half", StructureRole.OAR, 0, 3, Mask.empty(shifted))));

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> Snapshots.fromSnapshot(snapshot));

		assertTrue(e.getMessage().startsWith("structure 'Half': mask:") && e.getMessage().contains("not a box of the image grid"),
				e.getMessage());
	}

	/** Partial volumes of a ball by 4 x 4 x 4 point sampling per voxel, on the whole CT grid. */
	private static Mask ball(Vec3 centreMm, double radiusMm) {
		float[] f = new float[CT.voxelCount()];
		for (int k = 0; k < CT.nz(); k++) {
			for (int j = 0; j < CT.ny(); j++) {
				for (int i = 0; i < CT.nx(); i++) {
					int in = 0;
					for (int s = 0; s < 64; s++) {
						Vec3 p = CT.toPatientMm(i + (s % 4 + 0.5) / 4 - 0.5, j + (s / 4 % 4 + 0.5) / 4 - 0.5, k + (s / 16 + 0.5) / 4 - 0.5);
						in += p.minus(centreMm).norm() <= radiusMm ? 1 : 0;
					}
					f[CT.index(i, j, k)] = in / 64f;
				}
			}
		}
		return new Mask(CT, f);
	}

	private static String sha256(float[] values) {
		ByteBuffer b = ByteBuffer.allocate(4 * values.length);
		b.asFloatBuffer().put(values);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
