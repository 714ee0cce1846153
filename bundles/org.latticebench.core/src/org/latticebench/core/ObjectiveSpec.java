package org.latticebench.core;

/**
 * One optimisation objective on a structure, as plan generators write them and the optimiser
 * reads them. Which parameters apply depends on the type.
 *
 * @param type          the objective kind
 * @param structureName the structure it acts on (exact name in the study or plan design)
 * @param doseGy        the reference dose (total over the course), where the type has one
 * @param volumePct     the volume for DVH objectives (0..100), otherwise NaN
 * @param gEudA         the gEUD exponent a, for {@link Type#GEUD_MAX} and {@link Type#GEUD_MIN}, otherwise NaN
 * @param weight        the relative importance, > 0
 * @since 0.1
 */
public record ObjectiveSpec(Type type, String structureName, double doseGy, double volumePct, double gEudA, double weight) {

	/** The objective kinds of the optimiser. */
	public enum Type {
		/** squared under-dose below doseGy */
		MIN_DOSE,
		/** squared over-dose above doseGy */
		MAX_DOSE,
		/** squared deviation from doseGy */
		UNIFORM_DOSE,
		/** at least volumePct of the structure receives doseGy (Dx >= d) */
		MIN_DVH,
		/** at most volumePct of the structure receives doseGy (Vd <= x) */
		MAX_DVH,
		/** mean dose at most doseGy */
		MAX_MEAN,
		/** gEUD at most doseGy */
		GEUD_MAX,
		/** gEUD at least doseGy */
		GEUD_MIN
	}

	public ObjectiveSpec {
		if (!(weight > 0) || !Double.isFinite(weight)) {
			throw new IllegalArgumentException("objective on " + structureName + " needs a positive weight, got " + weight);
		}
		if (!(doseGy >= 0) || !Double.isFinite(doseGy)) {
			throw new IllegalArgumentException("objective on " + structureName + " needs a dose >= 0 Gy, got " + doseGy);
		}
	}

	public static ObjectiveSpec of(Type type, String structureName, double doseGy, double weight) {
		return new ObjectiveSpec(type, structureName, doseGy, Double.NaN, Double.NaN, weight);
	}
}
