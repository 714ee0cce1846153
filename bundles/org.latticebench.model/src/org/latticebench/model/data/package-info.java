/**
 * Value types of the study model that are not EMF classes: bulk sample arrays kept in binary files.
 *
 * @since 0.1
 */
package org.latticebench.model.data;
