package org.latticebench.optimization;

/**
 * Makes objectives of one type. Register an implementation as a DS service with the component
 * properties {@code id} and {@code name} to add an objective type; the built-in types are
 * providers too (ids in {@link ObjectiveFactory#builtInId}).
 *
 * @since 0.1
 */
public interface ObjectiveProvider {

	/** Unique type id, e.g. {@code "min-dvh"}. */
	String id();

	/** Human-readable name. */
	String name();

	/**
	 * @param structureName the structure, for messages
	 * @throws org.latticebench.core.InvalidInputException when a parameter is missing or out of range
	 */
	Objective create(String structureName, ObjectiveParameters parameters, StructureVoxels voxels);
}
