package org.latticebench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.core.InvalidInputException;

class SettingsFormTest {

	@Test
	void latticeSettingsRoundTripThroughTheSavedForm() {
		LatticeSettings changed = SettingsForm.fromMap(LatticeSettings.class,
				Map.of("pattern", "hexagonal", "oarNames", "Stomach, Duodenum", "beams.beamCount", "7", "seed", "42",
						"searchRotation", "true"),
				LatticeSettings.defaults());
		Map<String, String> form = SettingsForm.toMap(changed);
		assertEquals("HEXAGONAL", form.get("pattern"));
		assertEquals("Stomach,Duodenum", form.get("oarNames"));
		assertEquals("7", form.get("beams.beamCount"));
		assertEquals(changed, SettingsForm.fromMap(LatticeSettings.class, form, LatticeSettings.defaults()));
		assertEquals(List.of("Stomach", "Duodenum"), changed.oarNames());
	}

	@Test
	void defaultsFollowSeed001() {
		Map<String, String> form = SettingsForm.toMap(LatticeSettings.defaults());
		// [001]: 15 mm spheres, 60 mm in-plane, 30 mm between planes, 15 mm OAR exclusion
		assertEquals("15.0", form.get("sphereDiameterMm"));
		assertEquals("60.0", form.get("inPlaneSpacingMm"));
		assertEquals("30.0", form.get("planeSpacingMm"));
		assertEquals("15.0", form.get("oarMarginMm"));
		// the beam default of the issue: 9 coplanar beams
		assertEquals("9", form.get("beams.beamCount"));
	}

	@Test
	void unknownKeyErrorListsTheValidKeys() {
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> SettingsForm.fromMap(LatticeSettings.class, Map.of("spacing", "50"), LatticeSettings.defaults()));
		assertEquals("spacing", e.attribute().orElseThrow());
		assertTrue(e.getMessage().contains("inPlaneSpacingMm"), e.getMessage());
	}

	@Test
	void badValuesAreReportedWithTheirKey() {
		InvalidInputException number = assertThrows(InvalidInputException.class, () -> SettingsForm
				.fromMap(LatticeSettings.class, Map.of("sphereDiameterMm", "wide"), LatticeSettings.defaults()));
		assertEquals("sphereDiameterMm", number.attribute().orElseThrow());
		InvalidInputException pattern = assertThrows(InvalidInputException.class,
				() -> SettingsForm.fromMap(LatticeSettings.class, Map.of("pattern", "fcc"), LatticeSettings.defaults()));
		assertTrue(pattern.getMessage().contains("CUBIC"), pattern.getMessage());
		InvalidInputException rejected = assertThrows(InvalidInputException.class,
				() -> SettingsForm.fromMap(LatticeSettings.class, Map.of("inPlaneSpacingMm", "10"), LatticeSettings.defaults()));
		assertTrue(rejected.getMessage().contains("overlap"), rejected.getMessage());
	}
}
