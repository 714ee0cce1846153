package org.latticebench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.latticebench.core.InvalidInputException;

class RegimenLibraryTest {

	private static final double EPS = 1e-9;
	private final RegimenLibrary lib = RegimenLibrary.builtIn();

	@Test
	void builtInLibraryHasEverySeedTableRowInOrder() {
		// shared/DOMAIN.md "Regimens in the seeds", the id column top to bottom
		assertEquals(List.of("lattice-sfrt", "lattice-sfrt-2fx", "mixed-dose", "tomo-hypo", "imrt-45-15", "sbrt-50-5",
				"sbrt-48-4", "conventional"), lib.ids());
	}

	@Test
	void latticeSfrtGives20GyToPtvAnd66_7GyToSpheresIn5Fractions() {
		Regimen r = lib.require("lattice-sfrt");
		// [001] via DOMAIN.md: PTV 20 Gy, spheres 66.7 Gy SIB, 5 fx = 4 Gy and 13.34 Gy per fraction
		assertEquals(5, r.fractions());
		assertEquals(20.0, r.totalDoseGy(TargetRole.PTV).orElseThrow(), EPS);
		assertEquals(66.7, r.totalDoseGy(TargetRole.SPHERES).orElseThrow(), EPS);
		assertEquals(4.0, r.dosePerFractionGy(TargetRole.PTV).orElseThrow(), EPS);
		assertEquals(13.34, r.dosePerFractionGy(TargetRole.SPHERES).orElseThrow(), EPS);
		// [001]: PTV = GTV + 5 mm isotropic
		assertEquals(List.of(MarginStep.isotropic("PTV", "GTV", 5)), r.margins());
		assertEquals(RegimenLibrary.LATTICE, r.generatorId());
	}

	@Test
	void deliveredTwoFractionLatticeKeepsTheFractionDoses() {
		Regimen r = lib.require("lattice-sfrt-2fx");
		// [001] as delivered: PTV 8 Gy, spheres 26.68 Gy in 2 fx, i.e. 4 and 13.34 Gy per fraction
		assertEquals(2, r.fractions());
		assertEquals(8.0, r.totalDoseGy(TargetRole.PTV).orElseThrow(), EPS);
		assertEquals(26.68, r.totalDoseGy(TargetRole.SPHERES).orElseThrow(), EPS);
		assertEquals(13.34, r.dosePerFractionGy(TargetRole.SPHERES).orElseThrow(), EPS);
	}

	@Test
	void mixedDoseGivesNecrotic5GyAndSolid25GyIn5Fractions() {
		Regimen r = lib.require("mixed-dose");
		// [000]: necrotic regions 5 Gy / 5 fx, solid regions 25 Gy / 5 fx
		assertEquals(5, r.fractions());
		assertEquals(5.0, r.totalDoseGy(TargetRole.NECROTIC).orElseThrow(), EPS);
		assertEquals(25.0, r.totalDoseGy(TargetRole.SOLID).orElseThrow(), EPS);
		assertEquals(RegimenLibrary.MIXED_DOSE, r.generatorId());
	}

	@Test
	void tomotherapyRegimenBuildsPtvThenPgtvAsWritten() {
		Regimen r = lib.require("tomo-hypo");
		// [002]: PGTV 50 Gy, PTV 30 Gy, 10 fx; PTV = GTV + 10-12 mm (10 used), PGTV = PTV + 5 mm
		assertEquals(10, r.fractions());
		assertEquals(50.0, r.totalDoseGy(TargetRole.PGTV).orElseThrow(), EPS);
		assertEquals(30.0, r.totalDoseGy(TargetRole.PTV).orElseThrow(), EPS);
		assertEquals(List.of(MarginStep.isotropic("PTV", "GTV", 10), MarginStep.isotropic("PGTV", "PTV", 5)), r.margins());
	}

	@Test
	void imrtRegimenHasAnisotropicPtvMargin() {
		Regimen r = lib.require("imrt-45-15");
		// [003]: 45 Gy / 15 fx; CTV = GTV + 10 mm; PTV = CTV + 5 mm AP/LR, 10 mm CC
		assertEquals(15, r.fractions());
		assertEquals(45.0, r.totalDoseGy(TargetRole.PTV).orElseThrow(), EPS);
		assertEquals(3.0, r.dosePerFractionGy(TargetRole.PTV).orElseThrow(), EPS);
		assertEquals(List.of(MarginStep.isotropic("CTV", "GTV", 10), new MarginStep("PTV", "CTV", 5, 5, 10)), r.margins());
	}

	@Test
	void sbrtAndConventionalRowsMatchTheSeedTable() {
		// [004]: 50 Gy / 5 fx and 48 Gy / 4 fx; [002]: 50 Gy in 2 Gy x 25
		assertEquals(50.0, lib.require("sbrt-50-5").totalDoseGy(TargetRole.PTV).orElseThrow(), EPS);
		assertEquals(5, lib.require("sbrt-50-5").fractions());
		assertEquals(48.0, lib.require("sbrt-48-4").totalDoseGy(TargetRole.PTV).orElseThrow(), EPS);
		assertEquals(4, lib.require("sbrt-48-4").fractions());
		assertEquals(2.0, lib.require("conventional").dosePerFractionGy(TargetRole.PTV).orElseThrow(), EPS);
		assertEquals(25, lib.require("conventional").fractions());
	}

	@Test
	void everyBuiltInRegimenCitesItsSeed() {
		// DOMAIN.md source column: lattice rows [001], mixed [000], tomo and conventional [002], IMRT [003], SBRT [004]
		List<String> expected = List.of("[001]", "[001]", "[000]", "[002]", "[003]", "[004]", "[004]", "[002]");
		List<Regimen> all = lib.regimens();
		for (int n = 0; n < all.size(); n++) {
			assertTrue(all.get(n).source().startsWith(expected.get(n)), all.get(n).id() + " cites " + all.get(n).source());
		}
	}

	@Test
	void unknownRegimenIdErrorListsTheValidIds() {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> lib.require("lattice"));
		assertTrue(e.getMessage().contains("'lattice'"), e.getMessage());
		assertTrue(e.getMessage().contains("lattice-sfrt, lattice-sfrt-2fx, mixed-dose"), e.getMessage());
	}

	@Test
	void userRegimensAreAddedReplacedAndMayNotShadowBuiltIns() {
		Regimen mine = new Regimen("sbrt-40-5", "SBRT 40 Gy / 5 fx", "user", 5, List.of(new DoseLevel(TargetRole.PTV, 40)),
				List.of(MarginStep.isotropic("PTV", "GTV", 5)), RegimenLibrary.HOMOGENEOUS, "");
		RegimenLibrary withMine = lib.with(mine);
		assertEquals(9, withMine.regimens().size());
		assertEquals(List.of(mine), withMine.userRegimens());
		assertEquals(8, lib.regimens().size(), "the built-in library is not changed");
		Regimen changed = new Regimen("sbrt-40-5", "SBRT 40 Gy / 5 fx (v2)", "user", 5,
				List.of(new DoseLevel(TargetRole.PTV, 40)), List.of(), RegimenLibrary.HOMOGENEOUS, "");
		assertEquals(List.of(changed), withMine.with(changed).userRegimens());
		Regimen clash = new Regimen("sbrt-50-5", "mine", "user", 5, List.of(new DoseLevel(TargetRole.PTV, 50)), List.of(),
				RegimenLibrary.HOMOGENEOUS, "");
		assertThrows(InvalidInputException.class, () -> lib.with(clash));
	}

	@Test
	void regimenRejectsTwoLevelsForOneRole() {
		assertThrows(IllegalArgumentException.class, () -> new Regimen("x", "x", "user", 5,
				List.of(new DoseLevel(TargetRole.PTV, 20), new DoseLevel(TargetRole.PTV, 30)), List.of(), "homogeneous", ""));
	}
}
