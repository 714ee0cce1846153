package org.latticebench.dose;

import org.latticebench.core.ProgressMonitor;

/**
 * A photon dose engine, registered as an OSGi DS service with the properties {@code id} and
 * {@code name}. Engines work on an immutable {@link DoseRequest} snapshot, never on EMF objects.
 * Extend {@link AbstractDoseEngine}, which validates, checks memory, times and handles
 * cancellation, so that a subclass only supplies the physics.
 *
 * @since 0.1
 */
public interface DoseEngine {

	/** A stable identifier, e.g. {@code pencil-beam-6mv}. */
	String id();

	/** A human-readable name for menus and reports. */
	String name();

	/** Whether this engine can compute the request (beam energies, geometry it supports). */
	boolean isApplicable(DoseRequest request);

	/**
	 * Computes the dose of the request.
	 *
	 * @return the dose, never null
	 * @throws InvalidDoseRequestException  when the request cannot be computed by this engine
	 * @throws DoseMemoryException          when the calculation would not fit in the heap
	 * @throws org.latticebench.core.CancelledException when the monitor asks to stop
	 */
	DoseResult calculate(DoseRequest request, ProgressMonitor monitor);
}
