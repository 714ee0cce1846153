package org.latticebench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latticebench.testing.Asserts.assertDoseEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

/**
 * A lattice-size sphere (15 mm diameter, shared/DOMAIN.md "Sphere diameter 1.5 cm", 1.77 cc) on a
 * 1 mm mask grid, in analytic dose fields sampled on 2 mm and 3 mm dose grids whose voxels do not
 * line up with the mask's.
 */
class AnalyticSphereDvhTest {

	private static final double R_MM = 7.5;
	private static final Vec3 CENTRE = new Vec3(0.3, -0.2, 0.45);
	private static final Mask SPHERE = AnalyticPhantoms.sphere(
			AnalyticPhantoms.gridCovering(new Vec3(-10, -10, -10), new Vec3(10, 10, 10), 1.0, Vec3.ZERO), CENTRE, R_MM);
	private static final double VOLUME_MM3 = AnalyticPhantoms.sphereVolumeMm3(R_MM);

	/** Steep linear field: 30 Gy at the centre, 2 Gy/mm along x, so the sphere spans 15..45 Gy. */
	private static final double CENTRE_GY = 30, GRADIENT_GY_PER_MM = 2;

	static Stream<Arguments> doseGrids() {
		return Stream.of(Arguments.of(2.0, new Vec3(0, 0, 0)), Arguments.of(2.0, new Vec3(0.37, 1.13, -0.71)),
				Arguments.of(3.0, new Vec3(0, 0, 0)), Arguments.of(3.0, new Vec3(1.41, -0.52, 0.93)));
	}

	private static Grid3 doseGrid(double spacingMm, Vec3 shiftMm) {
		return AnalyticPhantoms.gridCovering(new Vec3(-15, -15, -15), new Vec3(15, 15, 15), spacingMm, shiftMm);
	}

	@ParameterizedTest(name = "{0} mm dose grid shifted by {1}")
	@MethodSource("doseGrids")
	void cumulativeDvhInALinearGradientMatchesTheSphericalCapClosedFormWithin1PercentOfVolume(double spacingMm,
			Vec3 shiftMm) {
		FloatVolume dose = AnalyticPhantoms.dose(doseGrid(spacingMm, shiftMm),
				(x, y, z) -> CENTRE_GY + GRADIENT_GY_PER_MM * (x - CENTRE.x()));
		Dvh dvh = DvhCalculator.compute(dose, SPHERE, DvhSettings.DEFAULT, ProgressMonitor.NULL);
		for (double levelGy = 10; levelGy <= 50; levelGy += 0.05) {
			// closed form: the volume receiving >= D is the cap beyond the plane x - cx = (D - 30) / 2
			double exactMm3 = AnalyticPhantoms.capVolumeMm3(R_MM, (levelGy - CENTRE_GY) / GRADIENT_GY_PER_MM);
			double gotMm3 = dvh.volumeAtLeastCc(levelGy) * 1000;
			assertTrue(Math.abs(gotMm3 - exactMm3) <= 0.01 * VOLUME_MM3, String.format(
					"V(>= %.2f Gy): expected %.2f mm3, got %.2f mm3 (%.3f %% of the volume)", levelGy, exactMm3, gotMm3,
					100 * (gotMm3 - exactMm3) / VOLUME_MM3));
		}
		assertTrue(dvh.supersamplingPerAxis() >= 3, "a 1.8 cc structure is supersampled: " + dvh);
	}

	@ParameterizedTest(name = "{0} mm dose grid shifted by {1}")
	@MethodSource("doseGrids")
	void cumulativeDvhInAGaussianStaysWithinTheTrilinearInterpolationBoundOfTheClosedForm(double spacingMm,
			Vec3 shiftMm) {
		double peakGy = 20, sigmaMm = 6;
		FloatVolume dose = AnalyticPhantoms.dose(doseGrid(spacingMm, shiftMm), (x, y, z) -> {
			double r2 = sq(x - CENTRE.x()) + sq(y - CENTRE.y()) + sq(z - CENTRE.z());
			return peakGy * Math.exp(-r2 / (2 * sigmaMm * sigmaMm));
		});
		Dvh dvh = DvhCalculator.compute(dose, SPHERE, DvhSettings.DEFAULT, ProgressMonitor.NULL);
		// Trilinear interpolation errs by at most (h^2 / 8) sum_i max|d2D/dx_i^2| = 3 h^2 / 8 * peak / sigma^2
		// (the Gaussian's largest second derivative is peak / sigma^2, at its centre); the DVH may also smear
		// by the half-width of one sub-voxel's dose range, |grad D|max * (1 mm / 3) * sqrt(3) / 2, with
		// |grad D|max = peak / (sigma sqrt(e)); plus 1 % of volume for the partial voxels of the 1 mm mask.
		double interpolationGy = 3 * spacingMm * spacingMm / 8 * peakGy / (sigmaMm * sigmaMm);
		double smearGy = peakGy / (sigmaMm * Math.sqrt(Math.E)) / 3 * Math.sqrt(3) / 2;
		double bandGy = interpolationGy + smearGy;
		for (double levelGy = 5; levelGy <= 21; levelGy += 0.05) {
			double gotMm3 = dvh.volumeAtLeastCc(levelGy) * 1000;
			double upperMm3 = gaussianClosedFormMm3(levelGy - bandGy, peakGy, sigmaMm) + 0.01 * VOLUME_MM3;
			double lowerMm3 = gaussianClosedFormMm3(levelGy + bandGy, peakGy, sigmaMm) - 0.01 * VOLUME_MM3;
			assertTrue(gotMm3 >= lowerMm3 && gotMm3 <= upperMm3, String.format(
					"V(>= %.2f Gy) = %.2f mm3 outside [%.2f, %.2f] mm3 (band %.2f Gy)", levelGy, gotMm3, lowerMm3, upperMm3,
					bandGy));
		}
		// closed form mean dose is not needed: D50 of the exact field is at r = R / 2^(1/3)
		double d50ExactGy = peakGy * Math.exp(-sq(R_MM / Math.cbrt(2)) / (2 * sigmaMm * sigmaMm));
		assertDoseEquals(d50ExactGy, dvh.doseAtVolumePercent(50), bandGy, "D50%");
	}

	/** Closed form: inside the sphere the dose is >= D where r <= sigma sqrt(2 ln(peak / D)). */
	private static double gaussianClosedFormMm3(double levelGy, double peakGy, double sigmaMm) {
		if (levelGy >= peakGy) {
			return 0;
		}
		if (levelGy <= 0) {
			return VOLUME_MM3;
		}
		double r = sigmaMm * Math.sqrt(2 * Math.log(peakGy / levelGy));
		return AnalyticPhantoms.sphereVolumeMm3(Math.min(R_MM, r));
	}

	@Test
	void coincidentAndShiftedDoseGridsGiveTheSameDvhForAFieldTrilinearInterpolationReproduces() {
		// D = 30 + 2x + 0.5y - z + 0.05xy is in the trilinear span, so any grid reproduces it exactly
		// between its voxel centres: the two DVHs may differ only by float rounding of the stored doses
		Grid3 maskGrid = AnalyticPhantoms.gridCovering(new Vec3(-12, -12, -12), new Vec3(12, 12, 12), 2.0, Vec3.ZERO);
		Mask sphere = AnalyticPhantoms.sphere(maskGrid, CENTRE, R_MM);
		AnalyticPhantoms.Field field = (x, y, z) -> 30 + 2 * x + 0.5 * y - z + 0.05 * x * y;
		Dvh coincident = DvhCalculator.compute(AnalyticPhantoms.dose(maskGrid, field), sphere, DvhSettings.DEFAULT,
				ProgressMonitor.NULL);
		Dvh shifted = DvhCalculator.compute(AnalyticPhantoms.dose(doseGrid(3.0, new Vec3(0.77, -1.21, 0.35)), field),
				sphere, DvhSettings.DEFAULT, ProgressMonitor.NULL);
		assertEquals(coincident.supersamplingPerAxis(), shifted.supersamplingPerAxis(), "same supersampling rule");
		assertEquals(coincident.totalVolumeCc(), shifted.totalVolumeCc(), 1e-9, "volume does not depend on the dose grid");
		for (double p : new double[] { 0, 2, 5, 10, 25, 50, 75, 90, 95, 98, 100 }) {
			assertDoseEquals(coincident.doseAtVolumePercent(p), shifted.doseAtVolumePercent(p), 1e-3, "D" + p + "%");
		}
		assertDoseEquals(coincident.meanGy(), shifted.meanGy(), 1e-4, "mean");
	}

	@Test
	void coincidentAndShiftedDoseGridsAgreeInACurvedFieldWithinTheInterpolationBound() {
		double peakGy = 20, sigmaMm = 8;
		AnalyticPhantoms.Field field = (x, y, z) -> peakGy
				* Math.exp(-(sq(x - CENTRE.x()) + sq(y - CENTRE.y()) + sq(z - CENTRE.z())) / (2 * sigmaMm * sigmaMm));
		Grid3 maskGrid = AnalyticPhantoms.gridCovering(new Vec3(-12, -12, -12), new Vec3(12, 12, 12), 2.0, Vec3.ZERO);
		Mask sphere = AnalyticPhantoms.sphere(maskGrid, CENTRE, R_MM);
		Dvh coincident = DvhCalculator.compute(AnalyticPhantoms.dose(maskGrid, field), sphere, DvhSettings.DEFAULT,
				ProgressMonitor.NULL);
		Dvh shifted = DvhCalculator.compute(AnalyticPhantoms.dose(doseGrid(2.0, new Vec3(0.9, -0.6, 1.1)), field), sphere,
				DvhSettings.DEFAULT, ProgressMonitor.NULL);
		// each grid's trilinear error is at most 3 h^2 / 8 * peak / sigma^2 = 0.47 Gy (h = 2 mm), so the two differ by at most twice that
		double toleranceGy = 2 * 3 * 4 / 8.0 * peakGy / (sigmaMm * sigmaMm);
		for (double p : new double[] { 2, 10, 50, 90, 98 }) {
			assertDoseEquals(coincident.doseAtVolumePercent(p), shifted.doseAtVolumePercent(p), toleranceGy, "D" + p + "%");
		}
		assertDoseEquals(coincident.meanGy(), shifted.meanGy(), toleranceGy, "mean");
	}

	private static double sq(double v) {
		return v * v;
	}
}
