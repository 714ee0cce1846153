/**
 * Lattice Bench workbench UI: ids of the perspective and views that other bundles may open.
 *
 * @since 0.1
 */
package org.latticebench.ui;
