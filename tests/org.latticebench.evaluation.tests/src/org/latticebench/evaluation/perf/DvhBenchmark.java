package org.latticebench.evaluation.perf;

import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.DvhCalculator;
import org.latticebench.evaluation.DvhSettings;

/**
 * Timing of DVHs for 20 structures on a 3 mm grid (issue 8: "&lt; 200 ms"). Not a test: run its
 * {@code main} and read the figures; nothing asserts on time.
 */
public final class DvhBenchmark {

	private DvhBenchmark() {
	}

	public static void main(String[] args) {
		// an abdomen-sized 3 mm grid: 150 x 110 x 80 voxels (450 x 330 x 240 mm)
		Grid3 g = Grid3.axisAligned(new Vec3(-225, -165, -120), new Vec3(3, 3, 3), 150, 110, 80);
		float[] d = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 p = g.toPatientMm(i, j, k);
					d[g.index(i, j, k)] = (float) (60 * Math.exp(-p.dot(p) / (2 * 60 * 60)) + 2);
				}
			}
		}
		FloatVolume dose = new FloatVolume(g, d);
		List<Mask> masks = new ArrayList<>();
		// 20 ellipsoids from a 1.8 cc lattice sphere to a 2000 cc liver
		double[] radiiMm = { 7.5, 7.5, 7.5, 7.5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 78, 80 };
		for (int n = 0; n < radiiMm.length; n++) {
			double r = radiiMm[n];
			Vec3 c = new Vec3(-60 + 6 * n, -20 + 2 * n, -30 + 3 * n);
			float[] f = new float[g.voxelCount()];
			for (int k = 0; k < g.nz(); k++) {
				for (int j = 0; j < g.ny(); j++) {
					for (int i = 0; i < g.nx(); i++) {
						double dist = g.toPatientMm(i, j, k).minus(c).norm();
						f[g.index(i, j, k)] = (float) Math.max(0, Math.min(1, (r - dist) / 3 + 0.5));
					}
				}
			}
			masks.add(new Mask(g, f));
		}
		double bestMs = Double.POSITIVE_INFINITY;
		for (int round = 0; round < 20; round++) {
			long t0 = System.nanoTime();
			double cc = 0;
			for (Mask m : masks) {
				Dvh dvh = DvhCalculator.compute(dose, m, DvhSettings.DEFAULT, ProgressMonitor.NULL);
				cc += dvh.totalVolumeCc();
			}
			double ms = (System.nanoTime() - t0) / 1e6;
			bestMs = Math.min(bestMs, ms);
			System.out.printf("round %d: 20 DVHs on a 3 mm grid (%d voxels) in %.1f ms (%.0f cc in total), %d cores%n", round,
					g.voxelCount(), ms, cc, Runtime.getRuntime().availableProcessors());
		}
		System.out.printf("best of 20 rounds (after JIT warm-up): %.1f ms for 20 DVHs%n", bestMs);
	}
}
