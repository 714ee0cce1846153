/**
 * Fluence-map optimisation: the {@link org.latticebench.optimization.DoseOperator} the optimiser works
 * through, objectives and their provider SPI, and {@link org.latticebench.optimization.FluenceOptimizer}.
 *
 * @since 0.1
 */
package org.latticebench.optimization;
