package org.latticebench.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.planning.LatticeSettings;
import org.latticebench.planning.SphereDecision.Status;
import org.latticebench.planning.internal.LatticePlacer.Candidate;
import org.latticebench.planning.internal.LatticePlacer.Placement;

/**
 * Random sequential addition: the admissible centres (voxel centres whose sphere lies inside the
 * retracted GTV and clear of the organs at risk) are visited in a random order and a centre is
 * taken when it is at least the minimum distance from every centre taken before. The best of the
 * trials (most spheres, the first on a tie) wins. Every trial draws from one
 * {@link SplittableRandom} seeded by the settings, so a seed always gives the same placement.
 */
final class MonteCarloPlacer {

	/** Admissible centres are thinned to about this many, which bounds the work per trial. */
	private static final int MAX_POOL = 8000;

	private MonteCarloPlacer() {
	}

	static Placement place(LatticePlacer placer, ProgressMonitor monitor) {
		LatticeSettings s = placer.settings();
		double r = placer.radiusMm();
		double minDist2 = s.inPlaneSpacingMm() * s.inPlaneSpacingMm();
		List<Vec3> pool = admissible(placer, r + s.retractionMm());
		int trials = Math.max(1, s.randomSamples());
		monitor.begin("Placing spheres (Monte Carlo)", trials);
		SplittableRandom root = new SplittableRandom(s.seed());
		List<Vec3> best = List.of();
		int firstCount = -1;
		for (int t = 0; t < trials; t++) {
			monitor.checkCanceled();
			SplittableRandom rnd = root.split();
			int[] order = new int[pool.size()];
			for (int n = 0; n < order.length; n++) {
				order[n] = n;
			}
			for (int n = order.length - 1; n > 0; n--) {
				int m = rnd.nextInt(n + 1);
				int tmp = order[n];
				order[n] = order[m];
				order[m] = tmp;
			}
			List<Vec3> taken = new ArrayList<>();
			for (int idx : order) {
				Vec3 p = pool.get(idx);
				boolean ok = true;
				for (Vec3 q : taken) {
					Vec3 d = p.minus(q);
					if (d.dot(d) < minDist2 - 1e-9) {
						ok = false;
						break;
					}
				}
				if (ok) {
					taken.add(p);
				}
			}
			if (firstCount < 0) {
				firstCount = taken.size();
			}
			if (taken.size() > best.size()) {
				best = taken;
			}
			monitor.worked(1);
		}
		List<Candidate> chosen = new ArrayList<>();
		for (Vec3 p : best) {
			chosen.add(new Candidate(p, Status.WHOLE, placer.depthMm(p), Optional.empty()));
		}
		return new Placement(LatticePlacer.sorted(placer.withClearance(chosen)), placer.anchorMm(), 0, trials, firstCount,
				firstCount, placer.crop(), placer.gtvCrop(), Optional.empty());
	}

	private static List<Vec3> admissible(LatticePlacer placer, double minDepthMm) {
		Grid3 g = placer.crop().sub();
		List<Vec3> all = new ArrayList<>();
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 p = g.toPatientMm(i, j, k);
					if (placer.depthMm(p) >= minDepthMm - 1e-9 && !placer.isNearOar(p)) {
						all.add(p);
					}
				}
			}
		}
		int stride = Math.max(1, (int) Math.ceil((double) all.size() / MAX_POOL));
		if (stride == 1) {
			return all;
		}
		List<Vec3> thinned = new ArrayList<>();
		for (int n = 0; n < all.size(); n += stride) {
			thinned.add(all.get(n));
		}
		return thinned;
	}
}
