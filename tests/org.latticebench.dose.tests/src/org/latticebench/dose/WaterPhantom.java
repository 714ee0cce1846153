package org.latticebench.dose;

import java.util.List;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

/**
 * Synthetic phantoms for the dose tests: a 400 × 300 × 400 mm water box (5 mm CT voxels) whose
 * anterior surface is the plane y = 0 (LPS, so a gantry-0 beam enters there), optionally with a
 * slab of another material, and a dose grid in the central axial-sagittal plane z = 0 with 1 mm
 * steps in depth, so central-axis depth doses and profiles can be read directly.
 */
final class WaterPhantom {

	/** Depth spacing of the dose plane, mm. */
	static final double DEPTH_STEP_MM = 1.0;
	/** Lateral spacing of the dose plane, mm. */
	static final double LATERAL_STEP_MM = 1.0;
	static final int HALF_WIDTH = 150;
	static final int DEPTHS = 301;

	private WaterPhantom() {
	}

	/** Water (0 HU) with a slab of {@code slabHu} between the depths {@code fromMm} and {@code toMm}. */
	static FloatVolume ct(double fromMm, double toMm, float slabHu) {
		Grid3 g = Grid3.axisAligned(new Vec3(-197.5, 2.5, -197.5), new Vec3(5, 5, 5), 80, 60, 80);
		float[] v = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				double y = 2.5 + 5 * j;
				for (int i = 0; i < g.nx(); i++) {
					v[g.index(i, j, k)] = y > fromMm && y < toMm ? slabHu : 0f;
				}
			}
		}
		return new FloatVolume(g, v);
	}

	static FloatVolume water() {
		return ct(0, 0, 0);
	}

	/** The dose plane z = 0: x in [-150, 150] mm, depth y in [0, 300] mm. */
	static Grid3 plane() {
		return Grid3.axisAligned(new Vec3(-HALF_WIDTH, 0, 0), new Vec3(LATERAL_STEP_MM, DEPTH_STEP_MM, 2), 2 * HALF_WIDTH + 1,
				DEPTHS, 1);
	}

	/**
	 * Dose of one anterior (gantry 0) 6 MV beam at the given SSD with a square field of side
	 * {@code fieldAtSurfaceMm} on the phantom surface, all beamlet weights 1.
	 */
	static FloatVolume dose(FloatVolume ct, double ssdMm, double fieldAtSurfaceMm, int threads) {
		DoseRequest r = request(ct, ssdMm, fieldAtSurfaceMm).withThreads(threads);
		return new PencilBeamEngine().calculate(r, ProgressMonitor.NULL).doseGy();
	}

	static DoseRequest request(FloatVolume ct, double ssdMm, double fieldAtSurfaceMm) {
		BeamSpec beam = BeamSpec.of6Mv("AP", 0, 0, new Vec3(0, 1000 - ssdMm, 0));
		double fieldIso = fieldAtSurfaceMm * 1000 / ssdMm;
		int n = (int) Math.max(1, Math.round(fieldIso / 5.0));
		FluenceMap fm = FluenceMap.openField(fieldIso, fieldIso, fieldIso / n, 1f);
		return DoseRequest.of(ct, plane(), List.of(beam), List.of(fm)).withHuTable(HuDensityTable.waterAirLine());
	}

	/** Central-axis dose at a depth (mm), linearly interpolated. */
	static double axis(FloatVolume dose, double depthMm) {
		double f = depthMm / DEPTH_STEP_MM;
		int j = (int) Math.floor(f);
		double t = f - j;
		return dose.get(HALF_WIDTH, j, 0) * (1 - t) + dose.get(HALF_WIDTH, j + 1, 0) * t;
	}

	/** Index of the depth of maximum dose on the axis. */
	static int dmaxIndex(FloatVolume dose) {
		int best = 0;
		for (int j = 0; j < DEPTHS; j++) {
			if (dose.get(HALF_WIDTH, j, 0) > dose.get(HALF_WIDTH, best, 0)) {
				best = j;
			}
		}
		return best;
	}

	/** Percentage depth dose at a depth, relative to the axis maximum. */
	static double pdd(FloatVolume dose, double depthMm) {
		return 100 * axis(dose, depthMm) / dose.get(HALF_WIDTH, dmaxIndex(dose), 0);
	}

	/**
	 * Lateral position (mm, x ≥ 0) where the profile at a depth falls to {@code level} times the
	 * axis dose, by linear interpolation between voxels.
	 */
	static double profileCrossing(FloatVolume dose, int depthIndex, double level) {
		double axis = dose.get(HALF_WIDTH, depthIndex, 0);
		for (int i = HALF_WIDTH; i < 2 * HALF_WIDTH; i++) {
			double a = dose.get(i, depthIndex, 0) / axis, b = dose.get(i + 1, depthIndex, 0) / axis;
			if (a >= level && b < level) {
				return (i - HALF_WIDTH + (a - level) / (a - b)) * LATERAL_STEP_MM;
			}
		}
		throw new AssertionError("profile never falls to " + level);
	}
}
