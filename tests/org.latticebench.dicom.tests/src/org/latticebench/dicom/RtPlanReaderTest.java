package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.latticebench.core.Vec3;
import org.latticebench.testing.SharedData;

class RtPlanReaderTest {

	@Test
	void readsBreastPlanPrescriptionFractionsAndBeams() {
		ImportedPlan plan = RtPlanReader.read(SharedData.path("dicompyler-breast/rtplan.dcm"));
		// all expected values from dcmdump of rtplan.dcm
		assertEquals("B1", plan.label());
		assertEquals(7, plan.numberOfFractions().orElseThrow());
		assertEquals(14.0, plan.doseReferences().get(0).targetPrescriptionDoseGy().orElseThrow(), 1e-9);
		assertEquals("TARGET", plan.doseReferences().get(0).type());
		assertEquals(List.of("3 RAO", "4 AP", "5 LAO", "6 LPO"), plan.beams().stream().map(ImportedPlan.Beam::name).toList());
		ImportedPlan.Beam rao = plan.beams().get(0);
		assertEquals(327.0, rao.gantryAngleDeg(), 1e-9);
		assertEquals(0.0, rao.collimatorAngleDeg(), 1e-8);
		assertEquals(0.0, rao.couchAngleDeg(), 1e-8);
		assertEquals(92, rao.controlPointCount());
		assertEquals(new Vec3(72.5304715048, -304.3445582552, -9.3092401018882), rao.isocentreMm().orElseThrow());
		assertEquals(56.0, plan.beams().get(2).gantryAngleDeg(), 1e-9);
	}

	@Test
	void readsPydicomPlan() {
		ImportedPlan plan = RtPlanReader.read(SharedData.path("pydicom-testfiles/rtplan.dcm"));
		// dcmdump: RTPlanLabel Plan1, 30 fractions; dose reference 1 an organ at risk with DeliveryMaximumDose 75 Gy,
		// dose reference 2 the target with TargetPrescriptionDose 30.826203 Gy
		assertEquals("Plan1", plan.label());
		assertEquals(30, plan.numberOfFractions().orElseThrow());
		assertEquals("ORGAN_AT_RISK", plan.doseReferences().get(0).type());
		assertEquals(75.0, plan.doseReferences().get(0).deliveryMaximumDoseGy().orElseThrow(), 1e-9);
		assertEquals("TARGET", plan.doseReferences().get(1).type());
		assertEquals(30.826203, plan.doseReferences().get(1).targetPrescriptionDoseGy().orElseThrow(), 1e-9);
		assertEquals(new Vec3(235.711172833292, 244.135437110782, -724.97815409918),
				plan.beams().get(0).isocentreMm().orElseThrow());
	}
}
