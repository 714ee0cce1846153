/**
 * Implementation details of the model bundle called by generated code (text forms of data types,
 * invariants). Not API.
 */
package org.latticebench.model.internal;
