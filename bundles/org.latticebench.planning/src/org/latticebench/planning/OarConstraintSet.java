package org.latticebench.planning;

/**
 * Which table of organ-at-risk limits a generator turns into objectives.
 *
 * @since 0.1
 */
public enum OarConstraintSet {
	/** TG-101, 5 fractions, as listed in [001] Table 1 (shared/DOMAIN.md). */
	TG101_5FX,
	/** The 45 Gy / 15 fx IMRT limits of [003] (shared/DOMAIN.md). */
	SEED_003_IMRT_15FX,
	/** No organ-at-risk objectives. */
	NONE
}
