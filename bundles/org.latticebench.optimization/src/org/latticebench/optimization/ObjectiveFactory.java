package org.latticebench.optimization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.optimization.internal.GeudMaxProvider;
import org.latticebench.optimization.internal.GeudMinProvider;
import org.latticebench.optimization.internal.MaxDoseProvider;
import org.latticebench.optimization.internal.MaxDvhProvider;
import org.latticebench.optimization.internal.MaxMeanProvider;
import org.latticebench.optimization.internal.MinDoseProvider;
import org.latticebench.optimization.internal.MinDvhProvider;
import org.latticebench.optimization.internal.UniformDoseProvider;

/**
 * Turns objective specifications and structure voxels into {@link ObjectiveTerm}s, through the
 * {@link ObjectiveProvider}s it was given. Two providers with one id are an error naming both.
 *
 * @since 0.1
 */
public final class ObjectiveFactory {

	private final Map<String, ObjectiveProvider> providers;

	private ObjectiveFactory(Map<String, ObjectiveProvider> providers) {
		this.providers = Collections.unmodifiableMap(providers);
	}

	/** The built-in types only (one per {@link ObjectiveSpec.Type}). */
	public static ObjectiveFactory builtIn() {
		return of(builtInProviders());
	}

	/**
	 * Exactly the given providers (e.g. every {@link ObjectiveProvider} service, built-in ones
	 * included).
	 *
	 * @throws IllegalStateException when two providers share an id
	 */
	public static ObjectiveFactory of(Collection<? extends ObjectiveProvider> all) {
		Map<String, ObjectiveProvider> byId = new LinkedHashMap<>();
		for (ObjectiveProvider p : all) {
			ObjectiveProvider previous = byId.putIfAbsent(p.id(), p);
			if (previous != null) {
				throw new IllegalStateException("two objective providers have the id '" + p.id() + "': "
						+ previous.getClass().getName() + " and " + p.getClass().getName());
			}
		}
		return new ObjectiveFactory(byId);
	}

	/** The built-in types plus plug-in ones. */
	public static ObjectiveFactory withPlugins(Collection<? extends ObjectiveProvider> plugins) {
		List<ObjectiveProvider> all = new ArrayList<>(builtInProviders());
		all.addAll(plugins);
		return of(all);
	}

	private static List<ObjectiveProvider> builtInProviders() {
		return List.of(new MinDoseProvider(), new MaxDoseProvider(), new UniformDoseProvider(), new MinDvhProvider(),
				new MaxDvhProvider(), new MaxMeanProvider(), new GeudMaxProvider(), new GeudMinProvider());
	}

	/** The provider id of a built-in type, e.g. {@code MIN_DVH -> "min-dvh"}. */
	public static String builtInId(ObjectiveSpec.Type type) {
		return switch (type) {
		case MIN_DOSE -> "min-dose";
		case MAX_DOSE -> "max-dose";
		case UNIFORM_DOSE -> "uniform-dose";
		case MIN_DVH -> "min-dvh";
		case MAX_DVH -> "max-dvh";
		case MAX_MEAN -> "max-mean";
		case GEUD_MAX -> "geud-max";
		case GEUD_MIN -> "geud-min";
		};
	}

	public Set<String> typeIds() {
		return providers.keySet();
	}

	public Optional<ObjectiveProvider> provider(String typeId) {
		return Optional.ofNullable(providers.get(typeId));
	}

	/**
	 * @throws InvalidInputException for an unknown type or bad parameters
	 */
	public ObjectiveTerm term(String typeId, String structureName, ObjectiveParameters parameters, double weight,
			StructureVoxels voxels) {
		ObjectiveProvider p = providers.get(typeId);
		if (p == null) {
			throw new InvalidInputException("objective on " + structureName, "type",
					"unknown objective type '" + typeId + "'; known: " + providers.keySet());
		}
		return new ObjectiveTerm(structureName, typeId, p.create(structureName, parameters, voxels), weight);
	}

	public ObjectiveTerm term(ObjectiveSpec spec, StructureVoxels voxels) {
		return term(builtInId(spec.type()), spec.structureName(), ObjectiveParameters.of(spec), spec.weight(), voxels);
	}

	/**
	 * One term per spec, in order.
	 *
	 * @param structures the voxels of every structure named by a spec, keyed by structure name
	 * @param voxelCount the operator's row count; every structure row must be below it
	 * @throws InvalidInputException when a structure is missing or has rows outside the operator
	 */
	public List<ObjectiveTerm> terms(List<ObjectiveSpec> specs, Map<String, StructureVoxels> structures,
			int voxelCount) {
		List<ObjectiveTerm> terms = new ArrayList<>(specs.size());
		for (ObjectiveSpec spec : specs) {
			StructureVoxels v = structures.get(spec.structureName());
			if (v == null) {
				throw new InvalidInputException("objective " + builtInId(spec.type()) + " on " + spec.structureName(),
						"structureName", "no voxels for structure '" + spec.structureName() + "'; known: "
								+ structures.keySet());
			}
			if (v.maxRow() >= voxelCount) {
				throw new InvalidInputException("structure " + spec.structureName(), "rows",
						"row " + v.maxRow() + " is outside the dose operator's " + voxelCount + " voxels");
			}
			terms.add(term(spec, v));
		}
		return List.copyOf(terms);
	}
}
