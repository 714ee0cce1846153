package org.latticebench.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;

/**
 * An independent reference for contour-based volumes and DVHs, written for tests only and sharing
 * no code with the geometry bundle's rasteriser.
 * <p>
 * The structure model is the stacked-slab one that contour-based DVH tools use: contours on one
 * axial plane (z within 0.01 mm) form that plane's region by the <em>even-odd rule</em> applied to
 * all of the plane's edges at once (so holes and islands need no nesting analysis), and each plane
 * stands for a slab of thickness t = the median spacing of the distinct planes, centred on the
 * plane and cut half-way to a closer neighbour.
 * <p>
 * Areas are integrated by horizontal scanlines: on each row the even-odd crossings give the exact
 * inside intervals, and rows are summed by the midpoint rule with a step the caller chooses. For a
 * radially symmetric Gaussian dose the dose along a row is a 1D Gaussian, so the volume per dose
 * bin is computed exactly on each row by inverting the Gaussian at the bin edges; only y (rows)
 * and z (sub-slabs) are discretised.
 */
public final class ContourSlabReference {

	private static final double PLANE_TOLERANCE_MM = 0.01;

	/** One contour plane and its slab. */
	public record Plane(double zMm, double zLoMm, double zHiMm, List<double[]> polygonsXy) {
	}

	/** D(r) = baseGy + peakGy * exp(-|r - centre|^2 / (2 sigmaMm^2)). */
	public record RadialGaussian(double baseGy, double peakGy, double sigmaMm, Vec3 centreMm) {
	}

	private final List<Plane> planes;

	private ContourSlabReference(List<Plane> planes) {
		this.planes = planes;
	}

	/**
	 * Groups the contours into planes and slabs; contours of fewer than 3 points are dropped.
	 *
	 * @param singlePlaneThicknessMm slab thickness when the structure has a single plane
	 */
	public static ContourSlabReference of(List<PlanarContour> contours, double singlePlaneThicknessMm) {
		List<PlanarContour> usable = new ArrayList<>(contours.stream().filter(c -> c.pointCount() >= 3).toList());
		usable.sort(Comparator.comparingDouble(c -> c.pointsMm()[2]));
		List<Double> zs = new ArrayList<>();
		List<List<double[]>> polys = new ArrayList<>();
		for (PlanarContour c : usable) {
			double z = c.pointsMm()[2];
			if (zs.isEmpty() || z - zs.get(zs.size() - 1) >= PLANE_TOLERANCE_MM) {
				zs.add(z);
				polys.add(new ArrayList<>());
			}
			double[] xy = new double[2 * c.pointCount()];
			for (int k = 0; k < c.pointCount(); k++) {
				xy[2 * k] = c.pointsMm()[3 * k];
				xy[2 * k + 1] = c.pointsMm()[3 * k + 1];
			}
			polys.get(polys.size() - 1).add(xy);
		}
		double t = singlePlaneThicknessMm;
		if (zs.size() > 1) {
			double[] gaps = new double[zs.size() - 1];
			for (int p = 1; p < zs.size(); p++) {
				gaps[p - 1] = zs.get(p) - zs.get(p - 1);
			}
			Arrays.sort(gaps);
			int m = gaps.length / 2;
			t = gaps.length % 2 == 1 ? gaps[m] : 0.5 * (gaps[m - 1] + gaps[m]);
		}
		List<Plane> planes = new ArrayList<>();
		for (int p = 0; p < zs.size(); p++) {
			double z = zs.get(p);
			double lo = z - 0.5 * t, hi = z + 0.5 * t;
			if (p > 0) {
				lo = Math.max(lo, 0.5 * (z + zs.get(p - 1)));
			}
			if (p + 1 < zs.size()) {
				hi = Math.min(hi, 0.5 * (z + zs.get(p + 1)));
			}
			planes.add(new Plane(z, lo, hi, polys.get(p)));
		}
		return new ContourSlabReference(List.copyOf(planes));
	}

	public List<Plane> planes() {
		return planes;
	}

	/** Even-odd volume, cc, with scanlines every {@code rowStepMm}. */
	public double evenOddVolumeCc(double rowStepMm) {
		double mm3 = 0;
		for (Plane p : planes) {
			mm3 += evenOddAreaMm2(p, rowStepMm) * (p.zHiMm() - p.zLoMm());
		}
		return mm3 / 1000.0;
	}

	/** The wrong answer a tool gets by adding every contour's area, holes included, cc. */
	public double naiveAreaSumVolumeCc() {
		double mm3 = 0;
		for (Plane p : planes) {
			for (double[] xy : p.polygonsXy()) {
				mm3 += Math.abs(shoelaceMm2(xy)) * (p.zHiMm() - p.zLoMm());
			}
		}
		return mm3 / 1000.0;
	}

	/** Even-odd area of one plane, mm^2. */
	public static double evenOddAreaMm2(Plane plane, double rowStepMm) {
		double[] yRange = yRange(plane);
		double area = 0;
		for (double y = yRange[0] + 0.5 * rowStepMm; y < yRange[1]; y += rowStepMm) {
			double[] x = crossings(plane, y);
			for (int k = 0; k + 1 < x.length; k += 2) {
				area += x[k + 1] - x[k];
			}
		}
		return area * rowStepMm;
	}

	/**
	 * Differential DVH of the slab structure in the Gaussian dose: element b is the volume (cc) with
	 * dose in [b * binGy, (b + 1) * binGy).
	 *
	 * @param rowStepMm y step of the scanlines
	 * @param zSteps    midpoint sub-slabs per slab
	 */
	public double[] differentialCc(RadialGaussian dose, double binGy, int binCount, double rowStepMm, int zSteps) {
		double[] bins = new double[binCount];
		double s2 = 2 * dose.sigmaMm() * dose.sigmaMm();
		double cx = dose.centreMm().x(), cy = dose.centreMm().y(), cz = dose.centreMm().z();
		for (Plane p : planes) {
			double dz = (p.zHiMm() - p.zLoMm()) / zSteps;
			double[] yRange = yRange(p);
			for (double y = yRange[0] + 0.5 * rowStepMm; y < yRange[1]; y += rowStepMm) {
				double[] x = crossings(p, y);
				if (x.length < 2) {
					continue;
				}
				for (int s = 0; s < zSteps; s++) {
					double z = p.zLoMm() + (s + 0.5) * dz;
					double amplitudeGy = dose.peakGy() * Math.exp(-((y - cy) * (y - cy) + (z - cz) * (z - cz)) / s2);
					double weightMm2 = rowStepMm * dz;
					for (int k = 0; k + 1 < x.length; k += 2) {
						double a = x[k] - cx, b = x[k + 1] - cx;
						if (a < 0 && b > 0) {
							addMonotone(bins, binGy, dose.baseGy(), amplitudeGy, s2, 0, -a, weightMm2);
							addMonotone(bins, binGy, dose.baseGy(), amplitudeGy, s2, 0, b, weightMm2);
						} else {
							double u1 = Math.min(Math.abs(a), Math.abs(b)), u2 = Math.max(Math.abs(a), Math.abs(b));
							addMonotone(bins, binGy, dose.baseGy(), amplitudeGy, s2, u1, u2, weightMm2);
						}
					}
				}
			}
		}
		for (int b = 0; b < binCount; b++) {
			bins[b] /= 1000.0;
		}
		return bins;
	}

	/** Distance u from the axis in [u1, u2], dose falling with u: spreads the length over the dose bins. */
	private static void addMonotone(double[] bins, double binGy, double baseGy, double amplitudeGy, double s2, double u1,
			double u2, double weightMm2) {
		if (u2 <= u1) {
			return;
		}
		double dLowGy = baseGy + amplitudeGy * Math.exp(-u2 * u2 / s2);
		double dHighGy = baseGy + amplitudeGy * Math.exp(-u1 * u1 / s2);
		int bin = (int) Math.floor(dHighGy / binGy);
		double u = u1;
		while (true) {
			double edgeGy = bin * binGy;
			int target = Math.min(bins.length - 1, Math.max(0, bin));
			if (edgeGy <= dLowGy) {
				bins[target] += (u2 - u) * weightMm2;
				return;
			}
			double uEdge = Math.sqrt(s2 * Math.log(amplitudeGy / (edgeGy - baseGy)));
			bins[target] += (uEdge - u) * weightMm2;
			u = uEdge;
			bin--;
		}
	}

	private static double[] yRange(Plane plane) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (double[] xy : plane.polygonsXy()) {
			for (int k = 1; k < xy.length; k += 2) {
				lo = Math.min(lo, xy[k]);
				hi = Math.max(hi, xy[k]);
			}
		}
		return new double[] { lo, hi };
	}

	/** Sorted x where the row y crosses any edge of the plane (half-open rule at vertices). */
	private static double[] crossings(Plane plane, double y) {
		double[] xs = new double[16];
		int n = 0;
		for (double[] xy : plane.polygonsXy()) {
			int m = xy.length / 2;
			for (int k = 0, prev = m - 1; k < m; prev = k++) {
				double y1 = xy[2 * prev + 1], y2 = xy[2 * k + 1];
				if ((y1 > y) != (y2 > y)) {
					double x1 = xy[2 * prev], x2 = xy[2 * k];
					if (n == xs.length) {
						xs = Arrays.copyOf(xs, 2 * n);
					}
					xs[n++] = x1 + (y - y1) * (x2 - x1) / (y2 - y1);
				}
			}
		}
		double[] out = Arrays.copyOf(xs, n);
		Arrays.sort(out);
		return out;
	}

	private static double shoelaceMm2(double[] xy) {
		int m = xy.length / 2;
		double twice = 0;
		for (int k = 0; k < m; k++) {
			int k2 = (k + 1) % m;
			twice += xy[2 * k] * xy[2 * k2 + 1] - xy[2 * k2] * xy[2 * k + 1];
		}
		return 0.5 * twice;
	}
}
