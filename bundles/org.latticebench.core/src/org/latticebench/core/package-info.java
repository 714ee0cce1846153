/**
 * Lattice Bench core: grids, volumes, progress and typed errors. No Eclipse dependency.
 *
 * @since 0.1
 */
package org.latticebench.core;
