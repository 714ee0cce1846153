/**
 * Implementations behind the evaluation API: the DVH engine, built-in metric and constraint-set
 * services and their registries. Not API.
 */
package org.latticebench.evaluation.internal;
