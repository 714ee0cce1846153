package org.latticebench.dose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

/**
 * The dose-influence matrix against the direct calculation, and the determinism of both, on a
 * water box with two beams (anterior and right-anterior oblique), non-uniform fluence and a
 * cylindrical body mask.
 */
class InfluenceMatrixTest {

	private static DoseRequest request;
	private static DoseInfluenceMatrix matrix;
	private static FloatVolume direct;

	@BeforeAll
	static void build() {
		Grid3 grid = Grid3.axisAligned(new Vec3(-60, 0, -30), new Vec3(3, 3, 3), 41, 60, 21);
		float[] body = new float[grid.voxelCount()];
		for (int k = 0; k < grid.nz(); k++) {
			for (int j = 0; j < grid.ny(); j++) {
				for (int i = 0; i < grid.nx(); i++) {
					Vec3 p = grid.toPatientMm(i, j, k);
					// a cylinder of radius 55 mm along z around (0, 90): not every voxel is in the body
					body[grid.index(i, j, k)] = Math.hypot(p.x(), p.y() - 90) <= 55 ? 1f : 0f;
				}
			}
		}
		List<BeamSpec> beams = List.of(BeamSpec.of6Mv("G000", 0, 0, new Vec3(0, 100, 0)),
				BeamSpec.of6Mv("G300", 300, 0, new Vec3(0, 100, 0)));
		FluenceMap open = FluenceMap.openField(60, 40, 5, 1f);
		float[] w = new float[open.weights().length];
		for (int i = 0; i < w.length; i++) {
			w[i] = i % 5 == 0 ? 0f : 0.3f + (i % 7) / 7f; // some beamlets off: they get no column
		}
		request = DoseRequest.of(WaterPhantom.water(), grid, beams, List.of(open, open.withWeights(w)))
				.withHuTable(HuDensityTable.waterAirLine()).withBody(new Mask(grid, body)).withThreads(2);
		PencilBeamEngine engine = new PencilBeamEngine();
		matrix = engine.buildMatrix(request, BeamletSettings.defaults(), ProgressMonitor.NULL);
		direct = engine.calculate(request, ProgressMonitor.NULL).doseGy();
	}

	@Test
	void matrixHasOneColumnPerActiveBeamletAndOneRowPerBodyVoxel() {
		// 12 x 8 beamlets per beam; the second map switches off every fifth: 96 + (96 - 20) = 172
		assertEquals(96 + 76, matrix.columns());
		assertEquals(request.body().get().voxelsInside(), matrix.rows());
		assertEquals(1, matrix.columnBeam(matrix.columns() - 1));
	}

	@Test
	void matrixTimesWeightsEqualsDirectDoseWithinHalfPercentOfMax() {
		// issue 6: consistency within 0.5 % of the maximum dose
		FloatVolume fromMatrix = matrix.toVolume(matrix.multiply(matrix.weightsOf(request.fluences())));
		double max = direct.max(), worst = 0;
		for (int i = 0; i < direct.values().length; i++) {
			worst = Math.max(worst, Math.abs(direct.values()[i] - fromMatrix.values()[i]));
		}
		assertTrue(max > 0.5, "the beams deliver dose, max " + max);
		assertTrue(worst <= 0.005 * max, "largest difference " + worst + " Gy of max " + max + " Gy");
	}

	@Test
	void doseOutsideTheBodyMaskIsZero() {
		float[] body = request.body().get().fraction();
		for (int i = 0; i < body.length; i++) {
			if (body[i] == 0) {
				assertEquals(0f, direct.values()[i], "voxel " + i);
			}
		}
	}

	@Test
	void transposedProductIsTheAdjointOfTheProduct() {
		// <D w, g> = <w, D^T g> for any w and g (definition of the transpose); float32 sums agree to 1e-4
		float[] w = new float[matrix.columns()];
		for (int i = 0; i < w.length; i++) {
			w[i] = (float) (0.5 + Math.sin(i));
		}
		float[] g = new float[matrix.rows()];
		for (int r = 0; r < g.length; r++) {
			g[r] = (float) Math.cos(r * 0.37);
		}
		float[] dw = matrix.multiply(w), dtg = matrix.multiplyTransposed(g);
		double left = 0, right = 0;
		for (int r = 0; r < g.length; r++) {
			left += (double) dw[r] * g[r];
		}
		for (int c = 0; c < w.length; c++) {
			right += (double) w[c] * dtg[c];
		}
		assertEquals(left, right, 1e-4 * Math.abs(left));
	}

	@Test
	void directDoseIsBitIdenticalForOneTwoAndThreeThreads() {
		PencilBeamEngine engine = new PencilBeamEngine();
		float[] one = engine.calculate(request.withThreads(1), ProgressMonitor.NULL).doseGy().values();
		float[] three = engine.calculate(request.withThreads(3), ProgressMonitor.NULL).doseGy().values();
		assertArrayEquals(one, direct.values());
		assertArrayEquals(one, three);
	}

	@Test
	void matrixAndItsProductsAreBitIdenticalForOneAndTwoThreads() {
		DoseInfluenceMatrix single = new PencilBeamEngine().buildMatrix(request.withThreads(1), BeamletSettings.defaults(),
				ProgressMonitor.NULL);
		assertEquals(matrix.nonZeros(), single.nonZeros());
		float[] w = matrix.weightsOf(request.fluences());
		assertArrayEquals(single.multiply(w), matrix.multiply(w));
		float[] g = matrix.multiply(w);
		assertArrayEquals(single.multiplyTransposed(g), matrix.multiplyTransposed(g));
	}

	@Test
	void sizeEstimateIsWithin25PercentOfTheBuiltMatrix() {
		MatrixSizeEstimate e = new PencilBeamEngine().estimateMatrix(request, BeamletSettings.defaults());
		assertEquals(matrix.columns(), e.columns());
		assertEquals(matrix.rows(), e.rows());
		assertEquals(matrix.nonZeros(), e.nonZeros(), 0.25 * matrix.nonZeros());
	}

	@Test
	void fluenceRoundTripsThroughColumnWeights() {
		List<FluenceMap> back = matrix.fluencesOf(matrix.weightsOf(request.fluences()), request.fluences());
		assertEquals(request.fluences(), back);
	}
}
