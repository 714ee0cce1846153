package org.latticebench.evaluation;

/**
 * How the biological effect of one fraction grows with its dose.
 *
 * @since 0.1
 */
public sealed interface FractionationModel {

	/** The linear-quadratic model: BED per fraction {@code d (1 + d / (alpha/beta))}. */
	FractionationModel LQ = new Lq();

	/** BED of one fraction of {@code dosePerFractionGy}. */
	double bedPerFractionGy(double dosePerFractionGy, double alphaBetaGy);

	/** Linear-quadratic. */
	record Lq() implements FractionationModel {
		@Override
		public double bedPerFractionGy(double d, double alphaBetaGy) {
			return d * (1 + d / alphaBetaGy);
		}
	}

	/**
	 * Linear-quadratic-linear: LQ up to the transition dose per fraction {@code d_T}, then linear
	 * with the LQ slope at {@code d_T}, so BED and its derivative are continuous:
	 * {@code BED = n [d_T (1 + d_T/(a/b)) + (d - d_T)(1 + 2 d_T/(a/b))]} for {@code d > d_T}
	 * (Astrahan, Med Phys 2008;35(9):4161-4172). There is no universal d_T; it must be chosen per
	 * tissue and stated with the results (values of the order of 5-8 Gy appear in the SBRT
	 * literature).
	 *
	 * @param transitionDosePerFractionGy {@code d_T}, Gy per fraction, &gt; 0
	 */
	record Lql(double transitionDosePerFractionGy) implements FractionationModel {
		public Lql {
			if (!(transitionDosePerFractionGy > 0) || !Double.isFinite(transitionDosePerFractionGy)) {
				throw new IllegalArgumentException(
						"LQ-L transition dose must be a positive number of Gy per fraction, got " + transitionDosePerFractionGy);
			}
		}

		@Override
		public double bedPerFractionGy(double d, double alphaBetaGy) {
			double dt = transitionDosePerFractionGy;
			if (d <= dt) {
				return d * (1 + d / alphaBetaGy);
			}
			return dt * (1 + dt / alphaBetaGy) + (d - dt) * (1 + 2 * dt / alphaBetaGy);
		}
	}
}
