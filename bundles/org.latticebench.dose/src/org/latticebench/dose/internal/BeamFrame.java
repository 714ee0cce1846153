package org.latticebench.dose.internal;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.Vec3;

/**
 * A beam's source and beam's-eye-view axes in DICOM patient coordinates (LPS) for a head-first
 * supine patient, following IEC 61217: fixed system X_f = patient left (+x), Y_f = towards the
 * gantry (superior, +z), Z_f = up (anterior, −y). Gantry 0 puts the source anterior, gantry 90 on
 * the patient's left. The couch (patient support) rotates about Z_f, positive counter-clockwise
 * seen from above; the collimator rotates X_b, Y_b about the beam axis.
 *
 * @param sourceMm source position
 * @param axis     unit vector from the source towards the isocentre
 * @param xb       unit X_b axis of the beam limiting device on the isocentre plane
 * @param yb       unit Y_b axis
 * @param sadMm    source-axis distance
 */
public record BeamFrame(Vec3 sourceMm, Vec3 axis, Vec3 xb, Vec3 yb, double sadMm) {

	public static BeamFrame of(BeamSpec beam) {
		double g = Math.toRadians(beam.gantryDeg());
		double c = Math.toRadians(beam.couchDeg());
		double k = Math.toRadians(beam.collimatorDeg());
		double[] srcF = { Math.sin(g), 0, Math.cos(g) };
		double[] xg = { Math.cos(g), 0, -Math.sin(g) };
		double[] yg = { 0, 1, 0 };
		double[] xbF = new double[3], ybF = new double[3];
		for (int a = 0; a < 3; a++) {
			xbF[a] = Math.cos(k) * xg[a] + Math.sin(k) * yg[a];
			ybF[a] = -Math.sin(k) * xg[a] + Math.cos(k) * yg[a];
		}
		Vec3 src = toPatient(srcF, c);
		Vec3 iso = beam.isocentreMm();
		return new BeamFrame(iso.plus(src.times(beam.sadMm())), src.times(-1), toPatient(xbF, c), toPatient(ybF, c),
				beam.sadMm());
	}

	/** Fixed-system vector to patient LPS: undo the couch rotation, then support axes to LPS (HFS). */
	private static Vec3 toPatient(double[] f, double couchRad) {
		double cs = Math.cos(couchRad), sn = Math.sin(couchRad);
		double xs = cs * f[0] + sn * f[1];
		double ys = -sn * f[0] + cs * f[1];
		double zs = f[2];
		return new Vec3(xs, -zs, ys);
	}

	/** Distance from the source along the axis of a point, mm. */
	public double zSource(Vec3 p) {
		return p.minus(sourceMm).dot(axis);
	}
}
