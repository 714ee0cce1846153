package org.latticebench.dose;

import java.util.Arrays;

/**
 * Beamlet (bixel) weights of one beam on its isocentre plane, in the beam's-eye-view axes of the
 * IEC 61217 beam limiting device system (X_b, Y_b, after collimator rotation), in mm.
 * <p>
 * Beamlet (ix, iy) is a square of side {@code beamletSizeMm} centred at
 * {@code (originXMm + ix * beamletSizeMm, originYMm + iy * beamletSizeMm)}; its weight is
 * {@code weights[ix + nx * iy]}, dimensionless relative fluence. A weight of 1 over an open
 * 10×10 cm² field at SSD 100 cm gives 1 Gy at dmax on the axis (see {@link DoseResult}).
 * Beamlets with weight 0 receive no column in a {@link DoseInfluenceMatrix}.
 *
 * @param beamletSizeMm beamlet side on the isocentre plane (5 mm default, 2.5–3 mm for lattice)
 * @param originXMm     X_b of the centre of beamlet (0, 0)
 * @param originYMm     Y_b of the centre of beamlet (0, 0)
 * @since 0.1
 */
public record FluenceMap(double beamletSizeMm, int nx, int ny, double originXMm, double originYMm, float[] weights) {

	/** The default beamlet size for conventional plans, mm. */
	public static final double DEFAULT_BEAMLET_SIZE_MM = 5.0;

	public FluenceMap {
		if (!(beamletSizeMm > 0) || !Double.isFinite(beamletSizeMm)) {
			throw new IllegalArgumentException("beamlet size must be positive, got " + beamletSizeMm + " mm");
		}
		if (nx <= 0 || ny <= 0 || weights.length != nx * ny) {
			throw new IllegalArgumentException(
					"fluence map " + nx + "x" + ny + " needs " + (long) nx * ny + " weights, got " + weights.length);
		}
		if (!Double.isFinite(originXMm) || !Double.isFinite(originYMm)) {
			throw new IllegalArgumentException("fluence map origin must be finite");
		}
	}

	/**
	 * An open rectangular field centred on the beam axis, tiled by beamlets of the given size,
	 * all with the given weight. The field size must be a whole number of beamlets.
	 */
	public static FluenceMap openField(double widthMm, double heightMm, double beamletSizeMm, float weight) {
		int nx = (int) Math.round(widthMm / beamletSizeMm);
		int ny = (int) Math.round(heightMm / beamletSizeMm);
		if (nx < 1 || ny < 1 || Math.abs(nx * beamletSizeMm - widthMm) > 1e-6 || Math.abs(ny * beamletSizeMm - heightMm) > 1e-6) {
			throw new IllegalArgumentException(
					"field " + widthMm + "x" + heightMm + " mm is not a whole number of " + beamletSizeMm + " mm beamlets");
		}
		float[] w = new float[nx * ny];
		Arrays.fill(w, weight);
		return new FluenceMap(beamletSizeMm, nx, ny, -(nx - 1) * beamletSizeMm / 2, -(ny - 1) * beamletSizeMm / 2, w);
	}

	public float weight(int ix, int iy) {
		return weights[ix + nx * iy];
	}

	public double centreXMm(int ix) {
		return originXMm + ix * beamletSizeMm;
	}

	public double centreYMm(int iy) {
		return originYMm + iy * beamletSizeMm;
	}

	/** Number of beamlets with a positive weight (the columns this map adds to a matrix). */
	public int activeBeamlets() {
		int n = 0;
		for (float w : weights) {
			if (w > 0) {
				n++;
			}
		}
		return n;
	}

	/** The same beamlet layout with other weights. */
	public FluenceMap withWeights(float[] newWeights) {
		return new FluenceMap(beamletSizeMm, nx, ny, originXMm, originYMm, newWeights);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FluenceMap f && beamletSizeMm == f.beamletSizeMm && nx == f.nx && ny == f.ny
				&& originXMm == f.originXMm && originYMm == f.originYMm && Arrays.equals(weights, f.weights);
	}

	@Override
	public int hashCode() {
		return Double.hashCode(beamletSizeMm) * 31 + Arrays.hashCode(weights);
	}

	@Override
	public String toString() {
		return "FluenceMap[" + nx + "x" + ny + " @ " + beamletSizeMm + " mm]";
	}
}
