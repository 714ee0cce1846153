/**
 * Lattice Bench geometry API.
 *
 * @since 0.1
 */
package org.latticebench.geometry;
