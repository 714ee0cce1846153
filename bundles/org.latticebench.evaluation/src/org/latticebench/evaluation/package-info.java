/**
 * Lattice Bench evaluation API.
 *
 * @since 0.1
 */
package org.latticebench.evaluation;
