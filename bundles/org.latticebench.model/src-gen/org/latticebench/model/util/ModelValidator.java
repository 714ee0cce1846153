/**
 */
package org.latticebench.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;

import org.latticebench.model.*;

import org.latticebench.model.data.BulkArray;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.latticebench.model.ModelPackage
 * @generated
 */
public class ModelValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ModelValidator INSTANCE = new ModelValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.latticebench.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Geometry' of 'Structure'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STRUCTURE__HAS_GEOMETRY = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has At Least One Fraction' of 'Regimen'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int REGIMEN__HAS_AT_LEAST_ONE_FRACTION = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Positive Dose' of 'Prescription'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PRESCRIPTION__HAS_POSITIVE_DOSE = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has At Least One Fraction' of 'Prescription'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PRESCRIPTION__HAS_AT_LEAST_ONE_FRACTION = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Dose Inside Image' of 'Plan'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN__HAS_DOSE_INSIDE_IMAGE = 5;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 5;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return ModelPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case ModelPackage.STUDY:
				return validateStudy((Study)value, diagnostics, context);
			case ModelPackage.PATIENT:
				return validatePatient((Patient)value, diagnostics, context);
			case ModelPackage.VOXEL_GRID:
				return validateVoxelGrid((VoxelGrid)value, diagnostics, context);
			case ModelPackage.IMAGE_VOLUME:
				return validateImageVolume((ImageVolume)value, diagnostics, context);
			case ModelPackage.STRUCTURE:
				return validateStructure((Structure)value, diagnostics, context);
			case ModelPackage.REGIMEN:
				return validateRegimen((Regimen)value, diagnostics, context);
			case ModelPackage.PRESCRIPTION:
				return validatePrescription((Prescription)value, diagnostics, context);
			case ModelPackage.PLAN:
				return validatePlan((Plan)value, diagnostics, context);
			case ModelPackage.SETTING:
				return validateSetting((Setting)value, diagnostics, context);
			case ModelPackage.TARGET:
				return validateTarget((Target)value, diagnostics, context);
			case ModelPackage.SPHERE:
				return validateSphere((Sphere)value, diagnostics, context);
			case ModelPackage.BEAM:
				return validateBeam((Beam)value, diagnostics, context);
			case ModelPackage.OBJECTIVE:
				return validateObjective((Objective)value, diagnostics, context);
			case ModelPackage.DOSE_DISTRIBUTION:
				return validateDoseDistribution((DoseDistribution)value, diagnostics, context);
			case ModelPackage.EVALUATION:
				return validateEvaluation((Evaluation)value, diagnostics, context);
			case ModelPackage.METRIC_VALUE:
				return validateMetricValue((MetricValue)value, diagnostics, context);
			case ModelPackage.COMPARISON:
				return validateComparison((Comparison)value, diagnostics, context);
			case ModelPackage.SPHERE_STATUS:
				return validateSphereStatus((SphereStatus)value, diagnostics, context);
			case ModelPackage.OBJECTIVE_TYPE:
				return validateObjectiveType((ObjectiveType)value, diagnostics, context);
			case ModelPackage.DOSE_KIND:
				return validateDoseKind((DoseKind)value, diagnostics, context);
			case ModelPackage.STRUCTURE_ROLE:
				return validateStructureRole((StructureRole)value, diagnostics, context);
			case ModelPackage.VEC3:
				return validateVec3((Vec3)value, diagnostics, context);
			case ModelPackage.PLANAR_CONTOUR:
				return validatePlanarContour((PlanarContour)value, diagnostics, context);
			case ModelPackage.BULK_ARRAY:
				return validateBulkArray((BulkArray)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(study, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePatient(Patient patient, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(patient, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVoxelGrid(VoxelGrid voxelGrid, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(voxelGrid, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImageVolume(ImageVolume imageVolume, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(imageVolume, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStructure(Structure structure, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(structure, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(structure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(structure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(structure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(structure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(structure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(structure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(structure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(structure, diagnostics, context);
		if (result || diagnostics != null) result &= validateStructure_hasGeometry(structure, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasGeometry constraint of '<em>Structure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStructure_hasGeometry(Structure structure, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return structure.hasGeometry(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegimen(Regimen regimen, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(regimen, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(regimen, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(regimen, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(regimen, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(regimen, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(regimen, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(regimen, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(regimen, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(regimen, diagnostics, context);
		if (result || diagnostics != null) result &= validateRegimen_hasAtLeastOneFraction(regimen, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasAtLeastOneFraction constraint of '<em>Regimen</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegimen_hasAtLeastOneFraction(Regimen regimen, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return regimen.hasAtLeastOneFraction(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePrescription(Prescription prescription, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(prescription, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(prescription, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(prescription, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(prescription, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(prescription, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(prescription, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(prescription, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(prescription, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(prescription, diagnostics, context);
		if (result || diagnostics != null) result &= validatePrescription_hasPositiveDose(prescription, diagnostics, context);
		if (result || diagnostics != null) result &= validatePrescription_hasAtLeastOneFraction(prescription, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasPositiveDose constraint of '<em>Prescription</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePrescription_hasPositiveDose(Prescription prescription, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return prescription.hasPositiveDose(diagnostics, context);
	}

	/**
	 * Validates the hasAtLeastOneFraction constraint of '<em>Prescription</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePrescription_hasAtLeastOneFraction(Prescription prescription, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return prescription.hasAtLeastOneFraction(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlan(Plan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(plan, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlan_hasDoseInsideImage(plan, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasDoseInsideImage constraint of '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlan_hasDoseInsideImage(Plan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return plan.hasDoseInsideImage(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSetting(Setting setting, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(setting, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTarget(Target target, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(target, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSphere(Sphere sphere, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sphere, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBeam(Beam beam, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(beam, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateObjective(Objective objective, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(objective, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDoseDistribution(DoseDistribution doseDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(doseDistribution, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvaluation(Evaluation evaluation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evaluation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetricValue(MetricValue metricValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(metricValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComparison(Comparison comparison, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(comparison, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSphereStatus(SphereStatus sphereStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateObjectiveType(ObjectiveType objectiveType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDoseKind(DoseKind doseKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStructureRole(StructureRole structureRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVec3(Vec3 vec3, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanarContour(PlanarContour planarContour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBulkArray(BulkArray bulkArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //ModelValidator
