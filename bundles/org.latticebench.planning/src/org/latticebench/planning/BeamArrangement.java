package org.latticebench.planning;

/**
 * Coplanar beams around one isocentre at the target centroid. A full circle
 * ({@code arcSpanDeg = 360}) spreads {@code beamCount} beams equally, {@code 360 / beamCount}
 * apart; a partial arc puts them from {@code startGantryDeg} to {@code startGantryDeg + arcSpanDeg}
 * inclusive. An arc is approximated by many static beams (e.g. 36 beams 10 degrees apart).
 *
 * @param beamCount      number of static beams (1..360)
 * @param startGantryDeg gantry angle of the first beam (IEC 61217)
 * @param arcSpanDeg     the angular range covered, (0, 360]
 * @param couchDeg       couch angle of every beam (0 = coplanar)
 * @param energyMv       nominal energy, MV
 * @since 0.1
 */
public record BeamArrangement(int beamCount, double startGantryDeg, double arcSpanDeg, double couchDeg, double energyMv) {

	public BeamArrangement {
		if (beamCount < 1 || beamCount > 360) {
			throw new IllegalArgumentException("beam count must be in 1..360, got " + beamCount);
		}
		if (!(arcSpanDeg > 0 && arcSpanDeg <= 360)) {
			throw new IllegalArgumentException("arc span must be in (0, 360] degrees, got " + arcSpanDeg);
		}
		if (!Double.isFinite(startGantryDeg) || !Double.isFinite(couchDeg) || !(energyMv > 0)) {
			throw new IllegalArgumentException("beam start angle and couch must be finite and the energy positive");
		}
	}

	/** Nine coplanar 6 MV beams 40 degrees apart from gantry 0. */
	public static BeamArrangement defaults() {
		return new BeamArrangement(9, 0, 360, 0, 6);
	}

	/** An arc from {@code startDeg} over {@code spanDeg}, as static beams {@code spacingDeg} apart. */
	public static BeamArrangement arc(double startDeg, double spanDeg, double spacingDeg) {
		if (!(spacingDeg > 0)) {
			throw new IllegalArgumentException("arc beam spacing must be positive, got " + spacingDeg);
		}
		int count = spanDeg >= 360 ? (int) Math.round(360 / spacingDeg) : (int) Math.round(spanDeg / spacingDeg) + 1;
		return new BeamArrangement(count, startDeg, spanDeg, 0, 6);
	}

	/** The gantry angle of beam {@code n} (0-based), before normalisation to [0, 360). */
	public double gantryDeg(int n) {
		if (arcSpanDeg >= 360) {
			return startGantryDeg + n * 360.0 / beamCount;
		}
		return beamCount == 1 ? startGantryDeg : startGantryDeg + n * arcSpanDeg / (beamCount - 1);
	}
}
