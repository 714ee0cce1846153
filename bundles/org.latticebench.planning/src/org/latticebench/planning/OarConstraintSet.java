package org.latticebench.planning;

/**
 * Which table of organ-at-risk limits a generator turns into objectives.
 *
 * @since 0.1
 */
public enum OarConstraintSet {
	/** {@link #SEED_003_IMRT_15FX} for a 15-fraction regimen, else {@link #TG101_5FX}. */
	AUTO,
	/** TG-101, 5 fractions, as listed in [001] Table 1 (shared/DOMAIN.md). */
	TG101_5FX,
	/** The 45 Gy / 15 fx IMRT limits of [003] (shared/DOMAIN.md). */
	SEED_003_IMRT_15FX,
	/** No organ-at-risk objectives. */
	NONE;

	/** The table used for a regimen: {@link #AUTO} resolved by its fraction count. */
	public OarConstraintSet resolve(Regimen regimen) {
		if (this != AUTO) {
			return this;
		}
		return regimen.fractions() == 15 ? SEED_003_IMRT_15FX : TG101_5FX;
	}
}
