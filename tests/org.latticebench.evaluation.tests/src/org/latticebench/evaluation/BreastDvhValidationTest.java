package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertDoseEquals;
import static org.latticebench.testing.Asserts.assertVolumeEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.dicom.ImportedStructureSet;
import org.latticebench.dicom.RtDoseReader;
import org.latticebench.dicom.RtStructReader;
import org.latticebench.geometry.ContourRasterizer;
import org.latticebench.testing.ContourSlabReference;
import org.latticebench.testing.ContourSlabReference.RadialGaussian;
import org.latticebench.testing.SharedData;

/**
 * The DVH engine on a real clinical structure set: every ROI of ../shared/data/dicompyler-breast/rtss.dcm
 * in the analytic RTDOSE of the same folder, against an independent reference.
 * <p>
 * There is no DVH from an external tool for this case (data/README.md: the dose file is "ours", written in
 * closed form for these contours). The reference is therefore the closed form itself,
 * D = 0.2 Gy + 14 Gy exp(-|r - c|^2 / (2 * 35^2 mm^2)) with c from rtdose_analytic_gaussian_params.txt,
 * integrated over the contours by {@link ContourSlabReference} (even-odd scanlines every 0.1 mm, 0.02 mm
 * for the ROIs under 30 cc, 6
 * sub-slabs per 3 mm plane, exact dose-bin boundaries along each row). Structures are rasterised on the
 * dose grid, as {@code latticebench dvh} does without {@code --ct}.
 * <p>
 * Tolerances, and why:
 * <ul>
 * <li>Volume 0.05 %: the rasteriser clips polygons against cells exactly and the dose planes are the
 * contour planes, so only float32 fractions and the reference's midpoint rows remain (both ~1e-5).</li>
 * <li>Dx and mean 0.05 Gy (0.35 % of the 14 Gy peak): the engine interpolates the 2.5 x 2.5 x 3 mm dose
 * trilinearly; for this Gaussian |D''| &lt;= 14 Gy / 35^2 mm^2 = 0.0114 Gy/mm^2, so the interpolation error
 * is at most (2.5^2 + 2.5^2 + 3^2)/8 x 0.0114 = 0.03 Gy, plus one 0.01 Gy bin.</li>
 * <li>Small ROIs (&lt; 30 cc, supersampled by the engine) 0.1 Gy: their partial voxels are a large share of
 * the volume and the engine places a partial voxel's volume by the 0.5 level set of the interpolated
 * fractions, within a fraction of a voxel of the true boundary; at the steepest gradient of this dose
 * (14 Gy / 35 mm x e^-1/2 = 0.24 Gy/mm) 0.2 mm is 0.05 Gy, added to the 0.05 Gy above.</li>
 * <li>Vx through the same dose tolerance: the engine's V(x) must lie between the reference's V(x + tol)
 * and V(x - tol), so a steep DVH is not held to an impossible volume tolerance.</li>
 * </ul>
 */
class BreastDvhValidationTest {

	private static final double BIN_GY = 0.01;
	private static ImportedStructureSet structures;
	private static FloatVolume doseGy;
	private static RadialGaussian closedForm;

	@BeforeAll
	static void load() throws IOException {
		String params = Files.readString(SharedData.path("dicompyler-breast/rtdose_analytic_gaussian_params.txt"));
		// the closed form as the params file states it; fail loudly if the data set changes
		assertTrue(params.contains("D(r) = 0.2 Gy + 14 Gy * exp(-|r - c|^2 / (2 * 35^2))"), params);
		Matcher c = Pattern.compile("centroid c = \\[([-0-9.eE]+), ([-0-9.eE]+), ([-0-9.eE]+)\\]").matcher(params);
		assertTrue(c.find(), "params file gives the centroid");
		closedForm = new RadialGaussian(0.2, 14, 35, new Vec3(Double.parseDouble(c.group(1)),
				Double.parseDouble(c.group(2)), Double.parseDouble(c.group(3))));
		structures = RtStructReader.read(SharedData.path("dicompyler-breast/rtss.dcm"));
		doseGy = RtDoseReader.read(SharedData.path("dicompyler-breast/rtdose_analytic_gaussian.dcm")).dose();
	}

	@Test
	void everyRoiMatchesTheClosedFormDvhInVolumeMeanDxAndVx() {
		int binCount = (int) Math.ceil(15 / BIN_GY);
		List<String> failures = new ArrayList<>();
		System.out.println("ROI               ref cc    engine cc  dV %     mean ref/eng    D98 ref/eng     D50 ref/eng     D2 ref/eng");
		int compared = 0;
		for (ImportedStructureSet.Roi roi : structures.rois()) {
			if (roi.contours().isEmpty()) {
				continue; // Areola: see emptyAreolaIsReportedAsNotEvaluatedNotACrash
			}
			compared++;
			Mask mask = ContourRasterizer.toMask(roi.contours(), doseGy.grid());
			Dvh engine = DvhCalculator.compute(doseGy, mask, DvhSettings.DEFAULT, ProgressMonitor.NULL);
			ContourSlabReference ref = ContourSlabReference.of(roi.contours(), 3.0);
			boolean small = mask.volumeCc() < DvhSettings.DEFAULT.supersampleBelowCc();
			// midpoint rows: 0.1 mm keeps the reference volume within 1e-5 of the exact one for the large ROIs; the
			// small ones (0.5 - 1.3 cc, a few mm across) need 0.02 mm for the same relative accuracy
			double[] refBins = ref.differentialCc(closedForm, BIN_GY, binCount, small ? 0.02 : 0.1, 6);
			double refCc = sum(refBins);
			double doseTolGy = small ? 0.1 : 0.05;
			System.out.printf("%-16s %9.3f %10.3f %+7.3f   %6.3f/%6.3f   %6.3f/%6.3f   %6.3f/%6.3f   %6.3f/%6.3f%n",
					roi.name(), refCc, engine.totalVolumeCc(), 100 * (engine.totalVolumeCc() / refCc - 1), refMean(refBins),
					engine.meanGy(), refDoseAtPercent(refBins, 98), engine.doseAtVolumePercent(98),
					refDoseAtPercent(refBins, 50), engine.doseAtVolumePercent(50), refDoseAtPercent(refBins, 2),
					engine.doseAtVolumePercent(2));
			check(failures, () -> assertVolumeEquals(refCc, engine.totalVolumeCc(), 5e-4, roi.name() + " volume"));
			check(failures, () -> assertDoseEquals(refMean(refBins), engine.meanGy(), doseTolGy, roi.name() + " mean"));
			for (double p : new double[] { 98, 95, 50, 5, 2 }) {
				check(failures, () -> assertDoseEquals(refDoseAtPercent(refBins, p), engine.doseAtVolumePercent(p),
						doseTolGy, roi.name() + " D" + p + "%"));
			}
			for (double levelGy : new double[] { 1, 2, 5, 10, 13 }) {
				// Vx is checked through the same dose tolerance: the engine's V(x) must lie between the reference's
				// V(x + tol) and V(x - tol) (0.1 percentage point slack for the bin interpolation). A fixed tolerance in
				// percent would be meaningless where the DVH is steep (tiny Nodes: about 100 % per Gy)
				double vEngine = engine.volumeAtLeastPercent(levelGy);
				double vLow = refVolumeAtLeastPercent(refBins, levelGy + doseTolGy) - 0.1;
				double vHigh = refVolumeAtLeastPercent(refBins, Math.max(0, levelGy - doseTolGy)) + 0.1;
				if (vEngine < vLow || vEngine > vHigh) {
					failures.add(String.format("%s V%.0fGy: %.3f %% outside the reference band [%.3f, %.3f] %% (V at %.0f Gy -+ %.2f Gy)",
							roi.name(), levelGy, vEngine, vLow, vHigh, levelGy, doseTolGy));
				}
			}
		}
		// rtss.dcm (dcmdump): 10 ROIs, of which Areola has no ContourSequence
		assertEquals(9, compared);
		assertTrue(failures.isEmpty(), String.join("\n", failures));
	}

	@Test
	void emptyAreolaIsReportedAsNotEvaluatedNotACrash() {
		List<StructureSnapshot> snapshots = new ArrayList<>();
		for (ImportedStructureSet.Roi roi : structures.rois()) {
			snapshots.add(roi.toSnapshot(3).withMask(ContourRasterizer.toMask(roi.contours(), doseGy.grid())));
		}
		PlanEvaluation evaluation = PlanEvaluation.compute("analytic Gaussian", doseGy, snapshots, Map.of(),
				DvhSettings.DEFAULT, ProgressMonitor.NULL);
		// shared/data/README.md: "an empty Areola"; the other nine ROIs have contours
		assertEquals(Map.of("Areola", "empty structure (0 cc)"), evaluation.notEvaluated());
		assertEquals(9, evaluation.structures().size());
	}

	private interface Check {
		void run();
	}

	private static void check(List<String> failures, Check c) {
		try {
			c.run();
		} catch (AssertionError e) {
			failures.add(e.getMessage());
		}
	}

	private static double sum(double[] bins) {
		double s = 0;
		for (double b : bins) {
			s += b;
		}
		return s;
	}

	private static double refMean(double[] bins) {
		double weighted = 0;
		for (int b = 0; b < bins.length; b++) {
			weighted += bins[b] * (b + 0.5) * BIN_GY;
		}
		return weighted / sum(bins);
	}

	/** Volume with dose >= levelGy, the volume of a bin taken as uniform over the bin. */
	private static double refVolumeAtLeastPercent(double[] bins, double levelGy) {
		double pos = levelGy / BIN_GY;
		int b = (int) Math.floor(pos);
		double above = 0;
		for (int k = bins.length - 1; k > b; k--) {
			above += bins[k];
		}
		return 100 * (above + bins[b] * (1 - (pos - b))) / sum(bins);
	}

	/** Minimum dose of the hottest {@code percent} %, interpolated inside the bin. */
	private static double refDoseAtPercent(double[] bins, double percent) {
		double target = percent / 100 * sum(bins), above = 0;
		for (int b = bins.length - 1; b >= 0; b--) {
			if (above + bins[b] >= target && bins[b] > 0) {
				return (b + 1 - (target - above) / bins[b]) * BIN_GY;
			}
			above += bins[b];
		}
		return 0;
	}
}
