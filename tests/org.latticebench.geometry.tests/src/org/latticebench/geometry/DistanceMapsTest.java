package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;

class DistanceMapsTest {

	@Test
	void distanceFromASingleVoxelIsTheEuclideanDistanceOnAnAnisotropicGrid() {
		Grid3 g = Grid3.axisAligned(new Vec3(-20, 5, 30), new Vec3(1, 1.5, 2.5), 41, 30, 17);
		Mask one = Mask.empty(g);
		one.fraction()[g.index(13, 21, 4)] = 1;
		FloatVolume d = DistanceMaps.distanceToMm(one);
		Vec3 c = g.toPatientMm(13, 21, 4);
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					// closed form: |p - c| in mm (exact EDT; float storage)
					double expected = g.toPatientMm(i, j, k).minus(c).norm();
					assertEquals(expected, d.get(i, j, k), 1e-5 * (1 + expected), "voxel " + i + "," + j + "," + k);
				}
			}
		}
	}

	@Test
	void distanceAndSignedDistanceFromASphereMatchTheAnalyticDistance() {
		for (double s : new double[] { 1, 2 }) {
			Grid3 g = Fixtures.centredGrid(s, (int) (60 / s));
			Vec3 c = new Vec3(0.3, -0.4, 0.2);
			Mask sphere = Shapes.sphere(g, c, 10, 8);
			FloatVolume d = DistanceMaps.distanceToMm(sphere);
			FloatVolume sd = DistanceMaps.signedDistanceMm(sphere);
			double halfDiagonal = s * Math.sqrt(3) / 2;
			for (int k = 0; k < g.nz(); k++) {
				for (int j = 0; j < g.ny(); j++) {
					for (int i = 0; i < g.nx(); i++) {
						double analytic = g.toPatientMm(i, j, k).minus(c).norm() - 10; // closed form: |p - c| - R
						String at = "voxel " + i + "," + j + "," + k + " on " + s + " mm grid";
						assertEquals(analytic, sd.get(i, j, k), halfDiagonal, "signed, " + at);
						if (sphere.get(i, j, k) >= 0.5f) {
							assertEquals(0f, d.get(i, j, k), at);
						} else {
							// the nearest inside centre lies inside the sphere (so d >= |p-c| - R) and, for a
							// convex body, no deeper than a voxel diagonal below the surface point nearest p
							assertTrue(d.get(i, j, k) >= analytic - 1e-4 && d.get(i, j, k) <= analytic + 2 * halfDiagonal,
									"unsigned " + d.get(i, j, k) + " vs " + analytic + ", " + at);
						}
					}
				}
			}
		}
	}

	@Test
	void distanceWithinAMarginMarksTheSameVoxelsAsTheIsotropicExpansion() {
		Grid3 g = Grid3.axisAligned(new Vec3(-30, -30, -30), new Vec3(1.2, 1.2, 2.5), 50, 50, 25);
		Mask sphere = Shapes.sphere(g, new Vec3(1, 2, 3), 9, 4);
		FloatVolume d = DistanceMaps.distanceToMm(sphere);
		Mask grown = Margins.expand(sphere, Margin.isotropic(7));
		for (int n = 0; n < d.values().length; n++) {
			if (Math.abs(d.values()[n] - 7) > 1e-4) { // skip exact ties, where float rounding decides
				assertEquals(d.values()[n] <= 7, grown.fraction()[n] == 1f, "voxel " + n);
			}
		}
	}

	@Test
	void emptyMaskIsInfinitelyFarAway() {
		Grid3 g = Fixtures.centredGrid(2.0, 8);
		assertEquals(Float.POSITIVE_INFINITY, DistanceMaps.distanceToMm(Mask.empty(g)).get(3, 4, 5));
		assertEquals(Float.POSITIVE_INFINITY, DistanceMaps.signedDistanceMm(Mask.empty(g)).get(3, 4, 5));
	}
}
