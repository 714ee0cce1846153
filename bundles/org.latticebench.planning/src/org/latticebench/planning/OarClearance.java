package org.latticebench.planning;

/**
 * The organ at risk nearest to a lattice sphere and the gap between them.
 *
 * @param oarName           the organ at risk
 * @param surfaceDistanceMm distance from the sphere surface to the organ, mm (negative: they overlap)
 * @since 0.1
 */
public record OarClearance(String oarName, double surfaceDistanceMm) {
}
