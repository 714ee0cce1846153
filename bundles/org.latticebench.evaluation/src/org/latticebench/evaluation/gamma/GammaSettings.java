package org.latticebench.evaluation.gamma;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.latticebench.core.Mask;

/**
 * How {@link GammaIndex} compares two doses.
 *
 * @param criteria           the criteria to evaluate, each in turn (at least one)
 * @param local              false: global gamma, the dose criterion is a % of the normalisation
 *                           dose; true: local gamma, a % of the reference dose at each voxel
 * @param normalisationGy    the normalisation dose for global gamma and for the threshold; empty:
 *                           the maximum of the reference dose
 * @param thresholdPct       reference voxels below this % of the normalisation dose are not
 *                           evaluated (0 to evaluate all; local gamma also skips 0 Gy voxels)
 * @param mask               when present, only reference voxels whose centre lies in it (fraction
 *                           &ge; 0.5, nearest mask voxel) are evaluated
 * @param gammaCap           gamma is searched up to this value and reported as it when not below
 *                           (&gt; 1, so that pass/fail is exact; it bounds the search radius to
 *                           {@code gammaCap * DTA} and it enters the mean and the 95th percentile)
 * @param threads            worker threads (&ge; 1); results do not depend on it
 * @param interpolation      how the evaluated dose is filled in between its voxel centres
 *                           ({@link GammaInterpolation#CUBIC} by default)
 * @since 0.1
 */
public record GammaSettings(List<GammaCriterion> criteria, boolean local, OptionalDouble normalisationGy,
		double thresholdPct, Optional<Mask> mask, double gammaCap, int threads, GammaInterpolation interpolation) {

	/** Default cap: values of 2 and above are reported as 2. */
	public static final double DEFAULT_GAMMA_CAP = 2.0;
	/** Default low-dose threshold, % of the normalisation dose. */
	public static final double DEFAULT_THRESHOLD_PCT = 10.0;

	public GammaSettings {
		criteria = List.copyOf(criteria);
		Objects.requireNonNull(normalisationGy, "normalisationGy");
		Objects.requireNonNull(mask, "mask");
		Objects.requireNonNull(interpolation, "interpolation");
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("gamma needs at least one criterion");
		}
		if (normalisationGy.isPresent() && !(normalisationGy.getAsDouble() > 0 && Double.isFinite(normalisationGy.getAsDouble()))) {
			throw new IllegalArgumentException("normalisation dose must be > 0 Gy, got " + normalisationGy.getAsDouble());
		}
		if (!(thresholdPct >= 0 && thresholdPct < 100)) {
			throw new IllegalArgumentException("threshold must be within [0, 100) %, got " + thresholdPct);
		}
		if (!(gammaCap > 1 && gammaCap <= 20)) {
			throw new IllegalArgumentException("gamma cap must be within (1, 20], got " + gammaCap);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("gamma needs at least one thread, got " + threads);
		}
	}

	/** The settings with the default interpolation, {@link GammaInterpolation#CUBIC}. */
	public GammaSettings(List<GammaCriterion> criteria, boolean local, OptionalDouble normalisationGy, double thresholdPct,
			Optional<Mask> mask, double gammaCap, int threads) {
		this(criteria, local, normalisationGy, thresholdPct, mask, gammaCap, threads, GammaInterpolation.CUBIC);
	}

	/**
	 * Global gamma for these criteria: reference maximum, 10 % threshold, cap 2, one thread per
	 * processor, cubic interpolation.
	 */
	public static GammaSettings global(GammaCriterion... criteria) {
		return new GammaSettings(List.of(criteria), false, OptionalDouble.empty(), DEFAULT_THRESHOLD_PCT, Optional.empty(),
				DEFAULT_GAMMA_CAP, Runtime.getRuntime().availableProcessors());
	}

	public GammaSettings withLocal(boolean newLocal) {
		return new GammaSettings(criteria, newLocal, normalisationGy, thresholdPct, mask, gammaCap, threads, interpolation);
	}

	public GammaSettings withNormalisationGy(double doseGy) {
		return new GammaSettings(criteria, local, OptionalDouble.of(doseGy), thresholdPct, mask, gammaCap, threads, interpolation);
	}

	public GammaSettings withThresholdPct(double pct) {
		return new GammaSettings(criteria, local, normalisationGy, pct, mask, gammaCap, threads, interpolation);
	}

	public GammaSettings withMask(Mask newMask) {
		return new GammaSettings(criteria, local, normalisationGy, thresholdPct, Optional.of(newMask), gammaCap,
				threads, interpolation);
	}

	public GammaSettings withGammaCap(double cap) {
		return new GammaSettings(criteria, local, normalisationGy, thresholdPct, mask, cap, threads, interpolation);
	}

	public GammaSettings withThreads(int n) {
		return new GammaSettings(criteria, local, normalisationGy, thresholdPct, mask, gammaCap, n, interpolation);
	}

	public GammaSettings withCriteria(List<GammaCriterion> newCriteria) {
		return new GammaSettings(newCriteria, local, normalisationGy, thresholdPct, mask, gammaCap, threads, interpolation);
	}

	/** These settings with another interpolation of the evaluated dose. */
	public GammaSettings withInterpolation(GammaInterpolation newInterpolation) {
		return new GammaSettings(criteria, local, normalisationGy, thresholdPct, mask, gammaCap, threads, newInterpolation);
	}
}
