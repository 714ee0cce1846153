/**
 * Conversion between the EMF study and core's immutable snapshots for compute code.
 *
 * @since 0.1
 */
package org.latticebench.model.snapshot;
