package org.latticebench.core;

/**
 * A regular 3D voxel grid in DICOM patient coordinates (LPS, mm).
 * <p>
 * Voxel (i, j, k) has its centre at {@code origin + i*sx*row + j*sy*column + k*sz*slice}, where
 * {@code row}, {@code column} and {@code slice} are unit direction cosines. Index i runs fastest in
 * the flat arrays that accompany a grid: {@code index = i + nx * (j + ny * k)}.
 *
 * @param originMm  centre of voxel (0,0,0)
 * @param spacingMm voxel spacing along i, j, k
 * @since 0.1
 */
public record Grid3(Vec3 originMm, Vec3 spacingMm, int nx, int ny, int nz, Vec3 rowDir, Vec3 columnDir, Vec3 sliceDir) {

	private static final double ORTHO_TOLERANCE = 1e-4;

	public Grid3 {
		if (nx <= 0 || ny <= 0 || nz <= 0) {
			throw new IllegalArgumentException("grid size must be positive, got " + nx + "x" + ny + "x" + nz);
		}
		if ((long) nx * ny * nz > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("grid of " + nx + "x" + ny + "x" + nz + " voxels exceeds the addressable array size");
		}
		if (!originMm.isFinite() || !spacingMm.isFinite()) {
			throw new IllegalArgumentException("grid origin and spacing must be finite: " + originMm + ", " + spacingMm);
		}
		if (spacingMm.x() <= 0 || spacingMm.y() <= 0 || spacingMm.z() <= 0) {
			throw new IllegalArgumentException("grid spacing must be positive, got " + spacingMm);
		}
		rowDir = rowDir.normalized();
		columnDir = columnDir.normalized();
		sliceDir = sliceDir.normalized();
		if (Math.abs(rowDir.dot(columnDir)) > ORTHO_TOLERANCE || Math.abs(rowDir.dot(sliceDir)) > ORTHO_TOLERANCE
				|| Math.abs(columnDir.dot(sliceDir)) > ORTHO_TOLERANCE) {
			throw new IllegalArgumentException("grid direction cosines are not orthogonal");
		}
	}

	/** An axis-aligned grid (identity orientation, as for an axial HFS CT). */
	public static Grid3 axisAligned(Vec3 originMm, Vec3 spacingMm, int nx, int ny, int nz) {
		return new Grid3(originMm, spacingMm, nx, ny, nz, new Vec3(1, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1));
	}

	public boolean isAxisAligned() {
		return Math.abs(rowDir.x() - 1) < ORTHO_TOLERANCE && Math.abs(columnDir.y() - 1) < ORTHO_TOLERANCE
				&& Math.abs(sliceDir.z() - 1) < ORTHO_TOLERANCE;
	}

	public int voxelCount() {
		return nx * ny * nz;
	}

	public int index(int i, int j, int k) {
		return i + nx * (j + ny * k);
	}

	public boolean contains(int i, int j, int k) {
		return i >= 0 && j >= 0 && k >= 0 && i < nx && j < ny && k < nz;
	}

	public int size(int axis) {
		return switch (axis) {
		case 0 -> nx;
		case 1 -> ny;
		case 2 -> nz;
		default -> throw new IndexOutOfBoundsException(axis);
		};
	}

	public double voxelVolumeMm3() {
		return spacingMm.x() * spacingMm.y() * spacingMm.z();
	}

	public double voxelVolumeCc() {
		return voxelVolumeMm3() / 1000.0;
	}

	/** Patient position of a (possibly fractional) voxel index. */
	public Vec3 toPatientMm(double i, double j, double k) {
		return originMm.plus(rowDir.times(i * spacingMm.x())).plus(columnDir.times(j * spacingMm.y()))
				.plus(sliceDir.times(k * spacingMm.z()));
	}

	/** Continuous voxel index {i, j, k} of a patient position; voxel centres are at integers. */
	public double[] toIndex(Vec3 pMm) {
		Vec3 d = pMm.minus(originMm);
		return new double[] { d.dot(rowDir) / spacingMm.x(), d.dot(columnDir) / spacingMm.y(), d.dot(sliceDir) / spacingMm.z() };
	}

	/** True when both grids have the same geometry, to within 1e-3 mm. */
	public boolean sameGeometry(Grid3 o) {
		return nx == o.nx && ny == o.ny && nz == o.nz && close(originMm, o.originMm) && close(spacingMm, o.spacingMm)
				&& close(rowDir, o.rowDir) && close(columnDir, o.columnDir) && close(sliceDir, o.sliceDir);
	}

	/**
	 * The box of this grid from voxel (i0, j0, k0) with the given size: same spacing and directions,
	 * origin at that voxel's centre.
	 *
	 * @throws IllegalArgumentException when the box does not lie within this grid
	 * @since 0.1
	 */
	public Grid3 subGrid(int i0, int j0, int k0, int sizeI, int sizeJ, int sizeK) {
		if (i0 < 0 || j0 < 0 || k0 < 0 || sizeI <= 0 || sizeJ <= 0 || sizeK <= 0 || i0 + sizeI > nx || j0 + sizeJ > ny
				|| k0 + sizeK > nz) {
			throw new IllegalArgumentException("box at (" + i0 + ", " + j0 + ", " + k0 + ") of " + sizeI + "x" + sizeJ + "x"
					+ sizeK + " voxels is not inside " + this);
		}
		return new Grid3(toPatientMm(i0, j0, k0), spacingMm, sizeI, sizeJ, sizeK, rowDir, columnDir, sliceDir);
	}

	/**
	 * Where voxel (0,0,0) of this grid lies in {@code other}, as whole voxel indices {i, j, k}, when
	 * both grids share spacing and directions and this grid's origin is on a voxel centre of
	 * {@code other} (to within 1e-3 mm); empty otherwise. The offset may put this grid partly or
	 * wholly outside {@code other}. Aligned grids exchange values voxel for voxel, with no
	 * interpolation.
	 *
	 * @since 0.1
	 */
	public java.util.Optional<int[]> alignedOffsetIn(Grid3 other) {
		if (!close(spacingMm, other.spacingMm) || !close(rowDir, other.rowDir) || !close(columnDir, other.columnDir)
				|| !close(sliceDir, other.sliceDir)) {
			return java.util.Optional.empty();
		}
		double[] f = other.toIndex(originMm);
		int[] offset = new int[3];
		for (int a = 0; a < 3; a++) {
			double r = Math.rint(f[a]);
			if (Math.abs(f[a] - r) * other.spacingMm.get(a) > 1e-3 || Math.abs(r) > Integer.MAX_VALUE / 2) {
				return java.util.Optional.empty();
			}
			offset[a] = (int) r;
		}
		return java.util.Optional.of(offset);
	}

	private static boolean close(Vec3 a, Vec3 b) {
		return a.minus(b).norm() < 1e-3;
	}

	/** Patient-space extent of the voxel centres, as {min, max} corners (axis-aligned grids). */
	public Vec3[] boundsMm() {
		Vec3 a = toPatientMm(0, 0, 0);
		Vec3 b = toPatientMm(nx - 1, ny - 1, nz - 1);
		return new Vec3[] { new Vec3(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.min(a.z(), b.z())),
				new Vec3(Math.max(a.x(), b.x()), Math.max(a.y(), b.y()), Math.max(a.z(), b.z())) };
	}

	@Override
	public String toString() {
		return "Grid3[" + nx + "x" + ny + "x" + nz + " @ " + spacingMm.x() + "x" + spacingMm.y() + "x" + spacingMm.z()
				+ " mm, origin " + originMm + "]";
	}
}
