package org.latticebench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.planning.SphereDecision.Status;
import org.latticebench.planning.internal.LatticeGenerator;
import org.latticebench.testing.Asserts;

/**
 * Sphere placement on shapes with known answers. The 10 cm sphere GTV (R = 50 mm) on a 2 mm grid:
 * a 15 mm sphere (r = 7.5 mm) is whole when its centre lies within 50 - 7.5 = 42.5 mm of the GTV
 * centre, and its centre is inside the GTV below 50 mm. The unshifted lattice has a vertex at the
 * GTV centroid (the origin), so the counts are lattice points inside those radii.
 */
class LatticeGeneratorTest {

	private static final Regimen LATTICE = RegimenLibrary.builtIn().require("lattice-sfrt");
	private final PlanGenerator generator = new LatticeGenerator();

	private static StudySnapshot sphereGtv() {
		return TestStudies.onGrid(2.0, 80).sphere("GTV", StructureRole.TARGET, Vec3.ZERO, 50).build();
	}

	private PlanDesign plan(StudySnapshot study, Map<String, String> set) {
		Map<String, String> form = new HashMap<>(set);
		return generator.generate(study, LATTICE, generator.settingsFrom(form), ProgressMonitor.NULL);
	}

	private static LatticeReport report(PlanDesign d) {
		return d.lattice().orElseThrow();
	}

	@Test
	void cubicLatticeUnshiftedHasThreeWholeSpheresInTenCentimetreSphere() {
		LatticeReport r = report(plan(sphereGtv(), Map.of("searchOffset", "false")));
		// vertices (60i, 60j, 30k) with |p| <= 42.5 mm: (0,0,0) and (0,0,+-30); the next, (0,0,+-60)
		// and (+-60,0,0), are 60 mm out (centre 10 mm outside, sphere does not touch the GTV)
		assertEquals(3, r.wholeCount());
		assertEquals(0, r.clippedCount());
		assertEquals(3, r.decisions().size());
		// three whole 15 mm spheres: 3 * 4/3 pi 7.5^3 = 5.301 cc
		Asserts.assertVolumeEquals(3 * TestStudies.sphereVolumeCc(7.5), r.peakVolumeCc(), 0.03, "PTV_peak");
	}

	@Test
	void hexagonalLatticeUnshiftedHasOneWholeAndSixClippedSpheres() {
		LatticeReport r = report(plan(sphereGtv(), Map.of("searchOffset", "false", "pattern", "HEXAGONAL")));
		// plane z = 0 (A): only the centre vertex (neighbours 60 mm away). Planes z = +-30 (B) are shifted
		// onto triangle centres, 60/sqrt(3) = 34.64 mm off-axis: three per plane at
		// sqrt(34.64^2 + 30^2) = 45.83 mm, inside the GTV (< 50) but not whole (> 42.5) -> 6 clipped
		assertEquals(1, r.wholeCount());
		assertEquals(6, r.clippedCount());
		for (SphereDecision d : r.decisions()) {
			if (d.status() == Status.CLIPPED) {
				// depth 50 - 45.83 = 4.17 mm: the sphere cap beyond the surface is cut off, so well under 1
				assertTrue(d.insideFraction() > 0.5 && d.insideFraction() < 0.95, "inside fraction " + d.insideFraction());
				Asserts.assertDoseEquals(4.17, d.depthMm(), 0.6, "depth (mm) of a clipped vertex");
			}
		}
	}

	@Test
	void alternatingLatticeUnshiftedDropsTheShiftedPlanesOutsideTheGtv() {
		LatticeReport r = report(plan(sphereGtv(), Map.of("searchOffset", "false", "pattern", "ALTERNATING")));
		// z = 0: the centre only; z = +-30 shifted by (30, 30): four vertices per plane at
		// sqrt(30^2 + 30^2 + 30^2) = 51.96 mm, centre outside the GTV but the sphere touches it -> dropped
		assertEquals(1, r.wholeCount());
		assertEquals(0, r.clippedCount());
		assertEquals(8, r.count(Status.DROPPED_OUTSIDE));
	}

	@Test
	void cubicLatticeAt20MmSpacingHas33WholeSpheres() {
		PlanDesign d = plan(sphereGtv(), Map.of("searchOffset", "false", "inPlaneSpacingMm", "20", "planeSpacingMm", "20"));
		LatticeReport r = report(d);
		// points (20i, 20j, 20k) with i^2 + j^2 + k^2 <= (42.5/20)^2 = 4.52: norm^2 0, 1, 2, 3, 4 have
		// 1 + 6 + 12 + 8 + 6 = 33 points; the nearest outside, norm^2 5, lies at 44.7 mm
		assertEquals(33, r.wholeCount());
		// the plan's notes state the spacing used (20 mm), not only the published protocol's 60 mm
		assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("This plan:") && n.contains("20.0 mm apart in-plane")
				&& n.contains("axial planes 20.0 mm apart")), d.notes().toString());
		assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("Regimen as published:") && n.contains("60 mm")),
				d.notes().toString());
	}

	@Test
	void spheresNearAnOrganAtRiskAreDroppedWithTheOrganAndDistance() {
		StudySnapshot study = TestStudies.onGrid(2.0, 80).sphere("GTV", StructureRole.TARGET, Vec3.ZERO, 50)
				.box("Duodenum", StructureRole.OAR, new Vec3(-20, -20, 50), new Vec3(20, 20, 60)).build();
		PlanDesign d = plan(study, Map.of("searchOffset", "false"));
		LatticeReport r = report(d);
		// the vertex (0,0,30): sphere top at 37.5 mm, duodenum from z = 50 -> 12.5 mm < 15 mm ([001]) -> dropped
		assertEquals(2, r.wholeCount());
		List<SphereDecision> dropped = r.decisions().stream().filter(x -> x.status() == Status.DROPPED_NEAR_OAR).toList();
		assertEquals(1, dropped.size());
		SphereDecision near = dropped.get(0);
		assertEquals(30.0, near.centreMm().z(), 1e-3);
		assertEquals("Duodenum", near.nearestOar().orElseThrow().oarName());
		Asserts.assertDoseEquals(12.5, near.nearestOar().orElseThrow().surfaceDistanceMm(), 0.5, "surface gap (mm)");
		assertTrue(near.structureName().isEmpty());
		// the kept spheres are sphere_1 and sphere_2, inferior first
		assertEquals(List.of("sphere_1", "sphere_2"), r.kept().stream().map(x -> x.structureName().orElseThrow()).toList());
		assertTrue(d.structure("sphere_2").isPresent());
		assertFalse(d.structure("sphere_3").isPresent());
	}

	@Test
	void aListedOrganAtRiskThatIsMissingIsAnError() {
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> plan(sphereGtv(), Map.of("oarNames", "Stomach")));
		assertTrue(e.getMessage().contains("Stomach"), e.getMessage());
	}

	@Test
	void offsetSearchBeatsTheUnshiftedLatticeInABox() {
		// GTV box 100 x 40 x 40 mm: whole-sphere centres need |x| <= 42.5, |y|, |z| <= 12.5. The unshifted
		// lattice (vertex at the centre, x in {0, +-60}) fits 1; shifted by 30 mm in x, x = +-30 fits 2,
		// the most possible (an 85 mm interval holds two points 60 apart; 25 mm holds one point 30 or 60 apart)
		StudySnapshot study = TestStudies.onGrid(2.0, 80)
				.box("GTV", StructureRole.TARGET, new Vec3(-50, -20, -20), new Vec3(50, 20, 20)).build();
		LatticeReport r = report(plan(study, Map.of()));
		assertEquals(1, r.unshiftedWholeCount());
		assertEquals(2, r.wholeCount());
		// the search grid over one cell: 60/5 * 60/5 * 30/5 = 864 offsets
		assertEquals(864, r.candidatesTried());
	}

	@Test
	void rotationSearchTriesEveryAngleAndKeepsTheBestCount() {
		StudySnapshot study = TestStudies.onGrid(2.0, 80)
				.box("GTV", StructureRole.TARGET, new Vec3(-50, -20, -20), new Vec3(50, 20, 20)).build();
		LatticeReport r = report(plan(study, Map.of("searchRotation", "true", "rotationStepDeg", "30")));
		// rotations 0, 30, 60 (a square lattice repeats every 90 degrees) times the 864 offsets
		assertEquals(3 * 864, r.candidatesTried());
		// no rotation fits more than 2 whole spheres: three vertices pairwise 60 mm apart span a triangle at
		// least 60 sin 60 = 52 mm wide, more than the 25 mm the centres may use across y. Among the 2-sphere
		// placements the tie-break (deepest spheres) keeps the unrotated one with both centres at y = z = 0, 20 mm deep
		assertEquals(2, r.wholeCount());
		assertEquals(0.0, r.rotationDeg(), 1e-9);
	}

	@Test
	void everySphereCentreLiesOnTheRequestedLattice() {
		StudySnapshot study = TestStudies.onGrid(3.0, 70)
				.ellipsoid("GTV", StructureRole.TARGET, new Vec3(3, -4, 2), new Vec3(90, 70, 60)).build();
		LatticeReport r = report(plan(study, Map.of()));
		assertTrue(r.keptCount() >= 6, "kept " + r.keptCount());
		Vec3 o = r.latticeOriginMm();
		for (SphereDecision d : r.kept()) {
			Vec3 c = d.centreMm().minus(o);
			// cubic lattice, [001] spacing: 60 mm in-plane, 30 mm between planes
			assertEquals(Math.rint(c.x() / 60), c.x() / 60, 1e-6);
			assertEquals(Math.rint(c.y() / 60), c.y() / 60, 1e-6);
			assertEquals(Math.rint(c.z() / 30), c.z() / 30, 1e-6);
		}
		double minInPlane = Double.MAX_VALUE, minPlaneGap = Double.MAX_VALUE;
		for (SphereDecision a : r.kept()) {
			for (SphereDecision b : r.kept()) {
				if (a == b) {
					continue;
				}
				double dz = Math.abs(a.centreMm().z() - b.centreMm().z());
				if (dz < 1e-6) {
					minInPlane = Math.min(minInPlane, a.centreMm().minus(b.centreMm()).norm());
				} else {
					minPlaneGap = Math.min(minPlaneGap, dz);
				}
			}
		}
		assertEquals(60.0, minInPlane, 1e-6);
		assertEquals(30.0, minPlaneGap, 1e-6);
	}

	@Test
	void theSameSeedGivesTheSamePlacement() {
		StudySnapshot study = TestStudies.onGrid(3.0, 50).sphere("GTV", StructureRole.TARGET, Vec3.ZERO, 55).build();
		Map<String, String> mayo = new HashMap<>(SettingsForm.toMap(LatticeSettings.mayo()));
		mayo.put("seed", "7");
		mayo.put("randomSamples", "40");
		List<Vec3> first = report(plan(study, mayo)).kept().stream().map(SphereDecision::centreMm).toList();
		List<Vec3> second = report(plan(study, mayo)).kept().stream().map(SphereDecision::centreMm).toList();
		assertEquals(first, second);
		// the Mayo preset keeps centres >= 30 mm apart and every sphere 5 mm inside the GTV surface
		for (Vec3 a : first) {
			assertTrue(a.norm() <= 55 - 7.5 - 5 + 1.5, "centre " + a + " too close to the GTV surface");
			for (Vec3 b : first) {
				assertTrue(a == b || a.minus(b).norm() >= 30 - 1e-9);
			}
		}
		assertTrue(first.size() >= 4, "placed " + first.size());
	}

	@Test
	void randomOffsetSamplesAreReproducibleFromTheSeed() {
		StudySnapshot study = TestStudies.onGrid(3.0, 50).sphere("GTV", StructureRole.TARGET, Vec3.ZERO, 55).build();
		Map<String, String> set = Map.of("randomSamples", "25", "seed", "11", "offsetStepMm", "15");
		LatticeReport a = report(plan(study, set)), b = report(plan(study, set));
		assertEquals(a.latticeOriginMm(), b.latticeOriginMm());
		assertEquals(a.decisions(), b.decisions());
		// grid 60/15 * 60/15 * 30/15 = 32 offsets, then the 25 random ones
		assertEquals(57, a.candidatesTried());
	}

	@Test
	void designHasPeakValleyPrescriptionsAndNineBeams() {
		PlanDesign d = plan(sphereGtv(), Map.of("searchOffset", "false"));
		// [001]: PTV 20 Gy and the spheres 66.7 Gy in 5 fractions
		assertEquals(List.of(new Prescription("PTV", TargetRole.PTV, 20, 5), new Prescription("PTV_peak", TargetRole.SPHERES,
				66.7, 5)), d.prescriptions());
		// PTV = GTV + 5 mm: 4/3 pi 55^3 = 696.9 cc
		Asserts.assertVolumeEquals(TestStudies.sphereVolumeCc(55), d.structure("PTV").orElseThrow().mask().orElseThrow()
				.volumeCc(), 0.02, "PTV");
		// valley = GTV - spheres grown by 5 mm: 4/3 pi (50^3 - 3 * 12.5^3) = 499.0 cc
		Asserts.assertVolumeEquals(TestStudies.sphereVolumeCc(50) - 3 * TestStudies.sphereVolumeCc(12.5),
				report(d).valleyVolumeCc(), 0.02, "valley");
		assertEquals(9, d.beams().size());
		assertEquals("lattice", d.generatorId());
		assertEquals("false", d.settingsForm().get("searchOffset"));
	}

	@Test
	void avoidSpheresSitBetweenThePeaks() {
		PlanDesign d = plan(sphereGtv(),
				Map.of("searchOffset", "false", "inPlaneSpacingMm", "40", "planeSpacingMm", "40", "avoidSpheres", "true"));
		// peaks at (0,0,0) and the six axis points 40 mm out; avoid centres at (+-20, +-20, 0): 28.3 mm
		// from the centre (depth 21.7 >= 7.5) and 28.3 mm from the nearest peaks, beyond 7.5 + 7.5 + 5 = 20 mm.
		// Planes z = +-40 hold avoid centres at 45 mm, outside the retracted GTV. So 4 avoid spheres.
		assertEquals(7, report(d).wholeCount());
		assertTrue(d.structure("avoid_4").isPresent());
		assertFalse(d.structure("avoid_5").isPresent());
	}
}
