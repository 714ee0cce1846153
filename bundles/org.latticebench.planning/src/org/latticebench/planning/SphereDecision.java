package org.latticebench.planning;

import java.util.Optional;

import org.latticebench.core.Vec3;

/**
 * What the lattice generator decided for one candidate sphere, and why.
 *
 * @param structureName  {@code sphere_k} for a kept sphere, empty for a dropped one
 * @param centreMm       the lattice vertex (LPS, mm)
 * @param status         the decision
 * @param insideFraction the part of the sphere's volume inside the GTV (0..1)
 * @param depthMm        distance of the centre inside the GTV surface, mm (negative outside)
 * @param nearestOar     the nearest organ at risk considered, when there is one within reach
 * @since 0.1
 */
public record SphereDecision(Optional<String> structureName, Vec3 centreMm, Status status, double insideFraction,
		double depthMm, Optional<OarClearance> nearestOar) {

	/** The decisions a lattice generator makes for each candidate vertex. */
	public enum Status {
		/** kept; the sphere lies inside the GTV with the required retraction */
		WHOLE,
		/** kept but cut by the GTV surface; {@link SphereDecision#insideFraction()} says how much is left */
		CLIPPED,
		/** removed entirely: closer to an organ at risk than the exclusion margin ([001]: 15 mm) */
		DROPPED_NEAR_OAR,
		/**
		 * removed: the centre lies outside the GTV, or the sphere crosses the retracted GTV surface while
		 * clipped spheres are not kept
		 */
		DROPPED_OUTSIDE;

		public boolean isKept() {
			return this == WHOLE || this == CLIPPED;
		}
	}

	public boolean isKept() {
		return status.isKept();
	}
}
