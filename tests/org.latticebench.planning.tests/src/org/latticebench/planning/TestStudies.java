package org.latticebench.planning;

import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.Shapes;

/** Small analytic studies with known answers: spheres and boxes on grids centred on the origin. */
final class TestStudies {

	private final Grid3 grid;
	private final List<StructureSnapshot> structures = new ArrayList<>();
	private float[] hu;

	private TestStudies(Grid3 grid) {
		this.grid = grid;
		this.hu = new float[grid.voxelCount()];
	}

	/**
	 * A cubic grid of {@code n} voxels per axis of {@code spacingMm}, centred on the origin. With an
	 * even n the voxel centres sit at odd multiples of half the spacing, so the voxel faces lie on
	 * multiples of the spacing and boxes with such faces are voxelised exactly.
	 */
	static TestStudies onGrid(double spacingMm, int n) {
		double o = -0.5 * (n - 1) * spacingMm;
		return new TestStudies(Grid3.axisAligned(new Vec3(o, o, o), new Vec3(spacingMm, spacingMm, spacingMm), n, n, n));
	}

	Grid3 grid() {
		return grid;
	}

	TestStudies sphere(String name, StructureRole role, Vec3 centreMm, double radiusMm) {
		return add(name, role, Shapes.sphere(grid, centreMm, radiusMm, 4));
	}

	TestStudies box(String name, StructureRole role, Vec3 minMm, Vec3 maxMm) {
		return add(name, role, Shapes.box(grid, minMm, maxMm));
	}

	TestStudies ellipsoid(String name, StructureRole role, Vec3 centreMm, Vec3 semiAxesMm) {
		return add(name, role, Shapes.ellipsoid(grid, centreMm, semiAxesMm, 4));
	}

	TestStudies add(String name, StructureRole role, Mask m) {
		structures.add(StructureSnapshot.ofMask(name, role, 0xFFFFFF, role == StructureRole.TARGET ? 10 : 3, m));
		return this;
	}

	/** Sets the CT number of every voxel whose centre lies within {@code radiusMm} of the centre. */
	TestStudies huInSphere(Vec3 centreMm, double radiusMm, float valueHu) {
		for (int k = 0; k < grid.nz(); k++) {
			for (int j = 0; j < grid.ny(); j++) {
				for (int i = 0; i < grid.nx(); i++) {
					if (grid.toPatientMm(i, j, k).minus(centreMm).norm() <= radiusMm) {
						hu[grid.index(i, j, k)] = valueHu;
					}
				}
			}
		}
		return this;
	}

	StudySnapshot build() {
		return new StudySnapshot("Test", "TEST-1", new FloatVolume(grid, hu.clone()), structures);
	}

	static double sphereVolumeCc(double radiusMm) {
		return 4.0 / 3.0 * Math.PI * radiusMm * radiusMm * radiusMm / 1000.0;
	}
}
