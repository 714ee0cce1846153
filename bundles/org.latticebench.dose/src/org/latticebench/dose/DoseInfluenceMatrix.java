package org.latticebench.dose;

import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.dose.internal.MatrixData;

/**
 * The dose-influence matrix D (Gy per unit beamlet weight): one column per active beamlet (beam
 * order, then Y_b, then X_b), one row per dose voxel inside the request's body mask (ascending
 * voxel index, see {@link #rowVoxelIndex}); the plan pipeline passes only the voxels its
 * objectives and normalisation read. Stored in float32 as compressed sparse columns: the narrow
 * primary kernel at full resolution near each beamlet, the broad kernels (wide primary and
 * scatter) on a coarse voxel lattice up to the tail cut-off, interpolated to every voxel, so
 * that low doses far from a beamlet are kept. Products are multithreaded and deterministic:
 * identical for any thread count.
 *
 * @since 0.1
 */
public final class DoseInfluenceMatrix {

	private final MatrixData data;
	private final int threads;

	DoseInfluenceMatrix(MatrixData data, int threads) {
		this.data = data;
		this.threads = threads;
	}

	public Grid3 grid() {
		return data.grid();
	}

	public int rows() {
		return data.rows();
	}

	public int columns() {
		return data.columns();
	}

	/** Stored entries (narrow + broad). */
	public long nonZeros() {
		return data.narrowNonZeros() + data.broadNonZeros();
	}

	public long narrowNonZeros() {
		return data.narrowNonZeros();
	}

	public long broadNonZeros() {
		return data.broadNonZeros();
	}

	/** Heap held by the matrix, bytes. */
	public long bytes() {
		return data.bytes();
	}

	/** Flat dose-grid index of a row. */
	public int rowVoxelIndex(int row) {
		return data.rowVoxel(row);
	}

	/** The beam (index into the request's beams) of a column. */
	public int columnBeam(int column) {
		return data.beamOfColumn(column);
	}

	/** The beamlet {ix, iy} of a column in its beam's fluence map. */
	public int[] columnBeamlet(int column) {
		return new int[] { data.beamletX(column), data.beamletY(column) };
	}

	/** Dose (Gy) at every row for beamlet weights, one per column. */
	public float[] multiply(float[] weights) {
		return data.multiply(weights, threads);
	}

	/** Dᵀ g: for a per-row gradient g (e.g. ∂objective/∂dose), the gradient per beamlet. */
	public float[] multiplyTransposed(float[] voxelGradient) {
		return data.multiplyTransposed(voxelGradient, threads);
	}

	/** Row values spread onto the dose grid (0 outside the body). */
	public FloatVolume toVolume(float[] rowValues) {
		if (rowValues.length != rows()) {
			throw new IllegalArgumentException("expected " + rows() + " row values, got " + rowValues.length);
		}
		float[] v = new float[data.grid().voxelCount()];
		for (int r = 0; r < rowValues.length; r++) {
			v[data.rowVoxel(r)] = rowValues[r];
		}
		return new FloatVolume(data.grid(), v);
	}

	/** The column weights of fluence maps laid out like this matrix's beamlets. */
	public float[] weightsOf(List<FluenceMap> fluences) {
		float[] w = new float[columns()];
		for (int c = 0; c < w.length; c++) {
			w[c] = fluences.get(columnBeam(c)).weight(data.beamletX(c), data.beamletY(c));
		}
		return w;
	}

	/** Fluence maps (with the given templates' layout) carrying column weights; inactive beamlets get 0. */
	public List<FluenceMap> fluencesOf(float[] weights, List<FluenceMap> templates) {
		List<float[]> maps = new ArrayList<>();
		for (FluenceMap t : templates) {
			maps.add(new float[t.nx() * t.ny()]);
		}
		for (int c = 0; c < weights.length; c++) {
			int b = columnBeam(c);
			maps.get(b)[data.beamletX(c) + templates.get(b).nx() * data.beamletY(c)] = weights[c];
		}
		List<FluenceMap> out = new ArrayList<>();
		for (int b = 0; b < templates.size(); b++) {
			out.add(templates.get(b).withWeights(maps.get(b)));
		}
		return out;
	}
}
