package org.latticebench.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;
import org.latticebench.model.DoseKind;
import org.latticebench.model.Plan;
import org.latticebench.model.Prescription;
import org.latticebench.model.Structure;
import org.latticebench.model.Study;
import org.latticebench.model.io.TestStudies;
import org.latticebench.model.util.ModelValidator;

class StudyValidationTest {

	@Test
	void completeStudyHasNoDiagnostics() {
		Diagnostic d = StudyValidation.validate(TestStudies.liverStudy());
		assertEquals(Diagnostic.OK, d.getSeverity(), String.valueOf(StudyValidation.problems(TestStudies.liverStudy())));
	}

	@Test
	void structureWithoutContoursOrMaskIsReportedByName() {
		Study study = TestStudies.liverStudy();
		Structure liver = study.getStructures().get(1);
		liver.setMask(null); // the fixture's Liver has a mask and no contours

		Diagnostic only = single(study);

		assertEquals(Diagnostic.ERROR, only.getSeverity());
		assertEquals(ModelValidator.STRUCTURE__HAS_GEOMETRY, only.getCode());
		assertEquals(liver, only.getData().get(0));
		assertEquals("Structure 'Liver' has no geometry: it has neither contours nor a mask", only.getMessage());
	}

	@Test
	void prescriptionOfZeroOrNegativeDoseIsReported() {
		for (double doseGy : new double[] { 0.0, -5.0 }) {
			Study study = TestStudies.liverStudy();
			Prescription ptv = study.getRegimens().get(0).getPrescriptions().get(0);
			ptv.setDoseGy(doseGy);

			Diagnostic only = single(study);

			assertEquals(ModelValidator.PRESCRIPTION__HAS_POSITIVE_DOSE, only.getCode());
			assertEquals(ptv, only.getData().get(0));
			assertEquals("Prescription to 'PTV' in regimen 'lattice-sfrt' has a dose of " + doseGy
					+ " Gy; a prescribed dose must be above 0 Gy", only.getMessage());
		}
	}

	@Test
	void fewerThanOneFractionIsReportedForPrescriptionAndRegimen() {
		Study study = TestStudies.liverStudy();
		study.getRegimens().get(0).getPrescriptions().get(1).setFractions(0);
		study.getRegimens().get(0).setFractions(-1);

		List<String> problems = StudyValidation.problems(study);

		assertEquals(List.of("Regimen 'lattice-sfrt' has -1 fractions; it needs at least 1",
				"Prescription to 'spheres' in regimen 'lattice-sfrt' has 0 fractions; it needs at least 1"), problems);
	}

	@Test
	void doseGridReachingPastTheImageIsReportedForItsPlan() {
		Study study = TestStudies.liverStudy();
		Plan uniform = study.getPlans().get(1);
		// Image voxels span x -31.25..28.75 mm (TestStudies.IMAGE_GRID). This dose's last voxel
		// centre is at x = 0 + 6 * 5 = 30 mm, its outer face at 32.5 mm: outside.
		Grid3 tooFar = Grid3.axisAligned(new Vec3(0, -20, -12), new Vec3(5, 5, 6), 7, 8, 4);
		uniform.getDoses().add(TestStudies.dose(DoseKind.PHYSICAL, "imported RTDOSE", tooFar, 1f));

		Diagnostic only = single(study);

		assertEquals(ModelValidator.PLAN__HAS_DOSE_INSIDE_IMAGE, only.getCode());
		assertEquals(uniform, only.getData().get(0));
		assertTrue(only.getMessage().startsWith("Plan 'Uniform' has a PHYSICAL dose (imported RTDOSE) whose grid lies outside the image"),
				only.getMessage());
	}

	@Test
	void doseGridCoveringExactlyTheImageVoxelsIsInside() {
		Study study = TestStudies.liverStudy();
		// the image's own voxel faces: 12 x 10 x 6 voxels of 5 x 5 x 6 mm starting half a dose voxel
		// inside the corner -31.25, -26.25, -19.5 mm, i.e. centres from -28.75, -23.75, -16.5 mm
		Grid3 same = Grid3.axisAligned(new Vec3(-28.75, -23.75, -16.5), new Vec3(5, 5, 6), 12, 10, 6);
		study.getPlans().get(0).getDoses().add(TestStudies.dose(DoseKind.PHYSICAL, "engine", same, 1f));

		assertEquals(List.of(), StudyValidation.problems(study));
	}

	private static Diagnostic single(Study study) {
		List<Diagnostic> leaves = new java.util.ArrayList<>();
		collect(StudyValidation.validate(study), leaves);
		assertEquals(1, leaves.size(), "one diagnostic expected: " + StudyValidation.problems(study));
		return leaves.get(0);
	}

	private static void collect(Diagnostic d, List<Diagnostic> out) {
		if (d.getChildren().isEmpty()) {
			if (d.getSeverity() != Diagnostic.OK) {
				out.add(d);
			}
			return;
		}
		d.getChildren().forEach(c -> collect(c, out));
	}
}
