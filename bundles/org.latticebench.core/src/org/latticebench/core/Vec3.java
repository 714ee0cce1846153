package org.latticebench.core;

/**
 * A point or direction in DICOM patient coordinates (LPS), in millimetres.
 *
 * @since 0.1
 */
public record Vec3(double x, double y, double z) {

	public static final Vec3 ZERO = new Vec3(0, 0, 0);

	public Vec3 plus(Vec3 o) {
		return new Vec3(x + o.x, y + o.y, z + o.z);
	}

	public Vec3 minus(Vec3 o) {
		return new Vec3(x - o.x, y - o.y, z - o.z);
	}

	public Vec3 times(double s) {
		return new Vec3(x * s, y * s, z * s);
	}

	public double dot(Vec3 o) {
		return x * o.x + y * o.y + z * o.z;
	}

	public Vec3 cross(Vec3 o) {
		return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
	}

	public double norm() {
		return Math.sqrt(dot(this));
	}

	public Vec3 normalized() {
		double n = norm();
		if (n == 0) {
			throw new IllegalArgumentException("cannot normalise a zero vector");
		}
		return times(1 / n);
	}

	public double get(int axis) {
		return switch (axis) {
		case 0 -> x;
		case 1 -> y;
		case 2 -> z;
		default -> throw new IndexOutOfBoundsException(axis);
		};
	}

	public boolean isFinite() {
		return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z);
	}
}
