/**
 * Validation of studies with EMF's Diagnostician.
 *
 * @since 0.1
 */
package org.latticebench.model.validation;
