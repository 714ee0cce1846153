package org.latticebench.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.model.Study;
import org.latticebench.model.io.TestStudies;

class SnapshotsTest {

	@Test
	void snapshotCarriesPatientImageAndStructures() {
		Study study = TestStudies.liverStudy();

		StudySnapshot snap = Snapshots.toSnapshot(study);

		assertEquals("Phantom^Liver", snap.patientName());
		assertEquals("LB-0001", snap.patientId());
		assertEquals(TestStudies.IMAGE_GRID, snap.ctHu().grid());
		assertArrayEquals(study.getImage().getHuValues().toFloatArray(), snap.ctHu().values());
		assertEquals(List.of("Body", "Liver", "GTV"), snap.structures().stream().map(StructureSnapshot::name).toList());
		StructureSnapshot gtv = snap.structure("GTV").orElseThrow();
		assertEquals(StructureRole.TARGET, gtv.role());
		assertEquals(0xFF0000, gtv.colorRgb());
		assertEquals(3, gtv.contours().size()); // the fixture draws 3 contours per contoured structure
		assertArrayEquals(study.getStructures().get(2).getMask().toFloatArray(), gtv.mask().orElseThrow().fraction());
		assertEquals(Optional.empty(), snap.structure("Body").orElseThrow().mask());
		assertEquals(StructureRole.OAR, snap.structure("Liver").orElseThrow().role());
		assertEquals(4.0, snap.structure("Liver").orElseThrow().alphaBetaGy()); // fixture: liver alpha/beta 4 Gy
	}

	@Test
	void snapshotArraysAreCopiesThatDoNotFollowTheStudy() {
		Study study = TestStudies.liverStudy();
		StudySnapshot snap = Snapshots.toSnapshot(study);
		float before = snap.ctHu().values()[0];

		snap.ctHu().values()[0] = 12345f;
		snap.structure("GTV").orElseThrow().contours().get(0).pointsMm()[0] = 99;

		assertEquals(before, study.getImage().getHuValues().get(0));
		assertNotEquals(99.0, study.getStructures().get(2).getContours().get(0).pointsMm()[0]);
	}

	@Test
	void snapshotToStudyAndBackIsTheSameSnapshot() {
		Grid3 grid = Grid3.axisAligned(new Vec3(-10, -10, -5), new Vec3(2, 2, 2.5), 11, 11, 5);
		float[] hu = new float[grid.voxelCount()];
		float[] fractions = new float[grid.voxelCount()];
		for (int n = 0; n < hu.length; n++) {
			hu[n] = n - 300f;
			fractions[n] = (n % 4) / 4f;
		}
		StructureSnapshot sphere = StructureSnapshot.ofMask("Sphere 1", StructureRole.TARGET, 0x123456, 10, new Mask(grid, fractions));
		StructureSnapshot ring = new StructureSnapshot("Ring", StructureRole.OTHER, 0xABCDEF, 3,
				List.of(new PlanarContour(new double[] { 0, 0, 0, 5, 0, 0, 5, 5, 0 })), Optional.empty());
		StudySnapshot original = new StudySnapshot("Test^Patient", "ID-7", new FloatVolume(grid, hu), List.of(sphere, ring));

		StudySnapshot back = Snapshots.toSnapshot(Snapshots.fromSnapshot(original));

		assertEquals(original, back);
	}

	@Test
	void maskOnAnotherGridThanTheImageIsRefused() {
		Grid3 image = Grid3.axisAligned(Vec3.ZERO, new Vec3(1, 1, 1), 4, 4, 4);
		Grid3 other = Grid3.axisAligned(new Vec3(1, 0, 0), new Vec3(1, 1, 1), 4, 4, 4);
		StudySnapshot snap = new StudySnapshot("p", "i", FloatVolume.zeros(image),
				List.of(StructureSnapshot.ofMask("Shifted", StructureRole.OAR, 0, 3, Mask.empty(other))));

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> Snapshots.fromSnapshot(snap));

		assertTrue(e.getMessage().startsWith("structure 'Shifted': mask:"), e.getMessage());
	}

	@Test
	void studyWithoutImageCannotBeSnapshot() {
		Study study = TestStudies.liverStudy();
		study.setImage(null);

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> Snapshots.toSnapshot(study));

		assertEquals("image", e.attribute().orElseThrow());
	}
}
