package org.latticebench.optimization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.latticebench.dose.BeamletSettings;
import org.latticebench.dose.DoseInfluenceMatrix;
import org.latticebench.dose.DoseRequest;
import org.latticebench.dose.FluenceMap;
import org.latticebench.dose.HuDensityTable;
import org.latticebench.dose.PencilBeamEngine;

/**
 * The engine's sparse matrix as the optimiser's operator, on a water box (0 HU) with two 6 MV beams
 * and a body that leaves out the box's first rows: the adapter reproduces the matrix products,
 * is its own adjoint, gives bit-identical results on 1 and 2 threads, and maps structures to rows.
 */
class InfluenceMatrixOperatorTest {

	private static Grid3 grid;
	private static Mask body;
	private static DoseRequest request;
	private static DoseInfluenceMatrix matrix;

	@BeforeAll
	static void build() {
		grid = Grid3.axisAligned(new Vec3(-45, 55, -24), new Vec3(4, 4, 4), 24, 24, 13);
		float[] hu = new float[grid.voxelCount()];
		float[] inside = new float[grid.voxelCount()];
		for (int v = 0; v < inside.length; v++) {
			inside[v] = (v / grid.nx()) % grid.ny() >= 2 ? 1f : 0f; // rows j = 0, 1 are outside the body
		}
		body = new Mask(grid, inside);
		List<BeamSpec> beams = List.of(BeamSpec.of6Mv("G000", 0, 0, new Vec3(0, 100, 0)),
				BeamSpec.of6Mv("G090", 90, 0, new Vec3(0, 100, 0)));
		FluenceMap open = FluenceMap.openField(40, 30, 5, 1f);
		request = DoseRequest.of(new FloatVolume(grid, hu), grid, beams, List.of(open, open))
				.withHuTable(HuDensityTable.waterAirLine()).withBody(body).withThreads(2);
		matrix = new PencilBeamEngine().buildMatrix(request, BeamletSettings.defaults(), ProgressMonitor.NULL);
	}

	private static float[] weights(int n) {
		float[] w = new float[n];
		for (int j = 0; j < n; j++) {
			w[j] = 0.2f + (j % 11) / 10f;
		}
		return w;
	}

	@Test
	void productsAreTheMatrixProducts() {
		InfluenceMatrixOperator op = new InfluenceMatrixOperator(matrix);
		// 8 x 6 beamlets of 5 mm per beam (40 x 30 mm field), one column each
		assertEquals(2 * 48, op.beamletCount());
		assertEquals(body.voxelsInside(), op.voxelCount());
		float[] w = weights(op.beamletCount());
		float[] dose = new float[op.voxelCount()];
		op.multiply(w, dose);
		assertArrayEquals(matrix.multiply(w), dose);
		float[] g = new float[op.voxelCount()];
		for (int r = 0; r < g.length; r++) {
			g[r] = (r % 13) / 13f - 0.3f;
		}
		float[] back = new float[op.beamletCount()];
		op.multiplyTransposed(g, back);
		assertArrayEquals(matrix.multiplyTransposed(g), back);
	}

	@Test
	void transposeIsTheAdjoint() {
		// closed form: <D w, g> = <w, D^T g> for any w, g (up to float rounding of the two sums)
		InfluenceMatrixOperator op = new InfluenceMatrixOperator(matrix);
		float[] w = weights(op.beamletCount());
		float[] g = new float[op.voxelCount()];
		for (int r = 0; r < g.length; r++) {
			g[r] = ((r * 7) % 17) / 17f;
		}
		float[] dose = new float[op.voxelCount()];
		float[] back = new float[op.beamletCount()];
		op.multiply(w, dose);
		op.multiplyTransposed(g, back);
		double left = 0, right = 0;
		for (int r = 0; r < g.length; r++) {
			left += (double) dose[r] * g[r];
		}
		for (int j = 0; j < w.length; j++) {
			right += (double) w[j] * back[j];
		}
		assertTrue(left > 0);
		assertEquals(left, right, 1e-4 * left);
	}

	@Test
	void oneAndTwoThreadsGiveBitIdenticalProducts() {
		DoseInfluenceMatrix single = new PencilBeamEngine().buildMatrix(request.withThreads(1), BeamletSettings.defaults(),
				ProgressMonitor.NULL);
		InfluenceMatrixOperator one = new InfluenceMatrixOperator(single), two = new InfluenceMatrixOperator(matrix);
		float[] w = weights(one.beamletCount());
		float[] d1 = new float[one.voxelCount()], d2 = new float[two.voxelCount()];
		one.multiply(w, d1);
		two.multiply(w, d2);
		assertArrayEquals(d1, d2);
		float[] b1 = new float[one.beamletCount()], b2 = new float[two.beamletCount()];
		one.multiplyTransposed(d1, b1);
		two.multiplyTransposed(d2, b2);
		assertArrayEquals(b1, b2);
	}

	@Test
	void structureVoxelsAreBodyRowsOfTheMask() {
		InfluenceMatrixOperator op = new InfluenceMatrixOperator(matrix);
		float[] f = new float[grid.voxelCount()];
		int first = grid.index(5, 0, 6), inBody = grid.index(5, 4, 6), partial = grid.index(6, 4, 6);
		f[first] = 1f; // outside the body: no row
		f[inBody] = 1f;
		f[partial] = 0.25f;
		StructureVoxels v = op.voxelsOf(new Mask(grid, f));
		assertEquals(2, v.size());
		int[] rowOfVoxel = op.rowOfVoxel();
		assertEquals(-1, rowOfVoxel[first]);
		assertArrayEquals(new int[] { rowOfVoxel[inBody], rowOfVoxel[partial] }, v.rows());
		assertArrayEquals(new float[] { 1f, 0.25f }, v.weights());
		assertEquals(inBody, matrix.rowVoxelIndex(v.rows()[0]));
	}

	@Test
	void maskOnAnotherGridIsRefused() {
		InfluenceMatrixOperator op = new InfluenceMatrixOperator(matrix);
		Grid3 other = Grid3.axisAligned(new Vec3(-45, 55, -24), new Vec3(2, 2, 2), 10, 10, 10);
		var e = assertThrows(IllegalArgumentException.class, () -> op.voxelsOf(Mask.empty(other)));
		assertTrue(e.getMessage().contains("resample"), e.getMessage());
	}
}
