package org.latticebench.geometry;

import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;

/** Analytic contours and grids shared by the geometry tests. */
final class Fixtures {

	private Fixtures() {
	}

	/** A regular n-gon inscribed in the circle (cx, cy, rho) on plane z, counter-clockwise unless {@code clockwise}. */
	static PlanarContour circle(double cx, double cy, double z, double rho, int n, boolean clockwise) {
		double[] p = new double[3 * n];
		for (int k = 0; k < n; k++) {
			double t = 2 * Math.PI * k / n * (clockwise ? -1 : 1);
			p[3 * k] = cx + rho * Math.cos(t);
			p[3 * k + 1] = cy + rho * Math.sin(t);
			p[3 * k + 2] = z;
		}
		return new PlanarContour(p);
	}

	/** Closed form: area of a regular n-gon inscribed in a circle of radius rho, (n/2) rho^2 sin(2 pi / n). */
	static double ngonAreaMm2(double rho, int n) {
		return 0.5 * n * rho * rho * Math.sin(2 * Math.PI / n);
	}

	static PlanarContour rectangle(double x0, double y0, double x1, double y1, double z) {
		return new PlanarContour(new double[] { x0, y0, z, x1, y0, z, x1, y1, z, x0, y1, z });
	}

	/** Circles of a sphere on the given planes (only planes that cut the sphere). */
	static List<PlanarContour> sphereContours(Vec3 c, double radiusMm, double[] planesZ, int n) {
		List<PlanarContour> out = new ArrayList<>();
		for (double z : planesZ) {
			double dz = z - c.z();
			if (Math.abs(dz) < radiusMm) {
				out.add(circle(c.x(), c.y(), z, Math.sqrt(radiusMm * radiusMm - dz * dz), n, false));
			}
		}
		return out;
	}

	/** The z of every voxel-centre plane of a grid. */
	static double[] slicePlanes(Grid3 g) {
		double[] z = new double[g.nz()];
		for (int k = 0; k < z.length; k++) {
			z[k] = g.originMm().z() + k * g.spacingMm().z();
		}
		return z;
	}

	/** A cubic grid of n^3 voxels of size s whose voxel edges fall on multiples of s around 0. */
	static Grid3 centredGrid(double spacingMm, int n) {
		double o = -(n / 2) * spacingMm + 0.5 * spacingMm;
		return Grid3.axisAligned(new Vec3(o, o, o), new Vec3(spacingMm, spacingMm, spacingMm), n, n, n);
	}

	static double sphereVolumeCc(double radiusMm) {
		return 4.0 / 3.0 * Math.PI * radiusMm * radiusMm * radiusMm / 1000.0;
	}

	/** Radius of the sphere with the mask's volume, mm. */
	static double equivalentRadiusMm(Mask m) {
		return Math.cbrt(3 * m.volumeCc() * 1000.0 / (4 * Math.PI));
	}
}
