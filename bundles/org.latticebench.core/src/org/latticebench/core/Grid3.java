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
