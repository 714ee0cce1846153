/**
 * Lattice Bench optimization API.
 *
 * @since 0.1
 */
package org.latticebench.optimization;
