package org.latticebench.dicom.internal;

import java.util.List;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Vec3;

/**
 * Image plane geometry from (0020,0037) ImageOrientationPatient: the row and column direction
 * cosines and the slice normal (row x column), checked to be unit length and orthogonal.
 */
public record Orientation(Vec3 rowDir, Vec3 columnDir, Vec3 normal) {

	/** Tolerance on unit length and orthogonality; writers round cosines to a few decimals. */
	private static final double TOLERANCE = 1e-3;

	public static Orientation of(DicomObject o) {
		double[] c = o.requiredDoubles(Tags.IMAGE_ORIENTATION_PATIENT, 6);
		Vec3 row = new Vec3(c[0], c[1], c[2]);
		Vec3 col = new Vec3(c[3], c[4], c[5]);
		if (Math.abs(row.norm() - 1) > TOLERANCE || Math.abs(col.norm() - 1) > TOLERANCE) {
			throw o.error(Tags.IMAGE_ORIENTATION_PATIENT, "direction cosines are not unit vectors");
		}
		if (Math.abs(row.dot(col)) > TOLERANCE) {
			throw o.error(Tags.IMAGE_ORIENTATION_PATIENT, "row and column directions are not orthogonal");
		}
		row = row.normalized();
		// Gram-Schmidt so that Grid3 (tolerance 1e-4) accepts cosines rounded by the writer
		col = col.minus(row.times(row.dot(col))).normalized();
		return new Orientation(row, col, row.cross(col).normalized());
	}

	public boolean sameAs(Orientation o) {
		return rowDir.minus(o.rowDir).norm() < TOLERANCE && columnDir.minus(o.columnDir).norm() < TOLERANCE;
	}

	/**
	 * Checks that positions along the normal (sorted ascending) are evenly spaced and returns the
	 * spacing in mm; a gap that is a whole multiple of the spacing is reported as missing slices.
	 *
	 * @param labels what each position belongs to (a file name, a frame number), for messages
	 */
	public static double uniformSpacingMm(String source, String attribute, double[] sortedMm, List<String> labels) {
		int n = sortedMm.length;
		if (n < 2) {
			throw new IllegalStateException("spacing needs two positions");
		}
		double[] steps = new double[n - 1];
		for (int i = 0; i + 1 < n; i++) {
			steps[i] = sortedMm[i + 1] - sortedMm[i];
			if (steps[i] < 1e-3) {
				throw new InvalidInputException(source, attribute, "two slices at the same position " + fmt(sortedMm[i])
						+ " mm: " + labels.get(i) + " and " + labels.get(i + 1));
			}
		}
		double[] sorted = steps.clone();
		java.util.Arrays.sort(sorted);
		double spacing = sorted[0]; // smallest step: a missing slice can only widen a step
		double tolerance = Math.max(0.01, 0.01 * spacing);
		for (int i = 0; i < steps.length; i++) {
			if (Math.abs(steps[i] - spacing) > tolerance) {
				double ratio = steps[i] / spacing;
				long whole = Math.round(ratio);
				if (whole >= 2 && Math.abs(ratio - whole) * spacing <= tolerance) {
					throw new InvalidInputException(source, attribute,
							(whole - 1) + " slice(s) missing: a gap of " + fmt(steps[i]) + " mm between " + labels.get(i)
									+ " (at " + fmt(sortedMm[i]) + " mm) and " + labels.get(i + 1) + " (at "
									+ fmt(sortedMm[i + 1]) + " mm), where the spacing is " + fmt(spacing) + " mm");
				}
				throw new InvalidInputException(source, attribute,
						"slice spacing is not uniform: " + fmt(steps[i]) + " mm between " + labels.get(i) + " and "
								+ labels.get(i + 1) + ", " + fmt(spacing) + " mm elsewhere");
			}
		}
		// mean step: the evenly spaced grid closest to all positions
		return (sortedMm[n - 1] - sortedMm[0]) / (n - 1);
	}

	static String fmt(double mm) {
		return String.format(java.util.Locale.ROOT, "%.3f", mm);
	}
}
