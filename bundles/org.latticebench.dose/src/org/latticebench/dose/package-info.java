/**
 * Lattice Bench dose API.
 *
 * @since 0.1
 */
package org.latticebench.dose;
