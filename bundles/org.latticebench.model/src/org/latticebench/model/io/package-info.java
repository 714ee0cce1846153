/**
 * Saving and loading studies: one folder with study.xmi and binary arrays, written atomically.
 *
 * @since 0.1
 */
package org.latticebench.model.io;
