package org.latticebench.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * SFRT (lattice) metrics of one plan; see {@link SfrtMetrics} for the definitions.
 *
 * @since 0.1
 */
public record SfrtReport(double peakMeanGy, double peakD10Gy, double gtvD10Gy, double gtvD50Gy, double gtvD90Gy,
		double gtvMeanGy, double valleyMeanGy, double pvdrMeanPeakOverMeanValley, double pvdrGtvD10OverD90,
		OptionalDouble pvdrPtvD10OverD90, double vdr, double ePvdr, double eudA, double peakGEudGy, double valleyGEudGy,
		int sphereCount, double gtvVolumeCc, double hcndPer100Cc, List<ShellDose> shells) {

	/** Dose in one concentric shell of the GTV, between two depths below its surface. */
	public record ShellDose(double innerDepthMm, double outerDepthMm, double volumeCc, double meanGy, double minGy,
			double maxGy) {
	}

	public SfrtReport {
		shells = List.copyOf(shells);
	}

	/** The scalar metrics by name (as a table row), names carrying their definitions. */
	public Map<String, Double> asTable() {
		Map<String, Double> t = new LinkedHashMap<>();
		t.put("peak_mean_spheres_gy", peakMeanGy);
		t.put("peak_D10_spheres_gy", peakD10Gy);
		t.put("peak_D10_gtv_gy", gtvD10Gy);
		t.put("valley_D90_gtv_gy", gtvD90Gy);
		t.put("D50_gtv_gy", gtvD50Gy);
		t.put("mean_gtv_gy", gtvMeanGy);
		t.put("valley_mean_gy", valleyMeanGy);
		t.put("PVDR_mean_spheres_over_mean_valley", pvdrMeanPeakOverMeanValley);
		t.put("PVDR_gtv_D10_over_D90", pvdrGtvD10OverD90);
		pvdrPtvD10OverD90.ifPresent(v -> t.put("PVDR_ptv_D10_over_D90", v));
		t.put("VDR_gtv_D10_over_D90", vdr);
		t.put("ePVDR_gEUD_spheres_over_gEUD_valley", ePvdr);
		t.put("sphere_count", (double) sphereCount);
		t.put("HCND_spheres_per_100cc_gtv", hcndPer100Cc);
		return t;
	}
}
