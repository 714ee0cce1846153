/**
 * The 3D gamma index between two dose distributions on arbitrary grids
 * ({@link org.latticebench.evaluation.gamma.GammaIndex}): global or local, several criteria per run,
 * threshold, mask and cap; gamma minimised over a cubic-spline (default) or piecewise-linear
 * interpolation of the evaluated dose.
 *
 * @since 0.1
 */
package org.latticebench.evaluation.gamma;
