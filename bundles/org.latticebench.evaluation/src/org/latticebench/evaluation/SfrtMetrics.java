package org.latticebench.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.geometry.DistanceMaps;
import org.latticebench.evaluation.internal.Resampler;

/**
 * Peak/valley metrics of spatially fractionated (lattice) plans. The field uses several
 * definitions, so each value is named for its own (shared/DOMAIN.md "SFRT dose metrics"):
 * <ul>
 * <li>peak: mean and D10 of the spheres union; D10 of the GTV</li>
 * <li>valley: D90 of the GTV; mean of the valley structure (default GTV minus spheres); GTV D50 and
 * mean are reported alongside</li>
 * <li>PVDR: mean(spheres) / mean(valley); D10/D90 of the GTV; D10/D90 of the PTV</li>
 * <li>VDR: D10/D90 of the GTV, DOMAIN.md's definition; numerically the GTV-D10/D90 PVDR, listed
 * under both names because papers use both</li>
 * <li>ePVDR (our definition; the literature has no single one): the ratio of generalised EUDs
 * (Niemierko, Med Phys 1999;26:1100-1109) of the spheres and of the valley, with the tumour
 * parameter a of {@link SfrtInput#eudA()} (default -10). It weights cold spots the way a tumour
 * control model would, where the plain PVDR weights all voxels alike.</li>
 * <li>sphere count and HCND = spheres x 100 / GTV volume in cc (spheres per 100 cc of GTV)</li>
 * <li>dose in concentric shells of the GTV: [0, w), [w, 2w), ... mm below its surface</li>
 * </ul>
 *
 * @since 0.1
 */
public final class SfrtMetrics {

	private SfrtMetrics() {
	}

	public static SfrtReport compute(SfrtInput in, ProgressMonitor monitor) {
		monitor.begin("SFRT metrics", 5);
		DvhSettings st = in.settings();
		Dvh spheres = dvh(in.doseGy(), in.spheres(), st, "spheres");
		monitor.worked(1);
		Dvh gtv = dvh(in.doseGy(), in.gtv(), st, "GTV");
		monitor.worked(1);
		Mask valleyMask = in.valley().orElseGet(() -> gtvMinusSpheres(in.gtv(), in.spheres()));
		Dvh valley = dvh(in.doseGy(), valleyMask, st, "valley");
		monitor.worked(1);
		OptionalDouble ptvRatio = OptionalDouble.empty();
		if (in.ptv().isPresent()) {
			Dvh ptv = dvh(in.doseGy(), in.ptv().get(), st, "PTV");
			ptvRatio = OptionalDouble.of(ratio(ptv.doseAtVolumePercent(10), ptv.doseAtVolumePercent(90)));
		}
		monitor.checkCanceled();
		List<SfrtReport.ShellDose> shells = shells(in, monitor);
		monitor.worked(1);
		double gtvD10 = gtv.doseAtVolumePercent(10), gtvD90 = gtv.doseAtVolumePercent(90);
		double peakEud = spheres.gEudGy(in.eudA()), valleyEud = valley.gEudGy(in.eudA());
		monitor.done();
		return new SfrtReport(spheres.meanGy(), spheres.doseAtVolumePercent(10), gtvD10, gtv.doseAtVolumePercent(50), gtvD90,
				gtv.meanGy(), valley.meanGy(), ratio(spheres.meanGy(), valley.meanGy()), ratio(gtvD10, gtvD90), ptvRatio,
				ratio(gtvD10, gtvD90), ratio(peakEud, valleyEud), in.eudA(), peakEud, valleyEud, in.sphereCount(),
				gtv.totalVolumeCc(), in.sphereCount() * 100.0 / gtv.totalVolumeCc(), shells);
	}

	private static Dvh dvh(FloatVolume dose, Mask mask, DvhSettings st, String what) {
		if (mask.isEmpty()) {
			throw new InvalidInputException(null, what, "structure is empty (0 cc)");
		}
		return DvhCalculator.compute(dose, mask, st, ProgressMonitor.NULL);
	}

	private static double ratio(double a, double b) {
		return b > 0 ? a / b : Double.POSITIVE_INFINITY;
	}

	/** GTV fractions minus the spheres' fractions (nearest voxel when the grids differ), floored at 0. */
	static Mask gtvMinusSpheres(Mask gtv, Mask spheres) {
		float[] s = Resampler.nearestFractions(spheres, gtv.grid());
		float[] g = gtv.fraction();
		float[] v = new float[g.length];
		for (int i = 0; i < g.length; i++) {
			v[i] = Math.max(0f, g[i] - s[i]);
		}
		return new Mask(gtv.grid(), v);
	}

	/**
	 * Depth below the GTV surface, mm (0 outside): the geometry bundle's signed distance, whose
	 * surface lies half the smallest spacing from the voxel centres.
	 */
	static FloatVolume depthInsideMm(Mask gtv) {
		float[] f = gtv.fraction();
		boolean anyOutside = false;
		for (float v : f) {
			anyOutside |= v < 0.5f;
		}
		if (!anyOutside) {
			throw new InvalidInputException(null, "mask", "the GTV fills its whole grid; no surface to measure depth from");
		}
		float[] sd = DistanceMaps.signedDistanceMm(gtv).values();
		float[] depth = new float[sd.length];
		for (int i = 0; i < sd.length; i++) {
			depth[i] = f[i] >= 0.5f ? Math.max(0f, -sd[i]) : 0f;
		}
		return new FloatVolume(gtv.grid(), depth);
	}

	private static List<SfrtReport.ShellDose> shells(SfrtInput in, ProgressMonitor monitor) {
		Grid3 g = in.gtv().grid();
		FloatVolume depth = in.gtvDepthMm().map(d -> Resampler.resample(d, g, 0f))
				.orElseGet(() -> depthInsideMm(in.gtv()));
		float[] f = in.gtv().fraction(), dep = depth.values();
		double w = in.shellWidthMm();
		int shellCount = 0;
		for (int i = 0; i < f.length; i++) {
			if (f[i] > 0) {
				shellCount = Math.max(shellCount, (int) Math.floor(dep[i] / w) + 1);
			}
		}
		List<SfrtReport.ShellDose> out = new ArrayList<>();
		for (int s = 0; s < shellCount; s++) {
			monitor.checkCanceled();
			float[] shell = new float[f.length];
			for (int i = 0; i < f.length; i++) {
				if (f[i] > 0 && (int) Math.floor(dep[i] / w) == s) {
					shell[i] = f[i];
				}
			}
			Mask m = new Mask(g, shell);
			if (m.isEmpty()) {
				continue; // a depth range no voxel centre falls in
			}
			Dvh d = DvhCalculator.compute(in.doseGy(), m, in.settings(), ProgressMonitor.NULL);
			out.add(new SfrtReport.ShellDose(s * w, (s + 1) * w, d.totalVolumeCc(), d.meanGy(), d.minGy(), d.maxGy()));
		}
		return out;
	}
}
