package org.latticebench.render;

import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;

/**
 * One plane of an axis-aligned image grid, with display conventions: axial with the patient's
 * right on the left of the screen and anterior at the top; coronal and sagittal with superior at
 * the top, sagittal with anterior on the left.
 *
 * @param index the slice index along the fixed axis (k for axial, j for coronal, i for sagittal)
 * @since 0.1
 */
public record SlicePlane(Orientation orientation, int index) {

	public enum Orientation {
		AXIAL, CORONAL, SAGITTAL
	}

	/** Number of slices of this orientation in the grid. */
	public static int sliceCount(Grid3 g, Orientation o) {
		return switch (o) {
		case AXIAL -> g.nz();
		case CORONAL -> g.ny();
		case SAGITTAL -> g.nx();
		};
	}

	/** Width of the plane in voxels (screen x). */
	public int width(Grid3 g) {
		return orientation == Orientation.SAGITTAL ? g.ny() : g.nx();
	}

	/** Height of the plane in voxels (screen y). */
	public int height(Grid3 g) {
		return orientation == Orientation.AXIAL ? g.ny() : g.nz();
	}

	public double widthSpacingMm(Grid3 g) {
		return orientation == Orientation.SAGITTAL ? g.spacingMm().y() : g.spacingMm().x();
	}

	public double heightSpacingMm(Grid3 g) {
		return orientation == Orientation.AXIAL ? g.spacingMm().y() : g.spacingMm().z();
	}

	/** The voxel index {i, j, k} of plane cell (u, v), fractional allowed. */
	public double[] voxelOf(Grid3 g, double u, double v) {
		return switch (orientation) {
		case AXIAL -> new double[] { u, v, index };
		case CORONAL -> new double[] { u, index, g.nz() - 1 - v };
		case SAGITTAL -> new double[] { index, u, g.nz() - 1 - v };
		};
	}

	/** Patient position of plane cell (u, v). */
	public Vec3 patientOf(Grid3 g, double u, double v) {
		double[] ijk = voxelOf(g, u, v);
		return g.toPatientMm(ijk[0], ijk[1], ijk[2]);
	}

	/** The plane through a patient point. */
	public static SlicePlane through(Grid3 g, Orientation o, Vec3 pMm) {
		double[] ijk = g.toIndex(pMm);
		int axis = switch (o) {
		case AXIAL -> 2;
		case CORONAL -> 1;
		case SAGITTAL -> 0;
		};
		int idx = (int) Math.round(ijk[axis]);
		return new SlicePlane(o, Math.max(0, Math.min(g.size(axis) - 1, idx)));
	}
}
