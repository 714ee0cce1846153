/**
 * Lattice Bench geometry: planar contours to partial-volume masks and back, margins by Euclidean
 * distance transform, booleans, rings, distance maps, mask statistics and resampling. All
 * coordinates are DICOM patient LPS millimetres (+x patient left, +y posterior, +z superior).
 * Pure Java on {@code org.latticebench.core}; no Eclipse dependency.
 *
 * @since 0.1
 */
package org.latticebench.geometry;
