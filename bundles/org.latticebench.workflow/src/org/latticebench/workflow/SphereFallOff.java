package org.latticebench.workflow;

import java.util.List;

/**
 * How steeply the dose falls from each lattice sphere into the valley.
 * <p>
 * For a sphere with peak dose P (its mean dose) in a valley of dose V (the valley's D50), the
 * 80 % and 20 % levels are {@code V + 0.8 (P - V)} and {@code V + 0.2 (P - V)}: the valley, not
 * zero, is the floor, because a lattice valley stays near 30 % of the peak and a fall to 20 % of
 * the peak itself would never be reached between spheres. Along each of 26 rays from the sphere
 * centre (the directions to the 26 neighbours of a voxel) the dose is sampled trilinearly every
 * 0.2 mm; the fall-off of a ray is the distance from the first point below the 80 % level to
 * the first point below the 20 % level. A sphere's fall-off is the median over its rays; rays
 * that do not reach the 20 % level within 40 mm of the surface are left out.
 *
 * @param perSphere one entry per kept sphere, in {@code sphere_k} order
 * @param meanMm    mean of the spheres' fall-offs, mm
 * @param maxMm     the largest sphere fall-off, mm
 * @param valleyGy  the valley dose V used (valley D50), Gy
 * @since 0.1
 */
public record SphereFallOff(List<Sphere> perSphere, double meanMm, double maxMm, double valleyGy) {

	/**
	 * @param structureName {@code sphere_k}
	 * @param peakGy        the sphere's mean dose P
	 * @param fallOffMm     median 80 %→20 % distance over the rays that reached both levels
	 * @param rays          rays that reached both levels (of 26)
	 */
	public record Sphere(String structureName, double peakGy, double fallOffMm, int rays) {
	}

	public SphereFallOff {
		perSphere = List.copyOf(perSphere);
	}
}
