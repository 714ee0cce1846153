/**
 * Lattice Bench planning API: the regimen library of the seed papers ({@link org.latticebench.planning.RegimenLibrary}),
 * target construction from margin recipes ({@link org.latticebench.planning.TargetConstruction}), the
 * {@link org.latticebench.planning.PlanGenerator} SPI with its settings records and the
 * {@link org.latticebench.planning.PlanDesign} it produces, including the lattice sphere report.
 * Built-in generators (lattice, homogeneous, mixed-dose) are DS components in the internal package.
 *
 * @since 0.1
 */
package org.latticebench.planning;
