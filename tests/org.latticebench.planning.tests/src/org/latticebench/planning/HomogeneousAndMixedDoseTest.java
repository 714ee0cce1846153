package org.latticebench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.core.BeamSpec;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.planning.internal.HomogeneousGenerator;
import org.latticebench.planning.internal.MixedDoseGenerator;
import org.latticebench.testing.Asserts;

class HomogeneousAndMixedDoseTest {

	private static final RegimenLibrary LIB = RegimenLibrary.builtIn();
	private static final Vec3 TUMOUR = new Vec3(10, -6, 4);

	/** GTV R 20 in a liver R 60 (normal liver 4/3 pi (60^3 - 20^3) = 871.3 cc), stomach, cord, a small kidney. */
	private static StudySnapshot abdomen() {
		return TestStudies.onGrid(2.0, 80).sphere("GTV", StructureRole.TARGET, TUMOUR, 20)
				.sphere("Liver", StructureRole.OAR, TUMOUR, 60)
				.box("Stomach", StructureRole.OAR, new Vec3(40, -60, -10), new Vec3(60, -40, 10))
				.box("SpinalCord", StructureRole.OAR, new Vec3(-6, 50, -60), new Vec3(6, 60, 60))
				.box("Kidney_L", StructureRole.OAR, new Vec3(40, 30, -20), new Vec3(60, 50, 20)).build();
	}

	private static ObjectiveSpec objective(PlanDesign d, Type type, String name) {
		return d.objectives().stream().filter(o -> o.type() == type && o.structureName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type + " objective on " + name + " in " + d.objectives()));
	}

	@Test
	void sbrtDesignHasCoverageAndTg101Objectives() {
		HomogeneousGenerator g = new HomogeneousGenerator();
		PlanDesign d = g.generate(abdomen(), LIB.require("sbrt-50-5"), g.defaultSettings(), ProgressMonitor.NULL);
		assertEquals(List.of(new Prescription("PTV", TargetRole.PTV, 50, 5)), d.prescriptions());
		// [003] coverage: >= 97 % of the target at >= 95 % of 50 Gy = 47.5 Gy; < 3 % above 110 % = 55 Gy
		ObjectiveSpec cover = objective(d, Type.MIN_DVH, "PTV");
		assertEquals(47.5, cover.doseGy(), 1e-9);
		assertEquals(97, cover.volumePct(), 1e-9);
		ObjectiveSpec hot = objective(d, Type.MAX_DVH, "PTV");
		assertEquals(55.0, hot.doseGy(), 1e-9);
		assertEquals(3, hot.volumePct(), 1e-9);
		// TG-101 5 fx ([001] Table 1): stomach Dmax 32 Gy, spinal cord Dmax 30 Gy
		assertEquals(32.0, objective(d, Type.MAX_DOSE, "Stomach").doseGy(), 1e-9);
		assertEquals(30.0, objective(d, Type.MAX_DOSE, "SpinalCord").doseGy(), 1e-9);
		// liver: > 700 cc below 21 Gy -> at most (871.3 - 700) / 871.3 = 19.66 % of normal liver above 21 Gy
		ObjectiveSpec liver = objective(d, Type.MAX_DVH, TargetConstruction.NORMAL_LIVER);
		assertEquals(21.0, liver.doseGy(), 1e-9);
		double normalLiverCc = TestStudies.sphereVolumeCc(60) - TestStudies.sphereVolumeCc(20);
		assertEquals(100 * (normalLiverCc - 700) / normalLiverCc, liver.volumePct(), 0.5);
		// the kidney box is 20 x 20 x 40 mm = 16 cc, below the 200 cc TG-101 spares: skipped with a note
		assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("Kidney_L")), d.notes().toString());
	}

	@Test
	void nineCoplanarBeamsFortyDegreesApartAtThePtvCentroid() {
		HomogeneousGenerator g = new HomogeneousGenerator();
		PlanDesign d = g.generate(abdomen(), LIB.require("sbrt-50-5"), g.defaultSettings(), ProgressMonitor.NULL);
		assertEquals(9, d.beams().size());
		for (int n = 0; n < 9; n++) {
			BeamSpec b = d.beams().get(n);
			assertEquals(40.0 * n, b.gantryDeg(), 1e-9); // 360 / 9
			assertEquals(0.0, b.couchDeg(), 1e-9);
			// the PTV is a sphere about the tumour centre
			assertEquals(0, b.isocentreMm().minus(TUMOUR).norm(), 0.05);
		}
	}

	@Test
	void tomotherapyDesignPrescribesToPgtvAndPtv() {
		HomogeneousGenerator g = new HomogeneousGenerator();
		PlanDesign d = g.generate(abdomen(), LIB.require("tomo-hypo"), g.defaultSettings(), ProgressMonitor.NULL);
		// [002]: PGTV 50 Gy, PTV 30 Gy in 10 fractions; only the top level gets the hot-spot limit
		assertEquals(List.of(new Prescription("PGTV", TargetRole.PGTV, 50, 10), new Prescription("PTV", TargetRole.PTV, 30, 10)),
				d.prescriptions());
		assertEquals(55.0, objective(d, Type.MAX_DVH, "PGTV").doseGy(), 1e-9);
		assertTrue(d.objectives().stream().noneMatch(o -> o.type() == Type.MAX_DVH && o.structureName().equals("PTV")));
		assertTrue(d.notes().stream().anyMatch(n -> n.contains("10 fractions")), d.notes().toString());
	}

	@Test
	void fifteenFractionRegimenTakesTheSeed003Limits() {
		HomogeneousGenerator g = new HomogeneousGenerator();
		PlanDesign d = g.generate(abdomen(), LIB.require("imrt-45-15"), g.defaultSettings(), ProgressMonitor.NULL);
		// [003] (AUTO picks it for 15 fx): stomach Dmax < 54 Gy, cord < 40 Gy, normal liver mean <= 24 Gy, V30 < 28 %
		assertEquals(54.0, objective(d, Type.MAX_DOSE, "Stomach").doseGy(), 1e-9);
		assertEquals(40.0, objective(d, Type.MAX_DOSE, "SpinalCord").doseGy(), 1e-9);
		assertEquals(24.0, objective(d, Type.MAX_MEAN, TargetConstruction.NORMAL_LIVER).doseGy(), 1e-9);
		assertTrue(d.objectives().contains(new ObjectiveSpec(Type.MAX_DVH, TargetConstruction.NORMAL_LIVER, 30, 28,
				Double.NaN, 10)), d.objectives().toString());
	}

	@Test
	void homogeneousGeneratorRefusesALatticeRegimen() {
		HomogeneousGenerator g = new HomogeneousGenerator();
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> g.generate(abdomen(), LIB.require("lattice-sfrt"), g.defaultSettings(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("lattice"), e.getMessage());
	}

	@Test
	void mixedDoseSplitsTheGtvAtTheHuThreshold() {
		// core R 10 at 15 HU (necrotic), rim to R 20 at 60 HU: the 30 HU default puts the core below
		StudySnapshot s = TestStudies.onGrid(1.0, 50).sphere("GTV", StructureRole.TARGET, Vec3.ZERO, 20)
				.huInSphere(Vec3.ZERO, 25, 60).huInSphere(Vec3.ZERO, 10, 15).build();
		MixedDoseGenerator g = new MixedDoseGenerator();
		PlanDesign d = g.generate(s, LIB.require("mixed-dose"), g.defaultSettings(), ProgressMonitor.NULL);
		// [000]: necrotic 5 Gy, solid 25 Gy, 5 fx
		assertEquals(List.of(new Prescription("GTV_necrotic", TargetRole.NECROTIC, 5, 5),
				new Prescription("GTV_solid", TargetRole.SOLID, 25, 5)), d.prescriptions());
		// necrotic = voxel centres within 10 mm: 4/3 pi 10^3 = 4.19 cc; solid = the rest of the 33.51 cc GTV
		Asserts.assertVolumeEquals(TestStudies.sphereVolumeCc(10),
				d.structure("GTV_necrotic").orElseThrow().mask().orElseThrow().volumeCc(), 0.03, "necrotic");
		Asserts.assertVolumeEquals(TestStudies.sphereVolumeCc(20) - TestStudies.sphereVolumeCc(10),
				d.structure("GTV_solid").orElseThrow().mask().orElseThrow().volumeCc(), 0.01, "solid");
	}

	@Test
	void mixedDoseUsesExistingStructuresWhenBothExist() {
		StudySnapshot s = TestStudies.onGrid(2.0, 30).sphere("GTV", StructureRole.TARGET, Vec3.ZERO, 20)
				.sphere("GTV_necrotic", StructureRole.TARGET, Vec3.ZERO, 8)
				.sphere("GTV_solid", StructureRole.TARGET, new Vec3(0, 0, 12), 6).build();
		MixedDoseGenerator g = new MixedDoseGenerator();
		PlanDesign d = g.generate(s, LIB.require("mixed-dose"), g.defaultSettings(), ProgressMonitor.NULL);
		assertEquals("GTV_necrotic", d.prescriptions().get(0).structureName());
		assertTrue(d.structure("GTV_necrotic").isEmpty(), "the study's structure is used, not a new one");
		// a threshold that leaves nothing necrotic is an error naming the setting
		Record allSolid = g.settingsFrom(Map.of("source", "HU_THRESHOLD", "necroticHuThreshold", "-500"));
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> g.generate(s, LIB.require("mixed-dose"), allSolid, ProgressMonitor.NULL));
		assertEquals("necroticHuThreshold", e.attribute().orElseThrow());
	}

	@Test
	void arcIsApproximatedByStaticBeams() {
		// 36 beams every 10 degrees around a full circle; a 180 degree arc every 20 degrees has 10 beams
		List<BeamSpec> full = Beams.arrange(BeamArrangement.arc(0, 360, 10), Vec3.ZERO);
		assertEquals(36, full.size());
		assertEquals(350.0, full.get(35).gantryDeg(), 1e-9);
		List<BeamSpec> half = Beams.arrange(BeamArrangement.arc(270, 180, 20), Vec3.ZERO);
		assertEquals(10, half.size());
		assertEquals(270.0, half.get(0).gantryDeg(), 1e-9);
		assertEquals(90.0, half.get(9).gantryDeg(), 1e-9); // 270 + 180 wraps to 90
		assertEquals("B10_G090", half.get(9).name());
	}
}
