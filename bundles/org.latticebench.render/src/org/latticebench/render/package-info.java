/**
 * Toolkit-neutral pictures: CT slices with dose wash, isodoses and outlines, PNG output and DVH
 * charts as SVG. Used by the workbench and the headless report alike; no UI toolkit.
 *
 * @since 0.1
 */
package org.latticebench.render;
