/**
 * Lattice Bench evaluation API: DVHs ({@link org.latticebench.evaluation.DvhCalculator}), metrics as
 * services ({@link org.latticebench.evaluation.PlanMetric}, {@link org.latticebench.evaluation.MetricSpec},
 * {@link org.latticebench.evaluation.MetricRegistry}), SFRT peak/valley metrics, voxelwise BED/EQD2 and
 * LKB NTCP ({@link org.latticebench.evaluation.Radiobiology}, {@link org.latticebench.evaluation.LkbModel}),
 * constraint sets ({@link org.latticebench.evaluation.ConstraintSetProvider}) and plan comparison.
 *
 * @since 0.1
 */
package org.latticebench.evaluation;
