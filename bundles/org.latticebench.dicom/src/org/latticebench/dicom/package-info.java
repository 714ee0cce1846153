/**
 * Lattice Bench dicom API.
 *
 * @since 0.1
 */
package org.latticebench.dicom;
