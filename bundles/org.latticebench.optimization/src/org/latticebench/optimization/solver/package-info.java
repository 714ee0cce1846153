/**
 * Bound-constrained quasi-Newton minimisation (projected L-BFGS), independent of dose.
 *
 * @since 0.1
 */
package org.latticebench.optimization.solver;
