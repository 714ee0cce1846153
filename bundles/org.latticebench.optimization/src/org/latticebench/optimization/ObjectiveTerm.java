package org.latticebench.optimization;

/**
 * An objective with its importance weight in the weighted sum the optimiser minimises.
 *
 * @param structureName the structure the objective acts on
 * @param typeId        the id of the {@link ObjectiveProvider} that made it
 * @param objective     the objective
 * @param weight        its relative importance, > 0
 * @since 0.1
 */
public record ObjectiveTerm(String structureName, String typeId, Objective objective, double weight) {

	public ObjectiveTerm {
		if (objective == null) {
			throw new IllegalArgumentException("objective term on " + structureName + " has no objective");
		}
		if (!(weight > 0) || !Double.isFinite(weight)) {
			throw new IllegalArgumentException(
					"objective term on " + structureName + " needs a positive finite weight, got " + weight);
		}
	}
}
