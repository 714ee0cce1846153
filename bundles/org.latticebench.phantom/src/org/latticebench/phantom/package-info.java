/**
 * Lattice Bench phantom API.
 *
 * @since 0.1
 */
package org.latticebench.phantom;
