package org.latticebench.optimization;

import java.util.Map;
import java.util.Optional;

import org.latticebench.core.ObjectiveSpec;

/**
 * The parameters an {@link ObjectiveProvider} builds an objective from. The built-in types use
 * the first three; a plug-in type may read named extra parameters.
 *
 * @param doseGy    the reference dose (total over the course)
 * @param volumePct the volume of DVH objectives (0..100), NaN where it does not apply
 * @param gEudA     the gEUD exponent a, NaN where it does not apply
 * @param extra     further named parameters of plug-in objective types, never null
 * @since 0.1
 */
public record ObjectiveParameters(double doseGy, double volumePct, double gEudA, Map<String, Double> extra) {

	public ObjectiveParameters {
		extra = extra == null ? Map.of() : Map.copyOf(extra);
	}

	public static ObjectiveParameters of(ObjectiveSpec spec) {
		return new ObjectiveParameters(spec.doseGy(), spec.volumePct(), spec.gEudA(), Map.of());
	}

	public Optional<Double> extra(String name) {
		return Optional.ofNullable(extra.get(name));
	}
}
