package org.latticebench.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.model.DoseKind;
import org.latticebench.model.Regimen;
import org.latticebench.model.Study;
import org.latticebench.model.snapshot.Snapshots;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;

/** Issue 3: a study with the built-in phantom and two plans saves, reopens equal, and survives a killed save. */
class PhantomStudyPersistenceTest {

	@TempDir
	Path dir;

	private static Study phantomStudyWithTwoPlans(float doseScale) {
		PhantomParameters p = PhantomParameters.defaults();
		// 4 mm keeps the test quick; the persistence path is the same at 2.5 mm
		StudySnapshot snapshot = LiverPhantom.build(new PhantomParameters(4.0, p.tumourDiameterMm(), p.tumourCentreOffsetMm(),
				p.necroticCoreFraction(), p.tumourLobulation()), ProgressMonitor.NULL);
		Study study = Snapshots.fromSnapshot(snapshot);
		Regimen lattice = TestStudies.F.createRegimen();
		lattice.setId("lattice-sfrt");
		lattice.setName("Lattice SFRT 20 Gy + 66.7 Gy / 5 fx");
		lattice.setSource("[001]");
		lattice.setFractions(5); // DOMAIN.md regimen table: 5 fractions
		study.getRegimens().add(lattice);
		var grid = snapshot.ctHu().grid();
		var latticePlan = TestStudies.plan("Lattice", lattice, doseScale);
		latticePlan.getDoses().set(0, TestStudies.dose(DoseKind.PHYSICAL, "pencil-beam-6mv", grid, doseScale));
		var sbrtPlan = TestStudies.plan("SBRT", lattice, 2 * doseScale);
		sbrtPlan.getDoses().set(0, TestStudies.dose(DoseKind.EQD2, "pencil-beam-6mv", grid, 2 * doseScale));
		study.getPlans().add(latticePlan);
		study.getPlans().add(sbrtPlan);
		return study;
	}

	@Test
	void phantomStudyWithTwoPlansReopensEqual() throws IOException {
		Study study = phantomStudyWithTwoPlans(1f);
		Path folder = dir.resolve("phantom-study");
		StudyStore.save(study, folder);
		Study loaded = StudyStore.load(folder);
		assertTrue(EcoreUtil.equals(study, loaded), "reopened study equals the saved one");
		assertEquals(2, loaded.getPlans().size());
		// the phantom's structure list (PhantomParameters docs / LiverPhantom.STRUCTURE_NAMES) survives
		assertEquals(LiverPhantom.STRUCTURE_NAMES.size(), loaded.getStructures().size());
		assertEquals(Snapshots.toSnapshot(study).ctHu(), Snapshots.toSnapshot(loaded).ctHu(), "CT voxels identical");
	}

	@Test
	void killedSaveOfThePhantomStudyLeavesThePreviousOneIdentical() throws IOException {
		Path folder = dir.resolve("phantom-study");
		Study old = phantomStudyWithTwoPlans(1f);
		StudyStore.save(old, folder);
		String before = KilledSaveTest.digest(folder);
		AtomicInteger arrays = new AtomicInteger();
		assertThrows(KilledSaveTest.Kill.class, () -> StudyStore.save(phantomStudyWithTwoPlans(3f), folder,
				ProgressMonitor.NULL, (step, path) -> {
					if (step == StudyStore.Step.ARRAY_WRITTEN && arrays.incrementAndGet() == 5) {
						throw new KilledSaveTest.Kill();
					}
				}));
		Study loaded = StudyStore.load(folder);
		assertTrue(EcoreUtil.equals(old, loaded), "the previous study reopens after the killed save");
		assertEquals(before, KilledSaveTest.digest(folder), "SHA-256 over every file is unchanged");
	}
}
