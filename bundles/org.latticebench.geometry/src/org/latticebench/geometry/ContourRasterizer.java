package org.latticebench.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.ProgressMonitor;

/**
 * Planar (axial) contours to a partial-volume {@link Mask}.
 * <p>
 * The model is the stacked-slab one of contour-based DVH tools:
 * <ul>
 * <li>Contours are grouped into planes by their z (within {@value #PLANE_TOLERANCE_MM} mm). On
 * one plane they combine by XOR (even-odd rule), so inner contours are holes and contours inside
 * holes are islands.</li>
 * <li>Each plane stands for a slab of thickness t = the median spacing of the structure's distinct
 * contour planes (the grid's slice spacing when there is only one plane), centred on the plane.
 * Where two planes are closer than t, each slab stops half-way to its neighbour so that no
 * volume is counted twice.</li>
 * <li>A voxel's fraction is the area fraction of its xy cell inside the polygons, computed
 * <em>exactly</em> by polygon-rectangle clipping (signed trapezoid areas accumulated per cell row,
 * as font rasterisers do; no supersampling), times the fraction of the voxel's z extent that
 * the slab covers, summed over planes and clipped to [0, 1]. Contours on planes that miss voxel
 * centres therefore still count.</li>
 * </ul>
 * XOR is evaluated by nesting: a contour inside an odd number of the plane's other contours
 * subtracts, otherwise it adds. That is exact for contours that do not cross each other (the
 * DICOM case: holes and islands). Contours that partly overlap are not split at their
 * intersections; their sum is clipped to [0, 1] per cell. A self-intersecting contour (a bow-tie)
 * covers all of its lobes, as the even-odd rule fills it; only the cells holding a crossing point
 * are approximate there.
 * <p>
 * Degenerate contours (fewer than 3 points, or all points on a line) cover nothing. An empty list gives an
 * empty mask. Contours must be axial (all points of one contour at the same z, within
 * {@value #PLANE_TOLERANCE_MM} mm), otherwise {@link InvalidInputException}.
 *
 * @since 0.1
 */
public final class ContourRasterizer {

	/** Contour points, and contours of one plane, whose z differ by less than this are coplanar. */
	static final double PLANE_TOLERANCE_MM = 0.01;

	/**
	 * Cell area fractions (and slab-voxel overlaps, as a fraction of the slice) smaller than this are
	 * rounding residues of contributions that cancel or faces that coincide (they come out near
	 * 1e-14) and are set to 0; fractions this close to 1 are set to 1. A real overlap this small is
	 * 1e-9 of a cell, far below anything a contour resolves.
	 */
	static final double AREA_RESIDUE = 1e-9;

	private ContourRasterizer() {
	}

	public static Mask toMask(List<PlanarContour> contours, Grid3 grid) {
		return toMask(contours, grid, ProgressMonitor.NULL);
	}

	/**
	 * The mask on the whole of {@code grid}. Prefer {@link #toCroppedMask} for structures on a CT:
	 * this one allocates a float per grid voxel.
	 *
	 * @throws IllegalArgumentException when the grid is not axis-aligned
	 * @throws InvalidInputException    when a contour is not on one axial plane
	 * @throws org.latticebench.core.CancelledException when the monitor asks to stop
	 */
	public static Mask toMask(List<PlanarContour> contours, Grid3 grid, ProgressMonitor monitor) {
		GridChecks.requireAxisAligned(grid, "contour rasterisation");
		List<Plane> planes = groupByPlane(contours);
		if (planes.isEmpty()) {
			return Mask.empty(grid);
		}
		return new Mask(grid, rasterise(planes, grid, new int[] { 0, 0, 0 }, grid, monitor));
	}

	/**
	 * The mask on the box of {@code grid} around the structure: the voxels with a positive fraction
	 * plus a one-voxel border of 0 where the grid has room ({@link Mask#cropped()}). Its fractions are
	 * those {@link #toMask} gives for the same voxels, bit for bit (cells are computed in the
	 * coordinates of {@code grid}); memory is the box's, not the grid's. Contours entirely outside
	 * the grid, or none, give {@link Mask#emptyOn(Grid3)}.
	 *
	 * @throws IllegalArgumentException when the grid is not axis-aligned
	 * @throws InvalidInputException    when a contour is not on one axial plane
	 * @throws org.latticebench.core.CancelledException when the monitor asks to stop
	 * @since 0.1
	 */
	public static Mask toCroppedMask(List<PlanarContour> contours, Grid3 grid, ProgressMonitor monitor) {
		GridChecks.requireAxisAligned(grid, "contour rasterisation");
		List<Plane> planes = groupByPlane(contours);
		int[] window = planes.isEmpty() ? null : window(planes, grid, slabThicknessMm(planes, grid));
		if (window == null) {
			return Mask.emptyOn(grid);
		}
		Grid3 box = grid.subGrid(window[0], window[2], window[4], window[1] - window[0] + 1, window[3] - window[2] + 1,
				window[5] - window[4] + 1);
		float[] fraction = rasterise(planes, grid, new int[] { window[0], window[2], window[4] }, box, monitor);
		return new Mask(box, fraction).cropped();
	}

	/**
	 * {imin, imax, jmin, jmax, kmin, kmax} of the grid voxels that the planes' polygons and slabs can
	 * touch, with a voxel to spare on each side and clipped to the grid; null when they miss the grid.
	 */
	private static int[] window(List<Plane> planes, Grid3 grid, double slabMm) {
		double x0 = grid.originMm().x(), y0 = grid.originMm().y(), z0 = grid.originMm().z();
		double sx = grid.spacingMm().x(), sy = grid.spacingMm().y(), sz = grid.spacingMm().z();
		double uMin = Double.POSITIVE_INFINITY, uMax = Double.NEGATIVE_INFINITY;
		double vMin = Double.POSITIVE_INFINITY, vMax = Double.NEGATIVE_INFINITY;
		for (Plane plane : planes) {
			for (double[] xy : plane.polygonsXy()) {
				for (int k = 0; k < xy.length; k += 2) {
					double u = (xy[k] - x0) / sx + 0.5, v = (xy[k + 1] - y0) / sy + 0.5;
					uMin = Math.min(uMin, u);
					uMax = Math.max(uMax, u);
					vMin = Math.min(vMin, v);
					vMax = Math.max(vMax, v);
				}
			}
		}
		double[] first = slab(planes, 0, slabMm), last = slab(planes, planes.size() - 1, slabMm);
		// the same cell and slice ranges as coverage() and accumulate() use, one voxel wider
		int i0 = clamp(Math.floor(uMin) - 1, grid.nx()), i1 = clamp(Math.floor(uMax) + 1, grid.nx());
		int j0 = clamp(Math.floor(vMin) - 1, grid.ny()), j1 = clamp(Math.floor(vMax) + 1, grid.ny());
		int k0 = clamp(Math.floor((first[0] - z0) / sz + 0.5) - 2, grid.nz());
		int k1 = clamp(Math.ceil((last[1] - z0) / sz - 0.5) + 2, grid.nz());
		boolean misses = Math.floor(uMax) < 0 || Math.floor(uMin) > grid.nx() - 1 || Math.floor(vMax) < 0
				|| Math.floor(vMin) > grid.ny() - 1 || (last[1] - z0) / sz + 0.5 < 0 || (first[0] - z0) / sz - 0.5 > grid.nz() - 1;
		return misses ? null : new int[] { i0, i1, j0, j1, k0, k1 };
	}

	private static int clamp(double index, int n) {
		return (int) Math.max(0, Math.min(n - 1, index));
	}

	/**
	 * Fractions on {@code box}, a sub-grid of {@code grid} whose voxel (0,0,0) is voxel {@code offset}
	 * of {@code grid}. Cells are always computed in {@code grid}'s coordinates, so the box only
	 * decides which of them are kept.
	 */
	private static float[] rasterise(List<Plane> planes, Grid3 grid, int[] offset, Grid3 box, ProgressMonitor monitor) {
		float[] fraction = new float[box.voxelCount()];
		double slabMm = slabThicknessMm(planes, grid);
		monitor.begin("Rasterising contours", planes.size());
		// Planes are rasterised in parallel batches and accumulated in plane order, so the
		// floating-point sums (and thus the mask) do not depend on the thread count.
		int batch = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
		for (int start = 0; start < planes.size(); start += batch) {
			monitor.checkCanceled();
			int end = Math.min(planes.size(), start + batch);
			List<Coverage> covers = IntStream.range(start, end).parallel().mapToObj(p -> {
				monitor.checkCanceled();
				return coverage(planes.get(p), grid);
			}).toList();
			for (int p = start; p < end; p++) {
				double[] slab = slab(planes, p, slabMm);
				accumulate(fraction, grid, offset, box, covers.get(p - start), slab[0], slab[1]);
				monitor.worked(1);
			}
		}
		for (int n = 0; n < fraction.length; n++) {
			fraction[n] = Math.min(1f, Math.max(0f, fraction[n]));
		}
		monitor.done();
		return fraction;
	}

	/** One plane's polygons, in patient mm (x, y pairs). */
	record Plane(double zMm, List<double[]> polygonsXy) {
	}

	/** Area fractions of the cells in the window [i0, i0+w) x [j0, j0+h) of a slice. */
	private record Coverage(int i0, int j0, int w, int h, double[] area) {
	}

	static List<Plane> groupByPlane(List<PlanarContour> contours) {
		record Flat(double zMm, double[] xy) {
		}
		List<Flat> flats = new ArrayList<>();
		for (int c = 0; c < contours.size(); c++) {
			PlanarContour contour = contours.get(c);
			int n = contour.pointCount();
			if (n < 3) {
				continue; // documented: degenerate contours are ignored
			}
			double[] pts = contour.pointsMm();
			double zMin = Double.POSITIVE_INFINITY, zMax = Double.NEGATIVE_INFINITY, zSum = 0;
			double[] xy = new double[2 * n];
			for (int k = 0; k < n; k++) {
				double x = pts[3 * k], y = pts[3 * k + 1], z = pts[3 * k + 2];
				if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
					throw new InvalidInputException(null, "contour " + c, "point " + k + " is not finite: " + x + ", " + y + ", " + z);
				}
				xy[2 * k] = x;
				xy[2 * k + 1] = y;
				zMin = Math.min(zMin, z);
				zMax = Math.max(zMax, z);
				zSum += z;
			}
			if (zMax - zMin > PLANE_TOLERANCE_MM) {
				throw new InvalidInputException(null, "contour " + c,
						"points span z from " + zMin + " to " + zMax + " mm; only axial (constant z) contours can be rasterised");
			}
			flats.add(new Flat(zSum / n, xy));
		}
		flats.sort(Comparator.comparingDouble(Flat::zMm));
		List<Plane> planes = new ArrayList<>();
		int start = 0;
		while (start < flats.size()) {
			int end = start + 1;
			while (end < flats.size() && flats.get(end).zMm() - flats.get(start).zMm() < PLANE_TOLERANCE_MM) {
				end++;
			}
			double zSum = 0;
			List<double[]> polys = new ArrayList<>();
			for (int f = start; f < end; f++) {
				zSum += flats.get(f).zMm();
				polys.add(flats.get(f).xy());
			}
			planes.add(new Plane(zSum / (end - start), polys));
			start = end;
		}
		return planes;
	}

	/** Median spacing of the distinct contour planes; the grid's slice spacing for a single plane. */
	static double slabThicknessMm(List<Plane> planes, Grid3 grid) {
		if (planes.size() < 2) {
			return grid.spacingMm().z();
		}
		double[] gaps = new double[planes.size() - 1];
		for (int p = 1; p < planes.size(); p++) {
			gaps[p - 1] = planes.get(p).zMm() - planes.get(p - 1).zMm();
		}
		Arrays.sort(gaps);
		int m = gaps.length / 2;
		return gaps.length % 2 == 1 ? gaps[m] : 0.5 * (gaps[m - 1] + gaps[m]);
	}

	/** {zLo, zHi} of plane p's slab: half the thickness each side, but never past half-way to a neighbour. */
	private static double[] slab(List<Plane> planes, int p, double thicknessMm) {
		double z = planes.get(p).zMm();
		double below = 0.5 * thicknessMm, above = 0.5 * thicknessMm;
		if (p > 0) {
			below = Math.min(below, 0.5 * (z - planes.get(p - 1).zMm()));
		}
		if (p + 1 < planes.size()) {
			above = Math.min(above, 0.5 * (planes.get(p + 1).zMm() - z));
		}
		return new double[] { z - below, z + above };
	}

	private static void accumulate(float[] fraction, Grid3 grid, int[] offset, Grid3 box, Coverage cov, double zLoMm,
			double zHiMm) {
		if (cov.w() <= 0 || cov.h() <= 0) {
			return;
		}
		double z0 = grid.originMm().z(), sz = grid.spacingMm().z();
		int kFirst = Math.max(offset[2], (int) Math.floor((zLoMm - z0) / sz + 0.5) - 1);
		int kLast = Math.min(offset[2] + box.nz() - 1, (int) Math.ceil((zHiMm - z0) / sz - 0.5) + 1);
		// the part of the coverage window inside the box, in grid indices
		int iFirst = Math.max(cov.i0(), offset[0]), iEnd = Math.min(cov.i0() + cov.w(), offset[0] + box.nx());
		int jFirst = Math.max(cov.j0(), offset[1]), jEnd = Math.min(cov.j0() + cov.h(), offset[1] + box.ny());
		int bx = box.nx(), by = box.ny();
		for (int k = kFirst; k <= kLast; k++) {
			double zc = z0 + k * sz;
			double overlap = Math.min(zHiMm, zc + 0.5 * sz) - Math.max(zLoMm, zc - 0.5 * sz);
			if (overlap <= AREA_RESIDUE * sz) {
				continue; // includes a slab face that meets the voxel face only up to rounding
			}
			double zFraction = overlap / sz;
			for (int j = jFirst; j < jEnd; j++) {
				int row = (j - offset[1]) * bx + bx * by * (k - offset[2]) - offset[0];
				int src = (j - cov.j0()) * cov.w() - cov.i0();
				for (int i = iFirst; i < iEnd; i++) {
					double a = cov.area()[src + i];
					if (a != 0) {
						fraction[row + i] += (float) (a * zFraction);
					}
				}
			}
		}
	}

	/** Exact area fraction of each xy cell inside the plane's polygons (XOR by nesting). */
	private static Coverage coverage(Plane plane, Grid3 grid) {
		double x0 = grid.originMm().x(), y0 = grid.originMm().y();
		double sx = grid.spacingMm().x(), sy = grid.spacingMm().y();
		// Cell coordinates: cell (i, j) covers u in [i, i+1], v in [j, j+1].
		List<double[]> polys = new ArrayList<>(plane.polygonsXy().size());
		double uMin = Double.POSITIVE_INFINITY, uMax = Double.NEGATIVE_INFINITY;
		double vMin = Double.POSITIVE_INFINITY, vMax = Double.NEGATIVE_INFINITY;
		for (double[] xy : plane.polygonsXy()) {
			double[] uv = new double[xy.length];
			for (int k = 0; k < xy.length; k += 2) {
				uv[k] = (xy[k] - x0) / sx + 0.5;
				uv[k + 1] = (xy[k + 1] - y0) / sy + 0.5;
				uMin = Math.min(uMin, uv[k]);
				uMax = Math.max(uMax, uv[k]);
				vMin = Math.min(vMin, uv[k + 1]);
				vMax = Math.max(vMax, uv[k + 1]);
			}
			polys.add(uv);
		}
		int i0 = Math.max(0, (int) Math.floor(uMin)), i1 = Math.min(grid.nx() - 1, (int) Math.floor(uMax));
		int j0 = Math.max(0, (int) Math.floor(vMin)), j1 = Math.min(grid.ny() - 1, (int) Math.floor(vMax));
		int w = i1 - i0 + 1, h = j1 - j0 + 1;
		if (w <= 0 || h <= 0) {
			return new Coverage(0, 0, 0, 0, new double[0]);
		}
		double[] area = new double[w * h];
		for (int p = 0; p < polys.size(); p++) {
			double[] uv = polys.get(p);
			int depth = 0;
			for (int q = 0; q < polys.size(); q++) {
				if (q != p && Polygons.contains(polys.get(q), uv[0], uv[1])) {
					depth++;
				}
			}
			addPolygon(area, i0, j0, w, h, uv, depth % 2 == 0 ? 1 : -1);
		}
		for (int n = 0; n < area.length; n++) {
			// a hole's cover subtracted from its outline's leaves rounding residues of either sign
			double a = area[n];
			area[n] = a < AREA_RESIDUE ? 0 : a > 1 - AREA_RESIDUE ? 1 : a;
		}
		return new Coverage(i0, j0, w, h, area);
	}

	/**
	 * Adds {@code sign} times one polygon's cell coverage to the plane window [i0, i0+w) x [j0, j0+h).
	 * The edges give the signed area (the winding number integrated over each cell); its magnitude
	 * is the coverage whatever the orientation, and also for a self-intersecting polygon, whose lobes
	 * wind in opposite directions (a bow-tie would otherwise cancel to nothing). Only cells that
	 * contain a self-intersection point are approximate.
	 */
	private static void addPolygon(double[] area, int i0, int j0, int w, int h, double[] uv, int sign) {
		double uMin = Double.POSITIVE_INFINITY, uMax = Double.NEGATIVE_INFINITY;
		double vMin = Double.POSITIVE_INFINITY, vMax = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < uv.length; k += 2) {
			uMin = Math.min(uMin, uv[k]);
			uMax = Math.max(uMax, uv[k]);
			vMin = Math.min(vMin, uv[k + 1]);
			vMax = Math.max(vMax, uv[k + 1]);
		}
		int pi0 = Math.max(i0, (int) Math.floor(uMin)), pi1 = Math.min(i0 + w - 1, (int) Math.floor(uMax));
		int pj0 = Math.max(j0, (int) Math.floor(vMin)), pj1 = Math.min(j0 + h - 1, (int) Math.floor(vMax));
		int pw = pi1 - pi0 + 1, ph = pj1 - pj0 + 1;
		if (pw <= 0 || ph <= 0) {
			return;
		}
		double[] delta = new double[(pw + 1) * ph];
		int n = uv.length / 2;
		for (int k = 0; k < n; k++) {
			int k2 = (k + 1) % n;
			addEdge(delta, pi0, pj0, pw, ph, uv[2 * k], uv[2 * k + 1], uv[2 * k2], uv[2 * k2 + 1], 1);
		}
		for (int j = 0; j < ph; j++) {
			double acc = 0;
			int row = (pj0 - j0 + j) * w + (pi0 - i0);
			for (int i = 0; i < pw; i++) {
				acc += delta[j * (pw + 1) + i];
				// Right of a polygon (and inside a hole) the edge areas cancel, but only to rounding: without
				// this, such cells keep ~1e-14 and count as partial voxels (voxelsInside, DVH minimum).
				double cover = Math.abs(acc);
				if (cover >= AREA_RESIDUE) {
					area[row + i] += sign * Math.min(1, cover);
				}
			}
		}
	}

	/**
	 * Adds one directed edge's signed area to the right of it, row by row: a cell right of the
	 * edge gets the full (signed) height dv of the edge piece in its row, the cell the piece passes
	 * through gets the exact trapezoid part. {@code delta} holds per-row differences, so a prefix sum
	 * along u gives each cell's value.
	 */
	private static void addEdge(double[] delta, int i0, int j0, int w, int h, double ua, double va, double ub, double vb,
			double factor) {
		if (va == vb) {
			return;
		}
		double sign = vb > va ? factor : -factor;
		double uLo = vb > va ? ua : ub, vLo = Math.min(va, vb), uHi = vb > va ? ub : ua, vHi = Math.max(va, vb);
		double vStart = Math.max(vLo, j0), vEnd = Math.min(vHi, j0 + h);
		if (vStart >= vEnd) {
			return;
		}
		double dudv = (uHi - uLo) / (vHi - vLo);
		int rowFirst = (int) Math.floor(vStart), rowLast = Math.min(j0 + h - 1, (int) Math.ceil(vEnd) - 1);
		int stride = w + 1;
		for (int row = rowFirst; row <= rowLast; row++) {
			double v1 = Math.max(vStart, row), v2 = Math.min(vEnd, row + 1);
			if (v2 <= v1) {
				continue;
			}
			double u1 = uLo + (v1 - vLo) * dudv, u2 = uLo + (v2 - vLo) * dudv;
			int base = (row - j0) * stride;
			// split the row piece at integer u (cell boundaries)
			double uA = Math.min(u1, u2), uB = Math.max(u1, u2);
			int cA = (int) Math.floor(uA), cB = (int) Math.floor(uB);
			if (cB == uB && cB > cA) {
				cB--; // ends exactly on a boundary
			}
			if (cA == cB || u1 == u2) {
				addPiece(delta, base, i0, w, 0.5 * (u1 + u2), (v2 - v1) * sign);
				continue;
			}
			double dvdu = (v2 - v1) / (u2 - u1);
			double prevU = uA;
			for (int c = cA; c <= cB; c++) {
				double nextU = Math.min(uB, c + 1);
				double dv = Math.abs((nextU - prevU) * dvdu);
				addPiece(delta, base, i0, w, 0.5 * (prevU + nextU), dv * sign);
				prevU = nextU;
			}
		}
	}

	private static void addPiece(double[] delta, int base, int i0, int w, double uMid, double dv) {
		double rel = uMid - i0;
		int c = (int) Math.floor(rel);
		if (c < 0) {
			delta[base] += dv;
		} else if (c < w) {
			double inCell = dv * (c + 1 - rel);
			delta[base + c] += inCell;
			delta[base + c + 1] += dv - inCell;
		}
	}
}
