package org.latticebench.core;

/**
 * Geometry of one static photon beam, as plan generators make it and dose engines consume it.
 * Angles follow IEC 61217 as DICOM RTPLAN does (gantry 0 = beam from anterior for a head-first
 * supine patient, increasing clockwise seen from the foot of the couch).
 *
 * @param name          a label, e.g. {@code G040}
 * @param gantryDeg     gantry angle in [0, 360)
 * @param collimatorDeg collimator angle in [0, 360)
 * @param couchDeg      patient support (couch) angle in [0, 360)
 * @param isocentreMm   isocentre in patient coordinates (LPS, mm)
 * @param nominalEnergyMv nominal beam energy, e.g. 6
 * @param sadMm         source-axis distance, typically 1000 mm
 * @since 0.1
 */
public record BeamSpec(String name, double gantryDeg, double collimatorDeg, double couchDeg, Vec3 isocentreMm,
		double nominalEnergyMv, double sadMm) {

	public BeamSpec {
		if (!Double.isFinite(gantryDeg) || !Double.isFinite(collimatorDeg) || !Double.isFinite(couchDeg)
				|| !isocentreMm.isFinite()) {
			throw new IllegalArgumentException("beam " + name + " has a non-finite angle or isocentre");
		}
		if (!(sadMm > 0) || !(nominalEnergyMv > 0)) {
			throw new IllegalArgumentException("beam " + name + " needs a positive SAD and energy");
		}
		gantryDeg = normalise(gantryDeg);
		collimatorDeg = normalise(collimatorDeg);
		couchDeg = normalise(couchDeg);
	}

	/** A 6 MV beam at 1000 mm SAD. */
	public static BeamSpec of6Mv(String name, double gantryDeg, double couchDeg, Vec3 isocentreMm) {
		return new BeamSpec(name, gantryDeg, 0, couchDeg, isocentreMm, 6, 1000);
	}

	private static double normalise(double deg) {
		double d = deg % 360.0;
		return d < 0 ? d + 360.0 : d;
	}
}
