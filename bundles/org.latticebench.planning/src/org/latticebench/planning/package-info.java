/**
 * Lattice Bench planning API.
 *
 * @since 0.1
 */
package org.latticebench.planning;
