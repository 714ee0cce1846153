package org.latticebench.model.internal;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Vec3;
import org.latticebench.model.DoseDistribution;
import org.latticebench.model.Plan;
import org.latticebench.model.Prescription;
import org.latticebench.model.Regimen;
import org.latticebench.model.Structure;
import org.latticebench.model.Study;
import org.latticebench.model.snapshot.Snapshots;
import org.latticebench.model.util.ModelValidator;

/**
 * The model's invariants. The generated invariant operations (see the "body" annotations in
 * latticebench.ecore) delegate here, so no generated file carries hand-written code.
 */
public final class ModelConstraints {

	/** How far (mm) a dose grid may reach past the image's outer voxel faces before it counts as outside. */
	private static final double OUTSIDE_TOLERANCE_MM = 0.01;

	private ModelConstraints() {
	}

	public static boolean structureHasGeometry(Structure structure, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!structure.getContours().isEmpty() || structure.getMask() != null) {
			return true;
		}
		return report(diagnostics, ModelValidator.STRUCTURE__HAS_GEOMETRY, structure,
				"Structure '" + structure.getName() + "' has no geometry: it has neither contours nor a mask");
	}

	public static boolean prescriptionHasPositiveDose(Prescription prescription, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (prescription.getDoseGy() > 0) {
			return true;
		}
		return report(diagnostics, ModelValidator.PRESCRIPTION__HAS_POSITIVE_DOSE, prescription,
				"Prescription to '" + prescription.getTargetName() + "'" + inRegimen(prescription) + " has a dose of "
						+ prescription.getDoseGy() + " Gy; a prescribed dose must be above 0 Gy");
	}

	public static boolean prescriptionHasAtLeastOneFraction(Prescription prescription, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (prescription.getFractions() >= 1) {
			return true;
		}
		return report(diagnostics, ModelValidator.PRESCRIPTION__HAS_AT_LEAST_ONE_FRACTION, prescription,
				"Prescription to '" + prescription.getTargetName() + "'" + inRegimen(prescription) + " has "
						+ prescription.getFractions() + " fractions; it needs at least 1");
	}

	public static boolean regimenHasAtLeastOneFraction(Regimen regimen, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (regimen.getFractions() >= 1) {
			return true;
		}
		return report(diagnostics, ModelValidator.REGIMEN__HAS_AT_LEAST_ONE_FRACTION, regimen,
				"Regimen '" + regimen.getId() + "' has " + regimen.getFractions() + " fractions; it needs at least 1");
	}

	public static boolean planHasDoseInsideImage(Plan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (plan.getDoses().isEmpty()) {
			return true;
		}
		Study study = plan.eContainer() instanceof Study s ? s : null;
		if (study == null || study.getImage() == null || study.getImage().getGrid() == null) {
			return report(diagnostics, Diagnostic.WARNING, ModelValidator.PLAN__HAS_DOSE_INSIDE_IMAGE, plan,
					"Plan '" + plan.getName() + "' has doses but no study image to place them in");
		}
		Grid3 image;
		try {
			image = Snapshots.grid(study.getImage().getGrid());
		} catch (InvalidInputException e) {
			// The image grid itself is broken; that is not this plan's fault.
			return true;
		}
		boolean ok = true;
		for (DoseDistribution dose : plan.getDoses()) {
			if (dose.getGrid() == null) {
				continue;
			}
			Grid3 doseGrid;
			try {
				doseGrid = Snapshots.grid(dose.getGrid());
			} catch (InvalidInputException e) {
				ok = report(diagnostics, ModelValidator.PLAN__HAS_DOSE_INSIDE_IMAGE, plan,
						"Plan '" + plan.getName() + "' has a " + dose.getKind() + " dose with an invalid grid: " + e.getMessage());
				continue;
			}
			Vec3 outside = firstCornerOutside(doseGrid, image);
			if (outside != null) {
				ok = report(diagnostics, ModelValidator.PLAN__HAS_DOSE_INSIDE_IMAGE, plan, "Plan '" + plan.getName()
						+ "' has a " + dose.getKind() + " dose (" + dose.getSource() + ") whose grid lies outside the image: corner "
						+ outside + " mm is beyond the image " + image);
			}
		}
		return ok;
	}

	/** The first outer corner of the dose voxels (centre +- half a voxel) outside the image's voxels, or null. */
	private static Vec3 firstCornerOutside(Grid3 dose, Grid3 image) {
		for (int c = 0; c < 8; c++) {
			double i = (c & 1) == 0 ? -0.5 : dose.nx() - 0.5;
			double j = (c & 2) == 0 ? -0.5 : dose.ny() - 0.5;
			double k = (c & 4) == 0 ? -0.5 : dose.nz() - 0.5;
			Vec3 p = dose.toPatientMm(i, j, k);
			double[] ijk = image.toIndex(p);
			for (int axis = 0; axis < 3; axis++) {
				double toleranceVoxels = OUTSIDE_TOLERANCE_MM / image.spacingMm().get(axis);
				if (ijk[axis] < -0.5 - toleranceVoxels || ijk[axis] > image.size(axis) - 0.5 + toleranceVoxels) {
					return p;
				}
			}
		}
		return null;
	}

	private static String inRegimen(Prescription prescription) {
		return prescription.eContainer() instanceof Regimen r ? " in regimen '" + r.getId() + "'" : "";
	}

	private static boolean report(DiagnosticChain diagnostics, int code, EObject object, String message) {
		return report(diagnostics, Diagnostic.ERROR, code, object, message);
	}

	private static boolean report(DiagnosticChain diagnostics, int severity, int code, EObject object, String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, ModelValidator.DIAGNOSTIC_SOURCE, code, message, new Object[] { object }));
		}
		return severity != Diagnostic.ERROR;
	}
}
