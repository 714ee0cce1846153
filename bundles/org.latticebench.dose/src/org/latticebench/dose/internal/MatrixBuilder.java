package org.latticebench.dose.internal;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.Vec3;
import org.latticebench.dose.BeamletSettings;
import org.latticebench.dose.DoseRequest;
import org.latticebench.dose.FluenceMap;
import org.latticebench.dose.MatrixSizeEstimate;

/**
 * Builds a {@link MatrixData}: beam by beam, the geometry and kernels are computed once, the
 * body voxels and lattice nodes are binned by beamlet cell, a counting pass fixes every
 * column's size exactly, and a filling pass (parallel over columns) writes the entries. A narrow
 * entry is kept where the voxel lies within the beamlet plus {@code coreMarginMm} in both
 * directions; a broad entry where the node lies within {@code tailCutoffMm} of the beamlet centre.
 */
public final class MatrixBuilder {

	private static final int COLUMN_CHUNK = 16;

	private MatrixBuilder() {
	}

	/** Work units {@link #build} reports. */
	public static long workUnits(PreparedRequest prep, int totalColumns) {
		return (long) prep.request().beams().size() * (3 * Parallel.chunks(prep.rowCount(), 16384)
				+ 3 * Parallel.chunks(prep.lattice().nodeCount(), 4096) + 64)
				+ 2L * Parallel.chunks(totalColumns, COLUMN_CHUNK) + prep.request().beams().size();
	}

	/**
	 * An up-front estimate from the projection of rows and nodes onto each beam's fluence map
	 * (overlap of each point's reach with the map, times the fraction of active beamlets), made
	 * without tracing rays or evaluating kernels.
	 */
	public static MatrixSizeEstimate estimate(PreparedRequest prep, BeamletSettings settings) {
		DoseRequest request = prep.request();
		double narrow = 0, broad = 0;
		int columns = 0;
		long transient0 = 0;
		for (int b = 0; b < request.beams().size(); b++) {
			BeamSpec beam = request.beams().get(b);
			FluenceMap fm = request.fluences().get(b);
			BeamFrame frame = BeamFrame.of(beam);
			int active = fm.activeBeamlets();
			columns += active;
			double activeFraction = active / (double) (fm.nx() * fm.ny());
			double bs = fm.beamletSizeMm();
			double uMin = fm.originXMm() - bs / 2, uMax = uMin + fm.nx() * bs;
			double vMin = fm.originYMm() - bs / 2, vMax = vMin + fm.ny() * bs;
			double[] scratch = new double[3];
			PointSet rows = prep.rowPoints();
			for (int p = 0; p < rows.count(); p++) {
				double[] uvf = project(frame, rows.position(p, scratch));
				if (uvf != null) {
					double h = bs / 2 + settings.coreMarginMm() / uvf[2];
					narrow += overlap(uvf[0], h, uMin, uMax) * overlap(uvf[1], h, vMin, vMax) / (bs * bs) * activeFraction;
				}
			}
			PointSet nodes = prep.nodePoints();
			for (int p = 0; p < nodes.count(); p++) {
				double[] uvf = project(frame, nodes.position(p, scratch));
				if (uvf != null) {
					double r = settings.tailCutoffMm() / uvf[2];
					broad += Math.PI / 4 * overlap(uvf[0], r, uMin, uMax) * overlap(uvf[1], r, vMin, vMax) / (bs * bs)
							* activeFraction;
				}
			}
			transient0 = Math.max(transient0, (long) (rows.count() + nodes.count()) * (BeamGeometry.BYTES_PER_POINT + 16 + 8));
		}
		long nnzN = (long) Math.ceil(narrow), nnzB = (long) Math.ceil(broad);
		// rows: voxel index and per-beam factor (4 bytes each), and the RowStencil (8 corner ints and a short phase)
		long bytes = 8 * (nnzN + nnzB) + 4L * prep.rowCount() * (1 + request.beams().size()) + 34L * prep.rowCount()
				+ 4L * request.doseGrid().voxelCount() + 12L * columns + transient0 + raytableBytes(prep);
		return new MatrixSizeEstimate(prep.rowCount(), columns, nnzN, nnzB, bytes);
	}

	static long raytableBytes(PreparedRequest prep) {
		org.latticebench.core.Vec3[] b = prep.request().doseGrid().boundsMm();
		double diag = b[1].minus(b[0]).norm() + 20;
		double step = BeamGeometry.rayStepMm(prep.request().doseGrid());
		return Math.min(RayTable.bytes(diag, diag, diag, step, Math.min(1.0, step / 2)), 4L * 64_000_000);
	}

	private static double[] project(BeamFrame frame, Vec3 p) {
		Vec3 r = p.minus(frame.sourceMm());
		double z = r.dot(frame.axis());
		if (z < 1) {
			return null;
		}
		double s = frame.sadMm() / z;
		return new double[] { r.dot(frame.xb()) * s, r.dot(frame.yb()) * s, z / frame.sadMm() };
	}

	private static double overlap(double c, double h, double lo, double hi) {
		return Math.max(0, Math.min(c + h, hi) - Math.max(c - h, lo));
	}

	public static MatrixData build(PreparedRequest prep, BeamletSettings settings, Parallel parallel) {
		DoseRequest request = prep.request();
		int nb = request.beams().size();
		int[] beamColStart = new int[nb + 1];
		for (int b = 0; b < nb; b++) {
			beamColStart[b + 1] = beamColStart[b] + request.fluences().get(b).activeBeamlets();
		}
		int total = beamColStart[nb];
		int[] colX = new int[total], colY = new int[total];
		int[][] nPtr = new int[nb][], nRow = new int[nb][], bPtr = new int[nb][], bNode = new int[nb][];
		float[][] nVal = new float[nb][], bVal = new float[nb][], factor = new float[nb][];
		for (int b = 0; b < nb; b++) {
			BeamSpec beam = request.beams().get(b);
			FluenceMap fm = request.fluences().get(b);
			int c0 = beamColStart[b];
			int nc = beamColStart[b + 1] - c0;
			int c = 0;
			for (int iy = 0; iy < fm.ny(); iy++) {
				for (int ix = 0; ix < fm.nx(); ix++) {
					if (fm.weight(ix, iy) > 0) {
						colX[c0 + c] = ix;
						colY[c0 + c] = iy;
						c++;
					}
				}
			}
			BeamFrame frame = BeamFrame.of(beam);
			BeamGeometry[] geo = BeamGeometry.compute(frame, prep.density(), request.doseGrid(), parallel, prep.rowPoints(),
					prep.nodePoints());
			BeamKernels kb = new BeamKernels(fm, geo[0], geo[1], beam.sadMm(), parallel);
			factor[b] = kb.rowFactor;
			Bins rb = Bins.of(geo[0], kb.rowFactor, fm, settings.coreMarginMm());
			Bins nodeBins = Bins.of(geo[1], null, fm, settings.tailCutoffMm());
			int[] nCount = new int[nc + 1], bCount = new int[nc + 1];
			parallel.forRange(nc, COLUMN_CHUNK, (from, to) -> {
				for (int k = from; k < to; k++) {
					nCount[k + 1] = scanNarrow(kb, rb, settings, colX[c0 + k], colY[c0 + k], null, null, 0);
					bCount[k + 1] = scanBroad(kb, nodeBins, settings, colX[c0 + k], colY[c0 + k], null, null, 0);
				}
			});
			for (int k = 0; k < nc; k++) {
				nCount[k + 1] += nCount[k];
				bCount[k + 1] += bCount[k];
			}
			int[] rowsOut = new int[nCount[nc]];
			float[] valsOut = new float[nCount[nc]];
			int[] nodesOut = new int[bCount[nc]];
			float[] bvalsOut = new float[bCount[nc]];
			parallel.forRange(nc, COLUMN_CHUNK, (from, to) -> {
				for (int k = from; k < to; k++) {
					scanNarrow(kb, rb, settings, colX[c0 + k], colY[c0 + k], rowsOut, valsOut, nCount[k]);
					scanBroad(kb, nodeBins, settings, colX[c0 + k], colY[c0 + k], nodesOut, bvalsOut, bCount[k]);
				}
			});
			nPtr[b] = nCount;
			nRow[b] = rowsOut;
			nVal[b] = valsOut;
			bPtr[b] = bCount;
			bNode[b] = nodesOut;
			bVal[b] = bvalsOut;
		}
		return new MatrixData(prep, beamColStart, colX, colY, nPtr, nRow, nVal, bPtr, bNode, bVal, factor);
	}

	/** Counts (outRows == null) or writes the narrow entries of beamlet (ix, iy). */
	private static int scanNarrow(BeamKernels kb, Bins bins, BeamletSettings s, int ix, int iy, int[] outRows,
			float[] outVals, int offset) {
		FluenceMap fm = kb.fluence;
		double bs = fm.beamletSizeMm();
		double ub = fm.centreXMm(ix), vb = fm.centreYMm(iy);
		int reach = bins.pad;
		float[] u = kb.rows.u(), v = kb.rows.v(), f = kb.rows.f();
		int n = 0;
		for (int cy = Math.max(0, iy + bins.pad - reach); cy <= Math.min(bins.ncy - 1, iy + bins.pad + reach); cy++) {
			for (int cx = Math.max(0, ix + bins.pad - reach); cx <= Math.min(bins.ncx - 1, ix + bins.pad + reach); cx++) {
				int cell = cx + bins.ncx * cy;
				for (int e = bins.start[cell]; e < bins.start[cell + 1]; e++) {
					int p = bins.items[e];
					double h = bs / 2 + s.coreMarginMm() / f[p];
					if (Math.abs(u[p] - ub) <= h && Math.abs(v[p] - vb) <= h) {
						if (outRows != null) {
							outRows[offset + n] = p;
							outVals[offset + n] = (float) kb.narrow(p, ix, iy);
						}
						n++;
					}
				}
			}
		}
		return n;
	}

	/** Counts (outNodes == null) or writes the broad entries of beamlet (ix, iy). */
	private static int scanBroad(BeamKernels kb, Bins bins, BeamletSettings s, int ix, int iy, int[] outNodes,
			float[] outVals, int offset) {
		FluenceMap fm = kb.fluence;
		double bs = fm.beamletSizeMm();
		double ub = fm.centreXMm(ix), vb = fm.centreYMm(iy);
		int reach = bins.pad;
		double cut2 = s.tailCutoffMm() * s.tailCutoffMm();
		float[] u = kb.nodes.u(), v = kb.nodes.v(), f = kb.nodes.f();
		int n = 0;
		for (int cy = Math.max(0, iy + bins.pad - reach); cy <= Math.min(bins.ncy - 1, iy + bins.pad + reach); cy++) {
			for (int cx = Math.max(0, ix + bins.pad - reach); cx <= Math.min(bins.ncx - 1, ix + bins.pad + reach); cx++) {
				int cell = cx + bins.ncx * cy;
				for (int e = bins.start[cell]; e < bins.start[cell + 1]; e++) {
					int p = bins.items[e];
					double du = u[p] - ub, dv = v[p] - vb, ff = f[p];
					if (ff * ff * (du * du + dv * dv) <= cut2) {
						if (outNodes != null) {
							outNodes[offset + n] = p;
							outVals[offset + n] = (float) kb.broad(p, ix, iy);
						}
						n++;
					}
				}
			}
		}
		return n;
	}
}
