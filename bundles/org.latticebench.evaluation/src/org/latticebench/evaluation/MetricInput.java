package org.latticebench.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;

/**
 * What a {@link PlanMetric} sees: one structure's DVH with the dose and mask it came from.
 *
 * @param structureName  the structure, for messages
 * @param dvh            DVH of {@code doseGy} over {@code mask}
 * @param doseGy         the dose grid (physical or EQD2), Gy
 * @param mask           the structure's partial-volume mask
 * @param prescriptionGy the total prescription dose for this structure, when it has one
 * @since 0.1
 */
public record MetricInput(String structureName, Dvh dvh, FloatVolume doseGy, Mask mask, OptionalDouble prescriptionGy) {

	public MetricInput {
		Objects.requireNonNull(structureName, "structureName");
		Objects.requireNonNull(dvh, "dvh");
		Objects.requireNonNull(doseGy, "doseGy");
		Objects.requireNonNull(mask, "mask");
		Objects.requireNonNull(prescriptionGy, "prescriptionGy");
	}

	public static MetricInput of(String structureName, Dvh dvh, FloatVolume doseGy, Mask mask) {
		return new MetricInput(structureName, dvh, doseGy, mask, OptionalDouble.empty());
	}

	public MetricInput withPrescriptionGy(double newPrescriptionGy) {
		return new MetricInput(structureName, dvh, doseGy, mask, OptionalDouble.of(newPrescriptionGy));
	}
}
