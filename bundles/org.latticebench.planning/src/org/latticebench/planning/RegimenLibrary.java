package org.latticebench.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.latticebench.core.InvalidInputException;

/**
 * The regimens a user can plan: the built-in rows of the seed papers plus the user's own.
 * Immutable; {@link #with(Regimen)} returns a new library. The study persists
 * {@link #userRegimens()} and rebuilds the library with {@code builtIn().withAll(saved)}.
 *
 * @since 0.1
 */
public final class RegimenLibrary {

	/** Generator ids of the built-in generators, which regimens name as their default. */
	public static final String LATTICE = "lattice";
	public static final String HOMOGENEOUS = "homogeneous";
	public static final String MIXED_DOSE = "mixed-dose";

	static final String SEED_000 = "[000] Zong Y, Huang A, Liang Z, Zhang T, Yang K, Ma H: mixed-dose liver radiotherapy"
			+ " after immunotherapy failure (Union Hospital, Tongji Medical College, Wuhan; conference abstract)";
	static final String SEED_001 = "[001] Hu J, Jin Y, Wang M, Pang Y, Wang S, Xie X, Wang Z, Sun X: SFRT combined with"
			+ " immunotherapy for a growing hepatocellular carcinoma (case report), Front Oncol 2025";
	static final String SEED_002 = "[002] Shen J, Yan J, Zhu S, Kong W, Zou Z, Liu J, Li S, Liu B: The efficacy and safety of"
			+ " hypofractionated radiation therapy with tomotherapy for advanced or recurrent hepatocellular carcinoma";
	static final String SEED_003 = "[003] Pan H, Zhou L, Cheng Z, et al.: Perioperative tislelizumab plus intensity modulated"
			+ " radiotherapy in resectable hepatocellular carcinoma with macrovascular invasion, Nat Commun 2024";
	static final String SEED_004 = "[004] Qin C, Chen K: Application and research progress of radiotherapy in unresectable"
			+ " hepatocellular carcinoma (review)";

	private static final RegimenLibrary BUILT_IN = new RegimenLibrary(builtInRows(), List.of());

	private final List<Regimen> builtIns;
	private final List<Regimen> users;

	private RegimenLibrary(List<Regimen> builtIns, List<Regimen> users) {
		this.builtIns = List.copyOf(builtIns);
		this.users = List.copyOf(users);
	}

	/** Every row of the seed table "Regimens in the seeds" (shared/DOMAIN.md). */
	public static RegimenLibrary builtIn() {
		return BUILT_IN;
	}

	/**
	 * This library plus a user regimen. A user regimen replaces an earlier user regimen of the same
	 * id; it may not shadow a built-in one.
	 *
	 * @throws InvalidInputException when the id is a built-in regimen's
	 */
	public RegimenLibrary with(Regimen regimen) {
		if (builtIns.stream().anyMatch(r -> r.id().equals(regimen.id()))) {
			throw new InvalidInputException("regimen library", regimen.id(),
					"is a built-in regimen id; give the user regimen another id");
		}
		List<Regimen> next = new ArrayList<>(users);
		next.removeIf(r -> r.id().equals(regimen.id()));
		next.add(regimen);
		return new RegimenLibrary(builtIns, next);
	}

	/** This library plus several user regimens, in order. */
	public RegimenLibrary withAll(List<Regimen> regimens) {
		RegimenLibrary lib = this;
		for (Regimen r : regimens) {
			lib = lib.with(r);
		}
		return lib;
	}

	/** Built-in regimens first (in the seed table's order), then the user's. */
	public List<Regimen> regimens() {
		List<Regimen> all = new ArrayList<>(builtIns);
		all.addAll(users);
		return List.copyOf(all);
	}

	/** The user's own regimens, which the study saves. */
	public List<Regimen> userRegimens() {
		return users;
	}

	public List<String> ids() {
		return regimens().stream().map(Regimen::id).toList();
	}

	public Optional<Regimen> find(String id) {
		return regimens().stream().filter(r -> r.id().equals(id)).findFirst();
	}

	/**
	 * The regimen with this id.
	 *
	 * @throws InvalidInputException naming the valid ids when there is none
	 */
	public Regimen require(String id) {
		return find(id).orElseThrow(() -> new InvalidInputException("regimen library", "regimen",
				"unknown regimen id '" + id + "'; valid ids are " + String.join(", ", ids())));
	}

	private static List<Regimen> builtInRows() {
		Map<String, Regimen> rows = new LinkedHashMap<>();
		// shared/DOMAIN.md "Regimens in the seeds", row by row; the numbers are the seeds'.
		put(rows, new Regimen("lattice-sfrt", "Lattice SFRT 20 Gy + 66.7 Gy SIB / 5 fx", SEED_001, 5,
				List.of(new DoseLevel(TargetRole.PTV, 20.0), new DoseLevel(TargetRole.SPHERES, 66.7)),
				List.of(MarginStep.isotropic("PTV", "GTV", 5.0)), LATTICE,
				"4 Gy and 13.34 Gy per fraction; spheres 15 mm diameter, 60 mm apart in-plane, axial planes 30 mm apart,"
						+ " spheres within 15 mm of an organ at risk removed"));
		put(rows, new Regimen("lattice-sfrt-2fx", "Lattice SFRT 8 Gy + 26.68 Gy SIB / 2 fx (as delivered)", SEED_001, 2,
				List.of(new DoseLevel(TargetRole.PTV, 8.0), new DoseLevel(TargetRole.SPHERES, 26.68)),
				List.of(MarginStep.isotropic("PTV", "GTV", 5.0)), LATTICE,
				"the course actually delivered in [001] (4 Gy and 13.34 Gy per fraction, 2 fractions)"));
		put(rows, new Regimen("mixed-dose", "Mixed-dose: necrotic 5 Gy, solid 25 Gy / 5 fx", SEED_000, 5,
				List.of(new DoseLevel(TargetRole.NECROTIC, 5.0), new DoseLevel(TargetRole.SOLID, 25.0)), List.of(),
				MIXED_DOSE, "necrotic and solid tumour regions inside the GTV; no margin is stated in [000]"));
		put(rows, new Regimen("tomo-hypo", "Tomotherapy PGTV 50 Gy / PTV 30 Gy / 10 fx", SEED_002, 10,
				List.of(new DoseLevel(TargetRole.PGTV, 50.0), new DoseLevel(TargetRole.PTV, 30.0)),
				List.of(MarginStep.isotropic("PTV", "GTV", 10.0), MarginStep.isotropic("PGTV", "PTV", 5.0)), HOMOGENEOUS,
				"PTV = GTV + 10-12 mm (10 mm used), PGTV = PTV + 5 mm as written in [002], so the 50 Gy PGTV contains"
						+ " the 30 Gy PTV"));
		put(rows, new Regimen("imrt-45-15", "IMRT 45 Gy / 15 fx", SEED_003, 15,
				List.of(new DoseLevel(TargetRole.PTV, 45.0)),
				List.of(MarginStep.isotropic("CTV", "GTV", 10.0), new MarginStep("PTV", "CTV", 5.0, 5.0, 10.0)),
				HOMOGENEOUS, "CTV = GTV + 10 mm; PTV = CTV + 5 mm AP/LR and 10 mm cranio-caudal"));
		put(rows, new Regimen("sbrt-50-5", "SBRT 50 Gy / 5 fx", SEED_004, 5, List.of(new DoseLevel(TargetRole.PTV, 50.0)),
				List.of(MarginStep.isotropic("PTV", "GTV", 5.0)), HOMOGENEOUS,
				"range 48-60 Gy / 5 fx with BED10 >= 100 Gy; PTV = ITV + 5-8 mm (5 mm used, the GTV standing in for the ITV)"));
		put(rows, new Regimen("sbrt-48-4", "SBRT 48 Gy / 4 fx", SEED_004, 4, List.of(new DoseLevel(TargetRole.PTV, 48.0)),
				List.of(MarginStep.isotropic("PTV", "GTV", 5.0)), HOMOGENEOUS,
				"[004] gives the dose only; the PTV margin of its 5-fraction SBRT (ITV + 5 mm) is assumed"));
		put(rows, new Regimen("conventional", "Conventional 50 Gy / 25 fx (2 Gy x 25)", SEED_002, 25,
				List.of(new DoseLevel(TargetRole.PTV, 50.0)), List.of(MarginStep.isotropic("PTV", "GTV", 10.0)),
				HOMOGENEOUS, "[002] gives the dose only; its tomotherapy PTV margin (GTV + 10 mm) is assumed"));
		return List.copyOf(rows.values());
	}

	private static void put(Map<String, Regimen> rows, Regimen r) {
		rows.put(r.id(), r);
	}

	@Override
	public String toString() {
		return regimens().stream().map(Regimen::id).collect(Collectors.joining(", ", "RegimenLibrary[", "]"));
	}
}
