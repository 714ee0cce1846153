package org.latticebench.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HuDensityTableTest {

	private final HuDensityTable generic = HuDensityTable.generic();

	@Test
	void genericTableReturnsItsReferenceTissuesAtTheirCtNumbers() {
		// anchors documented in HuDensityTable.generic(): air, adipose (ICRU 44: 0.95), water,
		// muscle (ICRU 44: 1.04), cortical bone (ICRU 44: 1.78)
		assertEquals(0.001, generic.relativeDensity(-1000), 1e-12);
		assertEquals(0.95, generic.relativeDensity(-100), 1e-12);
		assertEquals(1.0, generic.relativeDensity(0), 1e-12);
		assertEquals(1.04, generic.relativeDensity(40), 1e-12);
		assertEquals(1.78, generic.relativeDensity(1500), 1e-12);
	}

	@Test
	void genericTableInterpolatesLinearlyAndClampsBeyondItsEnds() {
		// halfway between air (-1000, 0.001) and adipose (-100, 0.95): (0.001 + 0.95) / 2
		assertEquals(0.4755, generic.relativeDensity(-550), 1e-12);
		assertEquals(0.001, generic.relativeDensity(-3000), 1e-12);
		assertEquals(2.58, generic.relativeDensity(5000), 1e-12);
	}

	@Test
	void waterAirLineGivesOneQuarterAtMinus750() {
		// 1 + HU/1000 (the lung of the heterogeneity test)
		assertEquals(0.25, HuDensityTable.waterAirLine().relativeDensity(-750), 1e-12);
	}

	@Test
	void tableWithDecreasingCtNumbersIsRejected() {
		assertThrows(IllegalArgumentException.class,
				() -> new HuDensityTable("bad", new double[] { 0, -10 }, new double[] { 1, 0.99 }));
	}
}
