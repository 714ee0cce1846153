/**
 * Plan metrics under rigid set-up errors: scenarios ({@link org.latticebench.evaluation.robustness.ShiftScenario}),
 * the static approximation ({@link org.latticebench.evaluation.robustness.StaticShift}), nominal / worst / range
 * per metric and DVH bands. The recompute mode, which moves the isocentre and recomputes dose, needs the dose
 * engine and lives with the plan pipeline.
 *
 * @since 0.1
 */
package org.latticebench.evaluation.robustness;
