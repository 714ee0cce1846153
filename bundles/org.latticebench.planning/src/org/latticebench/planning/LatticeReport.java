package org.latticebench.planning;

import java.util.List;

import org.latticebench.core.Vec3;

/**
 * Every decision of a lattice placement and the figures a user checks: counts per status,
 * volumes, the chosen lattice offset and rotation, and how the search compared with the
 * unshifted lattice.
 *
 * @param decisions          kept spheres first (in {@code sphere_k} order), then the dropped ones
 * @param pattern            the lattice pattern used
 * @param latticeOriginMm    the chosen position of lattice vertex (0,0,0), LPS mm
 * @param rotationDeg        the chosen rotation of the lattice about the cranio-caudal axis
 * @param candidatesTried    number of lattice offsets and rotations evaluated
 * @param unshiftedWholeCount whole spheres of the unshifted, unrotated lattice (a vertex at the GTV centroid)
 * @param unshiftedKeptCount kept spheres (whole + clipped) of the unshifted lattice
 * @param gtvVolumeCc        the GTV volume
 * @param peakVolumeCc       volume of {@code PTV_peak} (union of the kept spheres, clipped to the GTV)
 * @param valleyVolumeCc     volume of {@code valley}
 * @since 0.1
 */
public record LatticeReport(List<SphereDecision> decisions, LatticeSettings.Pattern pattern, Vec3 latticeOriginMm,
		double rotationDeg, int candidatesTried, int unshiftedWholeCount, int unshiftedKeptCount, double gtvVolumeCc,
		double peakVolumeCc, double valleyVolumeCc) {

	public LatticeReport {
		decisions = List.copyOf(decisions);
	}

	public long count(SphereDecision.Status status) {
		return decisions.stream().filter(d -> d.status() == status).count();
	}

	public int wholeCount() {
		return (int) count(SphereDecision.Status.WHOLE);
	}

	public int clippedCount() {
		return (int) count(SphereDecision.Status.CLIPPED);
	}

	/** Whole plus clipped: the spheres in the plan. */
	public int keptCount() {
		return wholeCount() + clippedCount();
	}

	public List<SphereDecision> kept() {
		return decisions.stream().filter(SphereDecision::isKept).toList();
	}

	public List<SphereDecision> dropped() {
		return decisions.stream().filter(d -> !d.isKept()).toList();
	}
}
