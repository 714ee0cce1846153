import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.dose.BeamletSettings;
import org.latticebench.dose.DoseInfluenceMatrix;
import org.latticebench.dose.DoseRequest;
import org.latticebench.dose.FluenceMap;
import org.latticebench.dose.FluenceMaps;
import org.latticebench.dose.HuDensityTable;
import org.latticebench.dose.MatrixSizeEstimate;
import org.latticebench.dose.PencilBeamEngine;

/**
 * Dose-engine benchmark (not a test; run with ./run.sh). A phantom-like abdomen: an elliptic
 * cylinder 350 mm (LR) × 250 mm (AP) × 250 mm long of water with a 15 mm fat rim (−100 HU) and a
 * 30 mm bone cylinder (+700 HU) for the spine; a 100 mm diameter target in the patient's right
 * (liver side); 9 coplanar 6 MV beams; 5 mm beamlets on the target plus a 5 mm PTV margin and
 * 5 mm beamlet margin; 3 mm dose grid on the body. Prints matrix build time, non-zeros, memory,
 * final-dose time and the speed-up from 1 to 2 threads.
 */
public final class DoseBench {

	public static void main(String[] args) {
		int maxThreads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
		Grid3 ctGrid = Grid3.axisAligned(new Vec3(-199, -149, -148.5), new Vec3(2, 2, 3), 200, 150, 100);
		float[] hu = new float[ctGrid.voxelCount()];
		Vec3 targetCentre = new Vec3(-60, -10, 0);
		for (int k = 0; k < ctGrid.nz(); k++) {
			for (int j = 0; j < ctGrid.ny(); j++) {
				for (int i = 0; i < ctGrid.nx(); i++) {
					hu[ctGrid.index(i, j, k)] = huAt(ctGrid.toPatientMm(i, j, k));
				}
			}
		}
		FloatVolume ct = new FloatVolume(ctGrid, hu);
		Grid3 dose = Grid3.axisAligned(new Vec3(-177, -127.5, -124.5), new Vec3(3, 3, 3), 119, 86, 84);
		float[] body = new float[dose.voxelCount()], ptv = new float[dose.voxelCount()];
		for (int k = 0; k < dose.nz(); k++) {
			for (int j = 0; j < dose.ny(); j++) {
				for (int i = 0; i < dose.nx(); i++) {
					Vec3 p = dose.toPatientMm(i, j, k);
					int g = dose.index(i, j, k);
					body[g] = inEllipse(p, 175, 125) && Math.abs(p.z()) <= 125 ? 1f : 0f;
					ptv[g] = p.minus(targetCentre).norm() <= 55 ? 1f : 0f;
				}
			}
		}
		Mask bodyMask = new Mask(dose, body), ptvMask = new Mask(dose, ptv);
		List<BeamSpec> beams = new ArrayList<>();
		List<FluenceMap> maps = new ArrayList<>();
		for (int b = 0; b < 9; b++) {
			BeamSpec beam = BeamSpec.of6Mv(String.format("G%03d", 40 * b), 40 * b, 0, targetCentre);
			beams.add(beam);
			maps.add(FluenceMaps.coveringTarget(beam, ptvMask, 5, 5));
		}
		DoseRequest request = DoseRequest.of(ct, dose, beams, maps).withBody(bodyMask).withHuTable(HuDensityTable.generic());
		PencilBeamEngine engine = new PencilBeamEngine();
		BeamletSettings settings = BeamletSettings.defaults();
		MatrixSizeEstimate est = engine.estimateMatrix(request, settings);
		System.out.printf("phantom: CT %s, dose %s, body %d voxels, PTV %.0f cc%n", ctGrid, dose, bodyMask.voxelsInside(),
				ptvMask.volumeCc());
		System.out.printf("beamlets: %d (9 beams, 5 mm); estimate: %d non-zeros (%d narrow + %d broad), %d MiB%n",
				est.columns(), est.nonZeros(), est.narrowNonZeros(), est.broadNonZeros(), est.bytes() >> 20);
		// warm-up (JIT) on 2 threads, not reported
		engine.calculate(request.withThreads(maxThreads), ProgressMonitor.NULL);
		double[] matrixS = new double[maxThreads + 1], doseS = new double[maxThreads + 1];
		DoseInfluenceMatrix m = null;
		float[] direct = null;
		for (int t = 1; t <= maxThreads; t++) {
			DoseRequest r = request.withThreads(t);
			m = null;
			System.gc();
			long t0 = System.nanoTime();
			m = engine.buildMatrix(r, settings, ProgressMonitor.NULL);
			long t1 = System.nanoTime();
			direct = engine.calculate(r, ProgressMonitor.NULL).doseGy().values();
			long t2 = System.nanoTime();
			matrixS[t] = (t1 - t0) / 1e9;
			doseS[t] = (t2 - t1) / 1e9;
			System.out.printf("threads %d: matrix %.2f s, final dose %.2f s%n", t, matrixS[t], doseS[t]);
		}
		long t0 = System.nanoTime();
		float[] w = m.weightsOf(maps);
		float[] y = m.multiply(w);
		long t1 = System.nanoTime();
		m.multiplyTransposed(y);
		long t2 = System.nanoTime();
		FloatVolume viaMatrix = m.toVolume(y);
		double max = 0, worst = 0;
		for (int i = 0; i < direct.length; i++) {
			max = Math.max(max, direct[i]);
			worst = Math.max(worst, Math.abs(direct[i] - viaMatrix.values()[i]));
		}
		Runtime rt = Runtime.getRuntime();
		System.out.printf("matrix: %d x %d, %d non-zeros (%d narrow + %d broad), %d MiB; heap in use %d MiB%n", m.rows(),
				m.columns(), m.nonZeros(), m.narrowNonZeros(), m.broadNonZeros(), m.bytes() >> 20,
				(rt.totalMemory() - rt.freeMemory()) >> 20);
		System.out.printf("products (%d threads): D w %.3f s, D^T g %.3f s%n", maxThreads, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
		System.out.printf("consistency: max |D w - direct| = %.4f %% of max dose %.3f Gy%n", 100 * worst / max, max);
		if (maxThreads >= 2) {
			System.out.printf("speed-up 1 -> 2 threads: matrix %.2fx, final dose %.2fx%n", matrixS[1] / matrixS[2],
					doseS[1] / doseS[2]);
		}
	}

	private static boolean inEllipse(Vec3 p, double a, double b) {
		return (p.x() * p.x()) / (a * a) + (p.y() * p.y()) / (b * b) <= 1;
	}

	private static float huAt(Vec3 p) {
		if (!inEllipse(p, 175, 125) || Math.abs(p.z()) > 125) {
			return -1000f;
		}
		if (Math.hypot(p.x(), p.y() - 80) <= 15) {
			return 700f; // spine
		}
		if (!inEllipse(p, 160, 110)) {
			return -100f; // fat rim
		}
		return 40f; // soft tissue
	}
}
