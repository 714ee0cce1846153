package org.latticebench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.MaskStats;
import org.latticebench.geometry.Shapes;
import org.latticebench.testing.Asserts;

/**
 * Target volumes against closed forms: a sphere grown by m mm is a sphere of radius R + m. The
 * geometry engine grows the set of inside voxel centres, so a margin is resolved to half a voxel:
 * sphere results are checked as the equivalent radius cbrt(3V / 4 pi) within 0.5 mm (1 mm grid).
 */
class TargetConstructionTest {

	private static final double HALF_VOXEL_MM = 0.5;

	private static double equivalentRadiusMm(Mask m) {
		return Math.cbrt(3 * m.volumeCc() * 1000 / (4 * Math.PI));
	}

	private static final RegimenLibrary LIB = RegimenLibrary.builtIn();
	private static final TargetSettings NO_RINGS = new TargetSettings("GTV", "Liver", "BODY", 10, 0);

	/** GTV R = 20 mm inside a liver R = 40 mm, on a 1 mm grid. */
	private static StudySnapshot study() {
		return TestStudies.onGrid(1.0, 96).sphere("GTV", StructureRole.TARGET, Vec3.ZERO, 20)
				.sphere("Liver", StructureRole.OAR, Vec3.ZERO, 40).build();
	}

	private static Mask mask(List<StructureSnapshot> list, String name) {
		return list.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().mask().orElseThrow();
	}

	@Test
	void latticePtvIsGtvPlusFiveMillimetres() {
		List<StructureSnapshot> t = TargetConstruction.build(study(), LIB.require("lattice-sfrt"), NO_RINGS,
				ProgressMonitor.NULL);
		// [001]: PTV = GTV + 5 mm -> a sphere of radius 25 mm
		assertEquals(25.0, equivalentRadiusMm(mask(t, "PTV")), HALF_VOXEL_MM);
	}

	@Test
	void tomotherapyPgtvIsPtvPlusFiveAndPtvIsGtvPlusTen() {
		List<StructureSnapshot> t = TargetConstruction.build(study(), LIB.require("tomo-hypo"), NO_RINGS,
				ProgressMonitor.NULL);
		// [002] as written: PTV = GTV + 10 -> R 30; PGTV = PTV + 5 -> R 35
		assertEquals(30.0, equivalentRadiusMm(mask(t, "PTV")), HALF_VOXEL_MM);
		assertEquals(35.0, equivalentRadiusMm(mask(t, "PGTV")), HALF_VOXEL_MM);
		assertTrue(mask(t, "PGTV").volumeCc() > mask(t, "PTV").volumeCc());
	}

	@Test
	void imrtPtvGrowsFiveMillimetresLateralAndTenCranioCaudal() {
		List<StructureSnapshot> t = TargetConstruction.build(study(), LIB.require("imrt-45-15"), NO_RINGS,
				ProgressMonitor.NULL);
		// [003]: CTV = GTV + 10 -> R 30
		assertEquals(30.0, equivalentRadiusMm(mask(t, "CTV")), HALF_VOXEL_MM);
		// PTV = CTV + 5 mm LR/AP, 10 mm CC: extent 35 mm in x and y, 40 mm in z (voxel centres within 1 mm)
		Vec3[] box = MaskStats.boundingBoxMm(mask(t, "PTV"));
		assertEquals(35, box[1].x(), 1.0);
		assertEquals(-35, box[0].y(), 1.0);
		assertEquals(40, box[1].z(), 1.0);
		assertEquals(-40, box[0].z(), 1.0);
	}

	@Test
	void anisotropicMarginOnABoxLiesBetweenTheMinkowskiSumsOfItsVoxelCentresAndItsFaces() {
		// box 20 x 20 x 20 mm (faces on voxel faces, outermost voxel centres at +-9.5) grown by the
		// ellipsoid (5, 5, 10) mm: the flat faces move exactly 5 mm and 10 mm, so the voxel centres reach
		// 14.5 mm in x and 19.5 mm in z
		Mask box = Shapes.box(TestStudies.onGrid(1.0, 80).grid(), new Vec3(-10, -10, -10), new Vec3(10, 10, 10));
		Mask ptv = TargetConstruction.expand(box, new MarginStep("PTV", "CTV", 5, 5, 10));
		Vec3[] extent = MaskStats.boundingBoxMm(ptv);
		assertEquals(14.5, extent[1].x(), 1e-9);
		assertEquals(-14.5, extent[0].y(), 1e-9);
		assertEquals(19.5, extent[1].z(), 1e-9);
		// volume between the Minkowski sums of the ellipsoid with the 19 mm box of voxel centres and the 20 mm box:
		// abc + 2(bc p + ac q + ab s) + pi(a q s + b p s + c p q) + 4/3 pi p q s = 29.81 cc and 32.90 cc
		assertTrue(ptv.volumeCc() > minkowskiBoxEllipsoidCc(19, 5, 10) && ptv.volumeCc() < minkowskiBoxEllipsoidCc(20, 5, 10),
				"volume " + ptv.volumeCc());
	}

	private static double minkowskiBoxEllipsoidCc(double a, double p, double s) {
		return (a * a * a + 2 * (a * a * p + a * a * p + a * a * s) + Math.PI * (a * p * s + a * p * s + a * p * p)
				+ 4.0 / 3 * Math.PI * p * p * s) / 1000;
	}

	@Test
	void normalLiverIsLiverMinusGtvAndRingsSurroundTheTarget() {
		TargetSettings rings = new TargetSettings("GTV", "Liver", "BODY", 10, 1);
		List<StructureSnapshot> t = TargetConstruction.build(study(), LIB.require("lattice-sfrt"), rings,
				ProgressMonitor.NULL);
		// 4/3 pi (40^3 - 20^3) = 234.57 cc
		Asserts.assertVolumeEquals(TestStudies.sphereVolumeCc(40) - TestStudies.sphereVolumeCc(20),
				mask(t, TargetConstruction.NORMAL_LIVER).volumeCc(), 0.005, "normal liver");
		// ring 0-10 mm around the PTV (R 25): 4/3 pi (35^3 - 25^3) = 114.14 cc
		Asserts.assertVolumeEquals(TestStudies.sphereVolumeCc(35) - TestStudies.sphereVolumeCc(25),
				mask(t, "Ring_0-10mm").volumeCc(), 0.03, "ring");
	}

	@Test
	void missingGtvIsReportedWithTheStructuresThereAre() {
		StudySnapshot noGtv = TestStudies.onGrid(2.0, 20).sphere("Tumour", StructureRole.TARGET, Vec3.ZERO, 8).build();
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> TargetConstruction.build(noGtv, LIB.require("sbrt-50-5"), NO_RINGS, ProgressMonitor.NULL));
		assertEquals("GTV", e.attribute().orElseThrow());
		assertTrue(e.getMessage().contains("Tumour"), e.getMessage());
	}
}
