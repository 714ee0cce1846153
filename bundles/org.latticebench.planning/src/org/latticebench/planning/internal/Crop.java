package org.latticebench.planning.internal;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.MaskResampler;

/**
 * A box of voxels of an axis-aligned grid, as a grid of its own with the same spacing and
 * alignment. Placement works on the box around the GTV instead of the whole CT.
 */
public record Crop(Grid3 full, Grid3 sub, int i0, int j0, int k0) {

	/** The box of voxels with a positive fraction in {@code m}, padded by {@code padMm} and clipped to the grid. */
	public static Crop around(Mask m, double padMm) {
		Grid3 g = m.grid();
		int nx = g.nx(), ny = g.ny(), nz = g.nz();
		int iMin = nx, jMin = ny, kMin = nz, iMax = -1, jMax = -1, kMax = -1;
		float[] f = m.fraction();
		for (int k = 0; k < nz; k++) {
			for (int j = 0; j < ny; j++) {
				int row = nx * (j + ny * k);
				for (int i = 0; i < nx; i++) {
					if (f[row + i] > 0) {
						iMin = Math.min(iMin, i);
						iMax = Math.max(iMax, i);
						jMin = Math.min(jMin, j);
						jMax = Math.max(jMax, j);
						kMin = Math.min(kMin, k);
						kMax = Math.max(kMax, k);
					}
				}
			}
		}
		if (iMax < 0) {
			throw new IllegalArgumentException("cannot crop around an empty mask");
		}
		int pi = (int) Math.ceil(padMm / g.spacingMm().x()), pj = (int) Math.ceil(padMm / g.spacingMm().y()),
				pk = (int) Math.ceil(padMm / g.spacingMm().z());
		int i0 = Math.max(0, iMin - pi), j0 = Math.max(0, jMin - pj), k0 = Math.max(0, kMin - pk);
		int i1 = Math.min(nx - 1, iMax + pi), j1 = Math.min(ny - 1, jMax + pj), k1 = Math.min(nz - 1, kMax + pk);
		Vec3 origin = g.toPatientMm(i0, j0, k0);
		Grid3 sub = new Grid3(origin, g.spacingMm(), i1 - i0 + 1, j1 - j0 + 1, k1 - k0 + 1, g.rowDir(), g.columnDir(),
				g.sliceDir());
		return new Crop(g, sub, i0, j0, k0);
	}

	/** The voxels of {@code g} whose centres lie within the given patient-space box (axis-aligned grids). */
	static Crop box(Grid3 g, Vec3 minMm, Vec3 maxMm) {
		double[] lo = g.toIndex(minMm), hi = g.toIndex(maxMm);
		int i0 = clamp((int) Math.ceil(lo[0]), g.nx()), j0 = clamp((int) Math.ceil(lo[1]), g.ny()),
				k0 = clamp((int) Math.ceil(lo[2]), g.nz());
		int i1 = clamp((int) Math.floor(hi[0]), g.nx()), j1 = clamp((int) Math.floor(hi[1]), g.ny()),
				k1 = clamp((int) Math.floor(hi[2]), g.nz());
		i1 = Math.max(i1, i0);
		j1 = Math.max(j1, j0);
		k1 = Math.max(k1, k0);
		Grid3 sub = new Grid3(g.toPatientMm(i0, j0, k0), g.spacingMm(), i1 - i0 + 1, j1 - j0 + 1, k1 - k0 + 1, g.rowDir(),
				g.columnDir(), g.sliceDir());
		return new Crop(g, sub, i0, j0, k0);
	}

	private static int clamp(int v, int n) {
		return Math.max(0, Math.min(n - 1, v));
	}

	/** This box (of an inner grid) seen as a box of the inner grid's own parent. */
	Crop within(Crop parent) {
		return new Crop(parent.full(), sub, parent.i0() + i0, parent.j0() + j0, parent.k0() + k0);
	}

	/** Adds a box mask into a full-grid array by maximum (union). */
	void unionInto(Mask m, float[] fullFraction) {
		float[] src = m.fraction();
		for (int k = 0; k < sub.nz(); k++) {
			for (int j = 0; j < sub.ny(); j++) {
				int s0 = sub.index(0, j, k), d0 = full.index(i0, j0 + j, k0 + k);
				for (int i = 0; i < sub.nx(); i++) {
					fullFraction[d0 + i] = Math.max(fullFraction[d0 + i], src[s0 + i]);
				}
			}
		}
	}

	/**
	 * The part of a mask inside the box. A mask on another grid than {@code full} (a structure
	 * cropped to its own box, say) is moved onto the box: voxel for voxel when aligned.
	 */
	public Mask cut(Mask m) {
		if (!m.grid().sameGeometry(full)) {
			return MaskResampler.resample(m, sub);
		}
		float[] src = m.fraction();
		float[] dst = new float[sub.voxelCount()];
		for (int k = 0; k < sub.nz(); k++) {
			for (int j = 0; j < sub.ny(); j++) {
				System.arraycopy(src, full.index(i0, j0 + j, k0 + k), dst, sub.index(0, j, k), sub.nx());
			}
		}
		return new Mask(sub, dst);
	}

	/** A box mask put back onto the full grid (zero outside the box). */
	public Mask paste(Mask m) {
		float[] dst = new float[full.voxelCount()];
		float[] src = m.fraction();
		for (int k = 0; k < sub.nz(); k++) {
			for (int j = 0; j < sub.ny(); j++) {
				System.arraycopy(src, sub.index(0, j, k), dst, full.index(i0, j0 + j, k0 + k), sub.nx());
			}
		}
		return new Mask(full, dst);
	}
}
