package org.latticebench.evaluation.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.latticebench.core.Vec3;

/**
 * One rigid set-up error: the patient sits {@code shiftMm} away from where the plan assumed (LPS,
 * mm). The nominal scenario has a zero shift.
 *
 * @param name    a short label, e.g. {@code +x3}, {@code diag+-+}, {@code random07}
 * @param shiftMm the displacement of the anatomy relative to the beams
 * @since 0.1
 */
public record ShiftScenario(String name, Vec3 shiftMm) {

	public ShiftScenario {
		if (!shiftMm.isFinite()) {
			throw new IllegalArgumentException("scenario " + name + " has a non-finite shift");
		}
	}

	public static ShiftScenario nominal() {
		return new ShiftScenario("nominal", Vec3.ZERO);
	}

	/** The 6 shifts of +-s mm along each axis. */
	public static List<ShiftScenario> axes(double sMm) {
		checkPositive(sMm);
		List<ShiftScenario> out = new ArrayList<>();
		String[] axis = { "x", "y", "z" };
		for (int a = 0; a < 3; a++) {
			for (int sign : new int[] { 1, -1 }) {
				double[] v = new double[3];
				v[a] = sign * sMm;
				out.add(new ShiftScenario((sign > 0 ? "+" : "-") + axis[a] + fmt(sMm), new Vec3(v[0], v[1], v[2])));
			}
		}
		return out;
	}

	/** The 8 diagonal shifts (+-1, +-1, +-1) * s / sqrt(3): the same length s as the axis shifts. */
	public static List<ShiftScenario> diagonals(double sMm) {
		checkPositive(sMm);
		List<ShiftScenario> out = new ArrayList<>();
		double c = sMm / Math.sqrt(3);
		for (int n = 0; n < 8; n++) {
			int sx = (n & 1) == 0 ? 1 : -1, sy = (n & 2) == 0 ? 1 : -1, sz = (n & 4) == 0 ? 1 : -1;
			out.add(new ShiftScenario("diag" + sign(sx) + sign(sy) + sign(sz) + fmt(sMm), new Vec3(sx * c, sy * c, sz * c)));
		}
		return out;
	}

	/** N shifts with each component drawn from a Gaussian of standard deviation sigma (java.util.Random with the seed). */
	public static List<ShiftScenario> random(int count, double sigmaMm, long seed) {
		if (count < 1) {
			throw new IllegalArgumentException("need at least one random scenario, got " + count);
		}
		checkPositive(sigmaMm);
		Random rnd = new Random(seed);
		List<ShiftScenario> out = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			Vec3 v = new Vec3(sigmaMm * rnd.nextGaussian(), sigmaMm * rnd.nextGaussian(), sigmaMm * rnd.nextGaussian());
			out.add(new ShiftScenario(String.format(Locale.ROOT, "random%02d", n + 1), v));
		}
		return out;
	}

	private static void checkPositive(double mm) {
		if (!(mm > 0 && Double.isFinite(mm))) {
			throw new IllegalArgumentException("shift must be > 0 mm, got " + mm);
		}
	}

	private static String sign(int s) {
		return s > 0 ? "+" : "-";
	}

	private static String fmt(double mm) {
		return mm == Math.rint(mm) ? String.format(Locale.ROOT, "%.0f", mm) : String.format(Locale.ROOT, "%.1f", mm);
	}
}
