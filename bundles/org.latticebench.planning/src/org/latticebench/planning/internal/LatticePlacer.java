package org.latticebench.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.DistanceMaps;
import org.latticebench.geometry.MaskStats;
import org.latticebench.planning.LatticeSettings;
import org.latticebench.planning.LatticeSettings.Pattern;
import org.latticebench.planning.OarClearance;
import org.latticebench.planning.SphereDecision.Status;

/**
 * Places lattice vertices in a GTV: generates the lattice for a pattern, an offset and a
 * rotation, classifies every vertex whose sphere touches the GTV, and searches offsets (and
 * optionally rotations) for the most whole spheres.
 * <p>
 * Depth inside the GTV comes from the geometry engine's signed distance map (surface half a voxel
 * from the voxel centres), interpolated trilinearly at the vertex; OAR clearance likewise from
 * the distance to the organ's voxel centres less half a voxel. The search is a grid over one
 * lattice cell, in a fixed order that starts with the unshifted lattice, so it is deterministic
 * and never worse than the unshifted lattice; a seeded random sample can be added after it.
 */
public final class LatticePlacer {

	/** An organ at risk to keep spheres away from. */
	public record Oar(String name, Mask mask) {
	}

	/** One classified vertex. */
	public record Candidate(Vec3 centreMm, Status status, double depthMm, Optional<OarClearance> nearestOar) {
	}

	/** The chosen lattice and its decisions; masks of the box the placement worked in. */
	public record Placement(List<Candidate> candidates, Vec3 originMm, double rotationDeg, int tried, int unshiftedWhole,
			int unshiftedKept, Crop crop, Mask gtvInCrop, Optional<double[]> latticeConfig) {
	}

	private record Score(int whole, int clipped, double depthSum) {
		boolean beats(Score o) {
			if (whole != o.whole) {
				return whole > o.whole;
			}
			if (clipped != o.clipped) {
				return clipped < o.clipped;
			}
			return depthSum > o.depthSum + 1e-9;
		}
	}

	private final LatticeSettings s;
	private final double radiusMm;
	private final Crop crop;
	private final Mask gtvCrop;
	private final FloatVolume signedGtv;
	private final List<String> oarNames = new ArrayList<>();
	/** Per organ at risk: x, y, z of its inside voxel centres in the box, for naming the nearest one. */
	private final List<float[]> oarCentres = new ArrayList<>();
	/** Distance to the nearest organ at risk (all of them united), or null when none is in the box. */
	private final FloatVolume oarDistance;
	private final double halfVoxelMm;
	private final Vec3 anchorMm;
	private final Vec3 boxMin, boxMax;

	public LatticePlacer(Mask gtv, List<Oar> oars, LatticeSettings settings) {
		this.s = settings;
		this.radiusMm = settings.sphereRadiusMm();
		double pad = radiusMm + settings.oarMarginMm() + settings.retractionMm() + 4 * maxSpacing(gtv);
		this.crop = Crop.around(gtv, pad);
		this.gtvCrop = crop.cut(gtv);
		this.signedGtv = DistanceMaps.signedDistanceMm(gtvCrop);
		Vec3 sp = gtv.grid().spacingMm();
		this.halfVoxelMm = 0.5 * Math.min(sp.x(), Math.min(sp.y(), sp.z()));
		float[] union = new float[crop.sub().voxelCount()];
		for (Oar oar : oars) {
			Mask cut = crop.cut(oar.mask());
			float[] centres = insideCentres(cut);
			if (centres.length > 0) {
				oarNames.add(oar.name());
				oarCentres.add(centres);
				float[] f = cut.fraction();
				for (int n = 0; n < f.length; n++) {
					union[n] = Math.max(union[n], f[n]);
				}
			}
		}
		// one distance transform for all organs: the nearest one decides, its name is looked up only for the report
		this.oarDistance = oarNames.isEmpty() ? null : DistanceMaps.distanceToMm(new Mask(crop.sub(), union));
		this.anchorMm = MaskStats.centroidMm(gtv);
		var b = crop.sub().boundsMm();
		this.boxMin = b[0];
		this.boxMax = b[1];
	}

	/** Searches and classifies; the result's candidates are every vertex whose sphere touches the GTV. */
	public Placement place(ProgressMonitor monitor) {
		if (s.pattern() == Pattern.MONTE_CARLO) {
			return MonteCarloPlacer.place(this, monitor);
		}
		double rotPeriod = s.pattern() == Pattern.HEXAGONAL ? 60 : 90;
		List<double[]> configs = new ArrayList<>(); // {du, dv, dw, rotationDeg}
		double a = s.inPlaneSpacingMm(), c = s.planeSpacingMm();
		double periodV = s.pattern() == Pattern.HEXAGONAL ? a * Math.sqrt(3) / 2 : a;
		double periodW = s.pattern() == Pattern.CUBIC ? c : 2 * c;
		List<Double> rotations = new ArrayList<>();
		rotations.add(s.rotationDeg());
		if (s.searchRotation()) {
			for (double r = s.rotationStepDeg(); r < rotPeriod - 1e-9; r += s.rotationStepDeg()) {
				rotations.add(s.rotationDeg() + r);
			}
		}
		for (double rot : rotations) {
			if (!s.searchOffset()) {
				configs.add(new double[] { 0, 0, 0, rot });
				continue;
			}
			for (double dw = 0; dw < periodW - 1e-9; dw += s.offsetStepMm()) {
				for (double dv = 0; dv < periodV - 1e-9; dv += s.offsetStepMm()) {
					for (double du = 0; du < a - 1e-9; du += s.offsetStepMm()) {
						configs.add(new double[] { du, dv, dw, rot });
					}
				}
			}
		}
		if (s.searchOffset() && s.randomSamples() > 0) {
			SplittableRandom rnd = new SplittableRandom(s.seed());
			for (int n = 0; n < s.randomSamples(); n++) {
				double rot = s.searchRotation() ? s.rotationDeg() + rnd.nextDouble() * rotPeriod : s.rotationDeg();
				configs.add(new double[] { rnd.nextDouble() * a, rnd.nextDouble() * periodV, rnd.nextDouble() * periodW, rot });
			}
		}
		monitor.begin("Placing lattice spheres", configs.size());
		Score unshifted = score(classify(configs.get(0)));
		double[] best = configs.get(0);
		Score bestScore = unshifted;
		for (int n = 1; n < configs.size(); n++) {
			if ((n & 63) == 0) {
				monitor.checkCanceled();
				monitor.worked(64);
			}
			Score sc = score(classify(configs.get(n)));
			if (sc.beats(bestScore)) {
				bestScore = sc;
				best = configs.get(n);
			}
		}
		List<Candidate> chosen = withClearance(classify(best));
		int unshiftedWhole = unshifted.whole, unshiftedKept = unshifted.whole + unshifted.clipped;
		return new Placement(sorted(chosen), latticeOrigin(best), best[3], configs.size(), unshiftedWhole, unshiftedKept,
				crop, gtvCrop, Optional.of(best));
	}

	/** Kept spheres first in (z, y, x) order, then the dropped ones in the same order. */
	static List<Candidate> sorted(List<Candidate> in) {
		Comparator<Candidate> byPos = Comparator.comparingDouble((Candidate c) -> c.centreMm().z())
				.thenComparingDouble(c -> c.centreMm().y()).thenComparingDouble(c -> c.centreMm().x());
		return in.stream().sorted(Comparator.comparing((Candidate c) -> !c.status().isKept()).thenComparing(byPos))
				.toList();
	}

	Vec3 latticeOrigin(double[] cfg) {
		double t = Math.toRadians(cfg[3]);
		double cos = Math.cos(t), sin = Math.sin(t);
		return new Vec3(anchorMm.x() + cfg[0] * cos - cfg[1] * sin, anchorMm.y() + cfg[0] * sin + cfg[1] * cos,
				anchorMm.z() + cfg[2]);
	}

	/**
	 * Centres for low-dose "avoid" spheres: the lattice shifted to the middle of its cells in each
	 * plane, kept where the avoid sphere lies inside the retracted GTV, clear of the organs at risk
	 * and at least {@code gapMm} from every peak sphere's surface.
	 */
	List<Vec3> avoidCentres(double[] cfg, List<Vec3> peaks, double avoidRadiusMm, double gapMm) {
		double a = s.inPlaneSpacingMm();
		double dv = s.pattern() == Pattern.HEXAGONAL ? a * Math.sqrt(3) / 6 : a / 2;
		double[] shifted = { cfg[0] + a / 2, cfg[1] + dv, cfg[2], cfg[3] };
		List<Vec3> out = new ArrayList<>();
		for (Vec3 p : vertices(shifted)) {
			if (depthMm(p) < avoidRadiusMm + s.retractionMm() || nearOar(p)) {
				continue;
			}
			boolean clear = peaks.stream().allMatch(q -> q.minus(p).norm() >= radiusMm + avoidRadiusMm + gapMm - 1e-9);
			if (clear) {
				out.add(p);
			}
		}
		return out;
	}

	/** Lattice vertices of one configuration whose sphere may touch the box, classified. */
	private List<Candidate> classify(double[] cfg) {
		List<Candidate> out = new ArrayList<>();
		for (Vec3 p : vertices(cfg)) {
			double depth = depthMm(p);
			if (depth <= -radiusMm) {
				continue;
			}
			Status status;
			if (depth <= 0) {
				status = Status.DROPPED_OUTSIDE;
			} else if (nearOar(p)) {
				status = Status.DROPPED_NEAR_OAR;
			} else if (depth >= radiusMm + s.retractionMm() - 1e-9) {
				status = Status.WHOLE;
			} else {
				status = s.keepClipped() ? Status.CLIPPED : Status.DROPPED_OUTSIDE;
			}
			out.add(new Candidate(p, status, depth, Optional.empty()));
		}
		return out;
	}

	private static Score score(List<Candidate> cands) {
		int whole = 0, clipped = 0;
		double depth = 0;
		for (Candidate c : cands) {
			if (c.status() == Status.WHOLE) {
				whole++;
				depth += c.depthMm();
			} else if (c.status() == Status.CLIPPED) {
				clipped++;
			}
		}
		return new Score(whole, clipped, depth);
	}

	List<Candidate> withClearance(List<Candidate> cands) {
		return cands.stream().map(c -> new Candidate(c.centreMm(), c.status(), c.depthMm(), nearest(c.centreMm()))).toList();
	}

	/** The lattice vertices of a configuration inside the box grown by a sphere radius. */
	List<Vec3> vertices(double[] cfg) {
		double a = s.inPlaneSpacingMm(), c = s.planeSpacingMm();
		Vec3 o = latticeOrigin(cfg);
		double t = Math.toRadians(cfg[3]);
		double cos = Math.cos(t), sin = Math.sin(t);
		double reach = 0;
		for (Vec3 corner : new Vec3[] { boxMin, boxMax, new Vec3(boxMin.x(), boxMax.y(), 0), new Vec3(boxMax.x(), boxMin.y(), 0) }) {
			reach = Math.max(reach, Math.hypot(corner.x() - o.x(), corner.y() - o.y()));
		}
		reach += a + radiusMm;
		boolean hex = s.pattern() == Pattern.HEXAGONAL;
		double rowStep = hex ? a * Math.sqrt(3) / 2 : a;
		int nj = (int) Math.ceil(reach / rowStep) + 1;
		int kMin = (int) Math.floor((boxMin.z() - radiusMm - o.z()) / c) - 1;
		int kMax = (int) Math.ceil((boxMax.z() + radiusMm - o.z()) / c) + 1;
		List<Vec3> out = new ArrayList<>();
		for (int k = kMin; k <= kMax; k++) {
			double z = o.z() + k * c;
			if (z < boxMin.z() - radiusMm || z > boxMax.z() + radiusMm) {
				continue;
			}
			boolean odd = (k & 1) != 0;
			double su = 0, sv = 0;
			if (odd && s.pattern() == Pattern.ALTERNATING) {
				su = a / 2;
				sv = a / 2;
			} else if (odd && hex) {
				su = a / 2;
				sv = a * Math.sqrt(3) / 6;
			}
			for (int j = -nj; j <= nj; j++) {
				int ni = (int) Math.ceil(reach / a) + 1 + (hex ? Math.abs(j) : 0);
				for (int i = -ni; i <= ni; i++) {
					double u = i * a + (hex ? j * a / 2 : 0) + su;
					double v = j * rowStep + sv;
					double x = o.x() + u * cos - v * sin, y = o.y() + u * sin + v * cos;
					if (x < boxMin.x() - radiusMm || x > boxMax.x() + radiusMm || y < boxMin.y() - radiusMm
							|| y > boxMax.y() + radiusMm) {
						continue;
					}
					out.add(new Vec3(x, y, z));
				}
			}
		}
		return out;
	}

	/** Distance of a point inside the GTV surface, mm; negative outside, -infinity outside the box. */
	double depthMm(Vec3 p) {
		return -signedGtv.sampleTrilinear(p, Double.POSITIVE_INFINITY);
	}

	private boolean nearOar(Vec3 p) {
		return oarDistance != null && surfaceGap(p) < s.oarMarginMm() - 1e-9;
	}

	/** Sphere surface to the nearest organ-at-risk surface (half a voxel short of its voxel centres), mm. */
	private double surfaceGap(Vec3 p) {
		return oarDistance.sampleTrilinear(p, Double.POSITIVE_INFINITY) - halfVoxelMm - radiusMm;
	}

	/** The nearest organ at risk within the box, if any, with the gap the exclusion rule used. */
	Optional<OarClearance> nearest(Vec3 p) {
		if (oarDistance == null) {
			return Optional.empty();
		}
		double gap = surfaceGap(p);
		if (!Double.isFinite(gap)) {
			return Optional.empty();
		}
		int best = -1;
		double bestD2 = Double.MAX_VALUE;
		for (int n = 0; n < oarCentres.size(); n++) {
			float[] c = oarCentres.get(n);
			for (int m = 0; m < c.length; m += 3) {
				double dx = c[m] - p.x(), dy = c[m + 1] - p.y(), dz = c[m + 2] - p.z();
				double d2 = dx * dx + dy * dy + dz * dz;
				if (d2 < bestD2) {
					bestD2 = d2;
					best = n;
				}
			}
		}
		return Optional.of(new OarClearance(oarNames.get(best), gap));
	}

	boolean isNearOar(Vec3 p) {
		return nearOar(p);
	}

	LatticeSettings settings() {
		return s;
	}

	double radiusMm() {
		return radiusMm;
	}

	Crop crop() {
		return crop;
	}

	Mask gtvCrop() {
		return gtvCrop;
	}

	Vec3 anchorMm() {
		return anchorMm;
	}

	/** Patient coordinates of the voxels counted inside (fraction >= 0.5, as the distance maps count them). */
	private static float[] insideCentres(Mask m) {
		var g = m.grid();
		float[] f = m.fraction();
		int count = 0;
		for (float v : f) {
			if (v >= 0.5f) {
				count++;
			}
		}
		float[] out = new float[3 * count];
		int n = 0;
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					if (f[g.index(i, j, k)] >= 0.5f) {
						Vec3 p = g.toPatientMm(i, j, k);
						out[n++] = (float) p.x();
						out[n++] = (float) p.y();
						out[n++] = (float) p.z();
					}
				}
			}
		}
		return out;
	}

	private static double maxSpacing(Mask m) {
		Vec3 sp = m.grid().spacingMm();
		return Math.max(sp.x(), Math.max(sp.y(), sp.z()));
	}
}
