package org.latticebench.dose.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.dose.HuDensityTable;

class GeometryAndRayTracingTest {

	private static final double EPS = 1e-9;

	private static void assertVec(Vec3 expected, Vec3 actual) {
		assertEquals(0, expected.minus(actual).norm(), 1e-9, "expected " + expected + " got " + actual);
	}

	@Test
	void gantryAnglesPlaceTheSourceAsIec61217SaysForHeadFirstSupine() {
		// IEC 61217 in DICOM LPS, couch 0: G0 anterior (-y), G90 patient left (+x), G180 posterior, G270 right
		Vec3 iso = new Vec3(10, 20, 30);
		assertVec(new Vec3(10, -980, 30), BeamFrame.of(BeamSpec.of6Mv("a", 0, 0, iso)).sourceMm());
		assertVec(new Vec3(1010, 20, 30), BeamFrame.of(BeamSpec.of6Mv("b", 90, 0, iso)).sourceMm());
		assertVec(new Vec3(10, 1020, 30), BeamFrame.of(BeamSpec.of6Mv("c", 180, 0, iso)).sourceMm());
		assertVec(new Vec3(-990, 20, 30), BeamFrame.of(BeamSpec.of6Mv("d", 270, 0, iso)).sourceMm());
	}

	@Test
	void beamsEyeViewAxesAreOrthonormalAndYbPointsSuperiorAtCollimatorZero() {
		BeamFrame f = BeamFrame.of(new BeamSpec("o", 40, 0, 20, Vec3.ZERO, 6, 1000));
		assertEquals(1, f.axis().norm(), EPS);
		assertEquals(0, f.axis().dot(f.xb()), EPS);
		assertEquals(0, f.axis().dot(f.yb()), EPS);
		assertEquals(0, f.xb().dot(f.yb()), EPS);
		// Y_b is the IEC gantry axis, towards the gantry (superior for couch 0)
		assertVec(new Vec3(0, 0, 1), BeamFrame.of(BeamSpec.of6Mv("g", 40, 0, Vec3.ZERO)).yb());
	}

	@Test
	void radiologicalDepthThroughSlabsIsTheDensityWeightedPath() {
		// water-air line densities: 0 HU -> 1.0, -500 HU -> 0.5. Along the axis of a gantry-0 beam the
		// depth below the surface y=0 is y; with a 0.5 slab from 20 to 60 mm the radiological depth at
		// y = 100 is 20 + 0.5 * 40 + 40 = 80 mm (closed form), at y = 40 it is 20 + 0.5 * 20 = 30 mm
		Grid3 g = Grid3.axisAligned(new Vec3(-98, 1, -98), new Vec3(4, 2, 4), 50, 100, 50);
		float[] hu = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				double y = 1 + 2 * j;
				for (int i = 0; i < g.nx(); i++) {
					hu[g.index(i, j, k)] = y > 20 && y < 60 ? -500f : 0f;
				}
			}
		}
		DensityGrid density = DensityGrid.of(new FloatVolume(g, hu), HuDensityTable.waterAirLine());
		BeamFrame frame = BeamFrame.of(BeamSpec.of6Mv("AP", 0, 0, new Vec3(0, 0, 0)));
		Grid3 points = Grid3.axisAligned(new Vec3(0, 40, 0), new Vec3(3, 60, 3), 1, 2, 1);
		try (Parallel p = new Parallel(1, ProgressMonitor.NULL)) {
			BeamGeometry geo = BeamGeometry.compute(frame, density, points, p, PointSet.voxels(points, new int[] { 0, 1 }))[0];
			assertEquals(30.0, geo.depthMm()[0], 1e-3);
			assertEquals(80.0, geo.depthMm()[1], 1e-3);
			assertEquals(1.04, geo.f()[0], 1e-6); // 1040 mm from the source / SAD 1000, stored as float
		}
	}

	@Test
	void obliqueRayPathLengthIncludesTheSecantFactor() {
		// uniform water; a point 100 mm below the surface and 100 mm off axis (u = 100 * 1000 / 1100 on
		// the isocentre plane) lies on a ray inclined by atan(100 / 1100): path below the surface
		// = 100 * sqrt(1 + (100 / 1100)^2) = 100.4124 mm (closed form)
		Grid3 g = Grid3.axisAligned(new Vec3(-198, 1, -198), new Vec3(4, 2, 4), 100, 100, 100);
		DensityGrid density = DensityGrid.of(new FloatVolume(g, new float[g.voxelCount()]), HuDensityTable.waterAirLine());
		BeamFrame frame = BeamFrame.of(BeamSpec.of6Mv("AP", 0, 0, Vec3.ZERO));
		Grid3 points = Grid3.axisAligned(new Vec3(100, 100, 0), new Vec3(2, 2, 2), 1, 1, 1);
		try (Parallel p = new Parallel(2, ProgressMonitor.NULL)) {
			BeamGeometry geo = BeamGeometry.compute(frame, density, points, p, PointSet.voxels(points, new int[] { 0 }))[0];
			assertEquals(100 * Math.sqrt(1 + Math.pow(100.0 / 1100, 2)), geo.depthMm()[0], 0.05);
		}
	}

	@Test
	void tabulatedErfMatchesTheSeriesWithin1e6() {
		for (double x = -5; x <= 5; x += 0.0137) {
			assertEquals(Erf.erfSeries(Math.abs(x)) * Math.signum(x), Erf.erf(x), 1e-6, "erf(" + x + ")");
		}
		// erf(1) = 0.8427007929497149 (Abramowitz & Stegun table 7.1)
		assertEquals(0.8427007929497149, Erf.erfSeries(1), 1e-15);
	}
}
