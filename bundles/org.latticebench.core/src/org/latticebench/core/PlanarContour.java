package org.latticebench.core;

import java.util.Arrays;

/**
 * One closed planar polygon (DICOM CLOSED_PLANAR) in patient coordinates, mm: x, y, z triplets.
 * Several contours on one plane combine by XOR (holes and islands), as DICOM tools do.
 *
 * @since 0.1
 */
public record PlanarContour(double[] pointsMm) {

	public PlanarContour {
		if (pointsMm.length % 3 != 0) {
			throw new IllegalArgumentException("contour data must be x,y,z triplets, got " + pointsMm.length + " numbers");
		}
	}

	public int pointCount() {
		return pointsMm.length / 3;
	}

	public Vec3 point(int n) {
		return new Vec3(pointsMm[3 * n], pointsMm[3 * n + 1], pointsMm[3 * n + 2]);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PlanarContour c && Arrays.equals(pointsMm, c.pointsMm);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(pointsMm);
	}

	@Override
	public String toString() {
		return "PlanarContour[" + pointCount() + " points]";
	}
}
