package org.latticebench.geometry;

/**
 * A 3D margin with one distance per patient direction, in mm. In DICOM LPS, +x is patient Left,
 * +y Posterior and +z Superior, so right/left act along -x/+x, anterior/posterior along -y/+y and
 * inferior/superior along -z/+z.
 *
 * @since 0.1
 */
public record Margin(double rightMm, double leftMm, double anteriorMm, double posteriorMm, double inferiorMm,
		double superiorMm) {

	public Margin {
		check("right", rightMm);
		check("left", leftMm);
		check("anterior", anteriorMm);
		check("posterior", posteriorMm);
		check("inferior", inferiorMm);
		check("superior", superiorMm);
	}

	private static void check(String side, double mm) {
		if (!(mm >= 0) || Double.isInfinite(mm)) {
			throw new IllegalArgumentException("the " + side + " margin must be a finite distance >= 0 mm, got " + mm);
		}
	}

	/** The same distance in every direction. */
	public static Margin isotropic(double mm) {
		return new Margin(mm, mm, mm, mm, mm, mm);
	}

	/** Symmetric per axis: left-right, anterior-posterior and cranio-caudal (inferior-superior). */
	public static Margin of(double lateralMm, double apMm, double ccMm) {
		return new Margin(lateralMm, lateralMm, apMm, apMm, ccMm, ccMm);
	}

	/** The margin mirrored through the origin (right and left swapped, and so on). */
	public Margin reflected() {
		return new Margin(leftMm, rightMm, posteriorMm, anteriorMm, superiorMm, inferiorMm);
	}

	public boolean isZero() {
		return rightMm == 0 && leftMm == 0 && anteriorMm == 0 && posteriorMm == 0 && inferiorMm == 0 && superiorMm == 0;
	}
}
