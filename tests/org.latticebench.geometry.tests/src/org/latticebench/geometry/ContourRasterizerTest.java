package org.latticebench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.geometry.Fixtures.circle;
import static org.latticebench.geometry.Fixtures.ngonAreaMm2;
import static org.latticebench.geometry.Fixtures.rectangle;
import static org.latticebench.geometry.Fixtures.sphereContours;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latticebench.core.CancelledException;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

class ContourRasterizerTest {

	private static final double R_MM = 7.5;
	private static final int N_GON = 720;

	private static Grid3 sphereGrid(double spacingMm) {
		return Fixtures.centredGrid(spacingMm, (int) Math.ceil(24 / spacingMm) * 2);
	}

	@ParameterizedTest(name = "{0} mm grid")
	@ValueSource(doubles = { 1.0, 2.0 })
	void sphereOf7_5mmFromCircleContoursIsWithinTwoPercentOnTwoMillimetreGridsAndFiner(double spacingMm) {
		Grid3 g = sphereGrid(spacingMm);
		Vec3 centre = new Vec3(0.3, -0.4, 0.2); // off the lattice, so no symmetry helps
		Mask m = ContourRasterizer.toMask(sphereContours(centre, R_MM, Fixtures.slicePlanes(g), N_GON), g);
		// closed form: 4/3 pi r^3 = 1.76715 cc (issue 3, "Done when")
		assertVolumeEquals(Fixtures.sphereVolumeCc(R_MM), m.volumeCc(), 0.02, "r = 7.5 mm sphere on " + spacingMm + " mm grid");
	}

	@ParameterizedTest(name = "sphere centre at z = {0} mm")
	@ValueSource(doubles = { 0.0, 1.5 })
	void sphereOnThreeMillimetreGridEqualsTheStackedSlabModelExactly(double centreZMm) {
		Grid3 g = sphereGrid(3.0); // voxel centres at z = +-1.5, +-4.5, ...: 1.5 puts a plane through the centre
		double[] planes = Fixtures.slicePlanes(g);
		Vec3 centre = new Vec3(0, 0, centreZMm);
		Mask m = ContourRasterizer.toMask(sphereContours(centre, R_MM, planes, N_GON), g);
		// closed form of the slab model: sum over planes of the 720-gon area times the 3 mm plane spacing
		double slabMm3 = 0;
		for (double z : planes) {
			double dz = z - centreZMm;
			if (Math.abs(dz) < R_MM) {
				slabMm3 += ngonAreaMm2(Math.sqrt(R_MM * R_MM - dz * dz), N_GON) * 3.0;
			}
		}
		assertVolumeEquals(slabMm3 / 1000, m.volumeCc(), 1e-5, "exact polygon clipping, slab model");
		System.out.printf("r = 7.5 mm sphere on a 3 mm grid, centre z = %.1f mm: %.4f cc, %+.2f %% from 4/3 pi r^3%n", centreZMm,
				m.volumeCc(), 100 * (m.volumeCc() / Fixtures.sphereVolumeCc(R_MM) - 1));
	}

	@Test
	void contoursOnPlanesBetweenVoxelCentresStillCount() {
		Grid3 g = sphereGrid(2.0); // voxel centres at odd z
		double[] evenPlanes = new double[21];
		for (int p = 0; p < evenPlanes.length; p++) {
			evenPlanes[p] = -20 + 2 * p; // on voxel edges, never on a centre
		}
		Mask m = ContourRasterizer.toMask(sphereContours(Vec3.ZERO, R_MM, evenPlanes, N_GON), g);
		// closed form: 4/3 pi r^3, same 2 % as for centred planes
		assertVolumeEquals(Fixtures.sphereVolumeCc(R_MM), m.volumeCc(), 0.02, "planes on voxel edges");
	}

	@Test
	void singlePlaneHalfWayBetweenCentresSplitsItsSlabOverBothVoxels() {
		Grid3 g = Grid3.axisAligned(new Vec3(0, 0, 0), new Vec3(1, 1, 2), 20, 20, 3); // z centres 0, 2, 4
		Mask m = ContourRasterizer.toMask(List.of(rectangle(4.5, 4.5, 14.5, 14.5, 1.0)), g);
		// one plane: slab = grid slice spacing 2 mm centred on z = 1, i.e. [0, 2]; voxel k = 0 spans
		// [-1, 1] and k = 1 spans [1, 3], so each gets half of a fully covered cell
		assertEquals(0.5f, m.get(9, 9, 0), 1e-6f);
		assertEquals(0.5f, m.get(9, 9, 1), 1e-6f);
		assertEquals(0f, m.get(9, 9, 2));
		// closed form: 10 mm x 10 mm x 2 mm = 0.2 cc
		assertVolumeEquals(0.2, m.volumeCc(), 1e-6, "single plane slab");
	}

	@Test
	void cellCutByADiagonalGetsItsExactAreaFraction() {
		Grid3 g = Grid3.axisAligned(new Vec3(1, 1, 0), new Vec3(2, 2, 2), 4, 4, 1); // cell (0,0) spans [0,2]^2
		Mask m = ContourRasterizer.toMask(List.of(new PlanarContour(new double[] { 0, 0, 0, 2, 0, 0, 0, 2, 0 })), g);
		// closed form: the triangle (0,0)-(2,0)-(0,2) covers exactly half of the 2 x 2 mm cell;
		// supersampling would only approach 0.5
		assertEquals(0.5f, m.get(0, 0, 0), 1e-6f);
		assertEquals(0f, m.get(1, 0, 0));
	}

	@Test
	void innerContourOnTheSamePlaneIsSubtractedAsAHoleWhateverItsOrientation() {
		Grid3 g = Grid3.axisAligned(new Vec3(-30, -30, -2), new Vec3(1, 1, 2), 61, 61, 3);
		for (boolean innerClockwise : new boolean[] { false, true }) {
			Mask m = ContourRasterizer.toMask(
					List.of(circle(0.3, 0.2, 0, 20, N_GON, false), circle(0.3, 0.2, 0, 10, N_GON, innerClockwise)), g);
			// closed form: (area(outer 720-gon) - area(inner 720-gon)) x 2 mm slab (one plane: grid slice spacing)
			double expectedMm3 = (ngonAreaMm2(20, N_GON) - ngonAreaMm2(10, N_GON)) * 2;
			assertVolumeEquals(expectedMm3 / 1000, m.volumeCc(), 1e-5, "ring, inner clockwise = " + innerClockwise);
			assertEquals(0f, m.get(30, 30, 1), "the hole's centre is empty");
		}
	}

	@Test
	void islandInsideAHoleIsAddedBack() {
		Grid3 g = Grid3.axisAligned(new Vec3(-30, -30, -2), new Vec3(1, 1, 2), 61, 61, 3);
		Mask m = ContourRasterizer.toMask(List.of(circle(0, 0, 0, 20, N_GON, false), circle(0, 0, 0, 10, N_GON, false),
				circle(0, 0, 0, 5, N_GON, false)), g);
		// closed form: XOR of nested discs = A(20) - A(10) + A(5), times the 2 mm slab
		double expectedMm3 = (ngonAreaMm2(20, N_GON) - ngonAreaMm2(10, N_GON) + ngonAreaMm2(5, N_GON)) * 2;
		assertVolumeEquals(expectedMm3 / 1000, m.volumeCc(), 1e-5, "outer, hole, island");
	}

	@Test
	void separateIslandsOnOnePlaneAddUp() {
		Grid3 g = Grid3.axisAligned(new Vec3(-30, -30, -2), new Vec3(1, 1, 2), 61, 61, 3);
		Mask m = ContourRasterizer.toMask(List.of(circle(-15, 0, 0, 8, N_GON, false), circle(15, 0, 0, 6, N_GON, true)), g);
		// closed form: A(8) + A(6), times the 2 mm slab
		assertVolumeEquals((ngonAreaMm2(8, N_GON) + ngonAreaMm2(6, N_GON)) * 2 / 1000, m.volumeCc(), 1e-5, "two islands");
	}

	@Test
	void slabThicknessIsTheMedianPlaneSpacingSoGapsAreNotFilled() {
		Grid3 g = Grid3.axisAligned(new Vec3(0, 0, -10), new Vec3(1, 1, 1), 20, 20, 40);
		List<PlanarContour> planes = List.of(rectangle(2, 2, 12, 12, 0), rectangle(2, 2, 12, 12, 2), rectangle(2, 2, 12, 12, 4),
				rectangle(2, 2, 12, 12, 14));
		Mask m = ContourRasterizer.toMask(planes, g);
		// closed form: gaps 2, 2, 10 mm -> median 2 mm; 4 planes x 100 mm^2 x 2 mm = 0.8 cc
		assertVolumeEquals(0.8, m.volumeCc(), 1e-6, "median slab");
		assertEquals(0f, m.get(7, 7, 19), "z = 9 lies in the gap between the planes at 4 and 14 mm");
	}

	@Test
	void cellsOutsideARingAndInItsHoleAreExactlyZeroNotRoundingResidues() {
		Grid3 g = Grid3.axisAligned(new Vec3(-30, -30, -2), new Vec3(1, 1, 2), 61, 61, 3);
		// off-lattice centre and radii, so the edge areas that cancel right of each circle are not exact binary fractions
		Mask m = ContourRasterizer.toMask(
				List.of(circle(0.37, -0.41, 0, 19.3, N_GON, false), circle(0.37, -0.41, 0, 9.7, N_GON, true)), g);
		int residues = 0;
		for (int j = 0; j < g.ny(); j++) {
			for (int i = 0; i < g.nx(); i++) {
				Vec3 c = g.toPatientMm(i, j, 1);
				double r = Math.hypot(c.x() - 0.37, c.y() + 0.41);
				// a 1 mm cell whose centre is farther than its half-diagonal (0.71 mm) from both circles is wholly
				// inside or wholly outside the ring (closed form), so its fraction is exactly 0 or 1
				boolean clear = Math.abs(r - 19.3) > 0.72 && Math.abs(r - 9.7) > 0.72;
				boolean inRing = r < 19.3 && r > 9.7;
				if (clear && !inRing && m.get(i, j, 1) != 0f) {
					residues++;
				}
			}
		}
		assertEquals(0, residues, "cells wholly outside the ring with a non-zero fraction");
		assertEquals(m.voxelsInside(), countAbove(m, 1e-6f), "every voxel counted inside covers more than 1e-6 of itself");
	}

	private static int countAbove(Mask m, float threshold) {
		int n = 0;
		for (float f : m.fraction()) {
			if (f > threshold) {
				n++;
			}
		}
		return n;
	}

	@Test
	void selfIntersectingBowTieCoversBothLobes() {
		Grid3 g = Grid3.axisAligned(new Vec3(-15.5, -15.5, 0), new Vec3(1, 1, 2), 32, 32, 1);
		// (-10,-10) -> (10,10) -> (10,-10) -> (-10,10): two triangles meeting at the origin, wound in opposite senses,
		// so the shoelace area is exactly 0
		PlanarContour bowTie = new PlanarContour(new double[] { -10, -10, 0, 10, 10, 0, 10, -10, 0, -10, 10, 0 });
		Mask m = ContourRasterizer.toMask(List.of(bowTie), g);
		// closed form (even-odd fill): two triangles of base 20 mm and height 10 mm, 100 mm^2 each, 2 mm slab. The
		// crossing point is a cell corner here, so no cell mixes the lobes and the result is exact
		assertVolumeEquals(2 * 100 * 2 / 1000.0, m.volumeCc(), 1e-6, "bow-tie, both lobes");
		assertEquals(1f, m.get(10, 15, 0), 1e-6f, "left lobe cell at (-5.5, -0.5)");
		assertEquals(1f, m.get(21, 15, 0), 1e-6f, "right lobe cell at (5.5, -0.5)");
		assertEquals(0f, m.get(15, 6, 0), "below the crossing, between the lobes");
	}

	@Test
	void emptyContourListGivesAnEmptyMask() {
		Grid3 g = sphereGrid(2.0);
		Mask m = ContourRasterizer.toMask(List.of(), g);
		assertTrue(m.isEmpty());
		assertEquals(g, m.grid());
	}

	@Test
	void contoursWithFewerThanThreePointsAreIgnored() {
		Grid3 g = Grid3.axisAligned(new Vec3(0, 0, 0), new Vec3(1, 1, 1), 20, 20, 3);
		PlanarContour twoPoints = new PlanarContour(new double[] { 1, 1, 1, 8, 8, 1 });
		Mask m = ContourRasterizer.toMask(List.of(twoPoints, rectangle(2, 2, 12, 12, 1)), g);
		// closed form: only the 10 x 10 mm rectangle counts, 1 mm slab (single plane: grid spacing)
		assertVolumeEquals(0.1, m.volumeCc(), 1e-6, "degenerate contour ignored");
		assertTrue(ContourRasterizer.toMask(List.of(twoPoints), g).isEmpty());
	}

	@Test
	void obliqueGridIsRejectedWithAClearMessage() {
		double c = Math.cos(0.3), s = Math.sin(0.3);
		Grid3 oblique = new Grid3(Vec3.ZERO, new Vec3(1, 1, 1), 10, 10, 10, new Vec3(c, s, 0), new Vec3(-s, c, 0), new Vec3(0, 0, 1));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ContourRasterizer.toMask(List.of(rectangle(1, 1, 5, 5, 2)), oblique));
		assertTrue(e.getMessage().contains("axis-aligned"), e.getMessage());
	}

	@Test
	void contourNotOnOneAxialPlaneIsRejectedNamingTheContour() {
		Grid3 g = Grid3.axisAligned(Vec3.ZERO, new Vec3(1, 1, 1), 10, 10, 10);
		PlanarContour sagittal = new PlanarContour(new double[] { 2, 1, 1, 2, 5, 1, 2, 5, 6 });
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> ContourRasterizer.toMask(List.of(rectangle(1, 1, 5, 5, 2), sagittal), g));
		assertEquals("contour 1", e.attribute().orElseThrow());
	}

	@Test
	void cancellingTheMonitorStopsRasterising() {
		Grid3 g = sphereGrid(1.0);
		ProgressMonitor cancelled = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(CancelledException.class,
				() -> ContourRasterizer.toMask(sphereContours(Vec3.ZERO, R_MM, Fixtures.slicePlanes(g), 64), g, cancelled));
	}
}
