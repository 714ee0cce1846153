import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.StudySnapshot;
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
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;

import com.sun.management.OperatingSystemMXBean;

/**
 * Dose-engine benchmark (not a test; run with ./run.sh [max-threads]). The built-in liver phantom
 * (org.latticebench.phantom, 350 × 250 × 250 mm abdomen, 100 mm tumour) at 3 mm voxels, so the
 * CT and the 3 mm dose grid coincide and dose is computed in BODY; 9 coplanar 6 MV beams at the
 * tumour centre; 5 mm beamlets covering the GTV plus 10 mm (a 5 mm PTV margin and 5 mm beyond it).
 * Prints the matrix build time, non-zeros and memory, the final-dose time and the 1 → 2 thread
 * speed-up, each as wall-clock time and as process CPU time (the machine may be shared, so the
 * CPU time shows what the run itself cost).
 */
public final class DoseBench {

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	public static void main(String[] args) {
		int maxThreads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
		StudySnapshot study = LiverPhantom.build(PhantomParameters.defaults().withSpacingMm(3.0), ProgressMonitor.NULL);
		FloatVolume ct = study.ctHu();
		Grid3 dose = ct.grid();
		Mask bodyMask = study.structure("BODY").orElseThrow().mask().orElseThrow();
		Mask gtv = study.structure("GTV").orElseThrow().mask().orElseThrow();
		Vec3 targetCentre = centroid(gtv);
		List<BeamSpec> beams = new ArrayList<>();
		List<FluenceMap> maps = new ArrayList<>();
		for (int b = 0; b < 9; b++) {
			BeamSpec beam = BeamSpec.of6Mv(String.format("G%03d", 40 * b), 40 * b, 0, targetCentre);
			beams.add(beam);
			maps.add(FluenceMaps.coveringTarget(beam, gtv, 5, 10));
		}
		DoseRequest request = DoseRequest.of(ct, dose, beams, maps).withBody(bodyMask).withHuTable(HuDensityTable.generic());
		PencilBeamEngine engine = new PencilBeamEngine();
		BeamletSettings settings = BeamletSettings.defaults();
		MatrixSizeEstimate est = engine.estimateMatrix(request, settings);
		System.out.printf("phantom: CT = dose grid %s, body %d voxels, GTV %.0f cc at %s%n", dose, bodyMask.voxelsInside(),
				gtv.volumeCc(), targetCentre);
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
			long t0 = System.nanoTime(), c0 = OS.getProcessCpuTime();
			m = engine.buildMatrix(r, settings, ProgressMonitor.NULL);
			long t1 = System.nanoTime(), c1 = OS.getProcessCpuTime();
			direct = engine.calculate(r, ProgressMonitor.NULL).doseGy().values();
			long t2 = System.nanoTime(), c2 = OS.getProcessCpuTime();
			matrixS[t] = (t1 - t0) / 1e9;
			doseS[t] = (t2 - t1) / 1e9;
			System.out.printf("threads %d: matrix %.2f s wall (%.2f s CPU), final dose %.2f s wall (%.2f s CPU); load average %.1f%n",
					t, matrixS[t], (c1 - c0) / 1e9, doseS[t], (c2 - c1) / 1e9, OS.getSystemLoadAverage());
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

	private static Vec3 centroid(Mask m) {
		double x = 0, y = 0, z = 0, w = 0;
		Grid3 g = m.grid();
		for (int i = 0; i < m.fraction().length; i++) {
			float f = m.fraction()[i];
			if (f > 0) {
				Vec3 p = g.toPatientMm(i % g.nx(), (i / g.nx()) % g.ny(), i / (g.nx() * g.ny()));
				x += f * p.x();
				y += f * p.y();
				z += f * p.z();
				w += f;
			}
		}
		return new Vec3(x / w, y / w, z / w);
	}
}
