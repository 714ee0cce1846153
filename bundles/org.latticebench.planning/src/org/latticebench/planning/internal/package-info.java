/**
 * Implementations behind the planning API: the built-in generators (DS components), lattice
 * placement and organ-at-risk objective tables. Not API (x-internal).
 */
package org.latticebench.planning.internal;
