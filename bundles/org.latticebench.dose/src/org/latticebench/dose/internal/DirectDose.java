package org.latticebench.dose.internal;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.dose.DoseRequest;
import org.latticebench.dose.FluenceMap;

/**
 * Dose straight from the fluence maps, without an influence matrix: for every beam in plan order,
 * the narrow kernel at every dose voxel and the broad kernels on the coarse lattice (no lateral
 * cut-off), added to the voxel doses. Each voxel's sum runs in beam order, so the result does not
 * depend on the thread count.
 */
public final class DirectDose {

	private DirectDose() {
	}

	/** Work units {@link #compute} reports. */
	public static long workUnits(PreparedRequest prep) {
		int beams = prep.request().beams().size();
		return (long) beams * (3 * Parallel.chunks(prep.rowCount(), 16384) + 2 * Parallel.chunks(prep.lattice().nodeCount(), 4096)
				+ Parallel.chunks(prep.lattice().nodeCount(), 256) + Parallel.chunks(prep.rowCount(), 4096) + 64);
	}

	public static FloatVolume compute(PreparedRequest prep, Parallel parallel) {
		DoseRequest request = prep.request();
		int nRows = prep.rowCount();
		float[] rowDose = new float[nRows];
		CoarseLattice lattice = prep.lattice();
		int[] rowVoxel = prep.rowVoxel();
		for (int b = 0; b < request.beams().size(); b++) {
			BeamSpec beam = request.beams().get(b);
			FluenceMap fluence = request.fluences().get(b);
			BeamFrame frame = BeamFrame.of(beam);
			BeamGeometry[] geo = BeamGeometry.compute(frame, prep.density(), request.doseGrid(), parallel, prep.rowPoints(),
					prep.nodePoints());
			BeamKernels kb = new BeamKernels(fluence, geo[0], geo[1], beam.sadMm(), parallel);
			float[] bracket = new float[lattice.nodeCount()];
			parallel.forRange(bracket.length, 256, (from, to) -> {
				double[] pu = new double[fluence.nx()], pv = new double[fluence.ny()];
				for (int n = from; n < to; n++) {
					bracket[n] = (float) kb.broadDirect(n, pu, pv);
				}
			});
			parallel.forRange(nRows, 4096, (from, to) -> {
				double[] pu = new double[fluence.nx()], pv = new double[fluence.ny()];
				for (int r = from; r < to; r++) {
					float a = kb.rowFactor[r];
					if (a == 0) {
						continue;
					}
					double d = kb.narrowDirect(r, pu, pv) + a * lattice.interpolate(rowVoxel[r], bracket);
					rowDose[r] += (float) d;
				}
			});
		}
		float[] dose = new float[request.doseGrid().voxelCount()];
		for (int r = 0; r < nRows; r++) {
			dose[rowVoxel[r]] = rowDose[r];
		}
		return new FloatVolume(request.doseGrid(), dose);
	}
}
