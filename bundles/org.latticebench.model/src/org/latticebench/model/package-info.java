/**
 * Lattice Bench model API.
 *
 * @since 0.1
 */
package org.latticebench.model;
