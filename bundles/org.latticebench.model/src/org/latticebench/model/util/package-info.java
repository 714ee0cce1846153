/**
 * EMF-generated switch, adapter factory and validator of the study model.
 *
 * @since 0.1
 */
package org.latticebench.model.util;
