/**
 */
package org.latticebench.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;

import org.latticebench.model.*;

import org.latticebench.model.data.BulkArray;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory)EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModelPackage.STUDY: return createStudy();
			case ModelPackage.PATIENT: return createPatient();
			case ModelPackage.VOXEL_GRID: return createVoxelGrid();
			case ModelPackage.IMAGE_VOLUME: return createImageVolume();
			case ModelPackage.STRUCTURE: return createStructure();
			case ModelPackage.REGIMEN: return createRegimen();
			case ModelPackage.PRESCRIPTION: return createPrescription();
			case ModelPackage.PLAN: return createPlan();
			case ModelPackage.SETTING: return createSetting();
			case ModelPackage.TARGET: return createTarget();
			case ModelPackage.SPHERE: return createSphere();
			case ModelPackage.BEAM: return createBeam();
			case ModelPackage.OBJECTIVE: return createObjective();
			case ModelPackage.DOSE_DISTRIBUTION: return createDoseDistribution();
			case ModelPackage.EVALUATION: return createEvaluation();
			case ModelPackage.METRIC_VALUE: return createMetricValue();
			case ModelPackage.COMPARISON: return createComparison();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.SPHERE_STATUS:
				return createSphereStatusFromString(eDataType, initialValue);
			case ModelPackage.OBJECTIVE_TYPE:
				return createObjectiveTypeFromString(eDataType, initialValue);
			case ModelPackage.DOSE_KIND:
				return createDoseKindFromString(eDataType, initialValue);
			case ModelPackage.STRUCTURE_ROLE:
				return createStructureRoleFromString(eDataType, initialValue);
			case ModelPackage.VEC3:
				return createVec3FromString(eDataType, initialValue);
			case ModelPackage.PLANAR_CONTOUR:
				return createPlanarContourFromString(eDataType, initialValue);
			case ModelPackage.BULK_ARRAY:
				return createBulkArrayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.SPHERE_STATUS:
				return convertSphereStatusToString(eDataType, instanceValue);
			case ModelPackage.OBJECTIVE_TYPE:
				return convertObjectiveTypeToString(eDataType, instanceValue);
			case ModelPackage.DOSE_KIND:
				return convertDoseKindToString(eDataType, instanceValue);
			case ModelPackage.STRUCTURE_ROLE:
				return convertStructureRoleToString(eDataType, instanceValue);
			case ModelPackage.VEC3:
				return convertVec3ToString(eDataType, instanceValue);
			case ModelPackage.PLANAR_CONTOUR:
				return convertPlanarContourToString(eDataType, instanceValue);
			case ModelPackage.BULK_ARRAY:
				return convertBulkArrayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patient createPatient() {
		PatientImpl patient = new PatientImpl();
		return patient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoxelGrid createVoxelGrid() {
		VoxelGridImpl voxelGrid = new VoxelGridImpl();
		return voxelGrid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageVolume createImageVolume() {
		ImageVolumeImpl imageVolume = new ImageVolumeImpl();
		return imageVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Structure createStructure() {
		StructureImpl structure = new StructureImpl();
		return structure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regimen createRegimen() {
		RegimenImpl regimen = new RegimenImpl();
		return regimen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Prescription createPrescription() {
		PrescriptionImpl prescription = new PrescriptionImpl();
		return prescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan createPlan() {
		PlanImpl plan = new PlanImpl();
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Setting createSetting() {
		SettingImpl setting = new SettingImpl();
		return setting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target createTarget() {
		TargetImpl target = new TargetImpl();
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sphere createSphere() {
		SphereImpl sphere = new SphereImpl();
		return sphere;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Beam createBeam() {
		BeamImpl beam = new BeamImpl();
		return beam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective createObjective() {
		ObjectiveImpl objective = new ObjectiveImpl();
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoseDistribution createDoseDistribution() {
		DoseDistributionImpl doseDistribution = new DoseDistributionImpl();
		return doseDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation createEvaluation() {
		EvaluationImpl evaluation = new EvaluationImpl();
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricValue createMetricValue() {
		MetricValueImpl metricValue = new MetricValueImpl();
		return metricValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparison createComparison() {
		ComparisonImpl comparison = new ComparisonImpl();
		return comparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SphereStatus createSphereStatusFromString(EDataType eDataType, String initialValue) {
		SphereStatus result = SphereStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSphereStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectiveType createObjectiveTypeFromString(EDataType eDataType, String initialValue) {
		ObjectiveType result = ObjectiveType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectiveTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DoseKind createDoseKindFromString(EDataType eDataType, String initialValue) {
		DoseKind result = DoseKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDoseKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StructureRole createStructureRoleFromString(EDataType eDataType, String initialValue) {
		StructureRole result = StructureRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStructureRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Vec3 createVec3(final String it) {
		return org.latticebench.model.internal.ValueText.parseVec3(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Vec3 createVec3FromString(EDataType eDataType, String initialValue) {
		return createVec3(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVec3(final Vec3 it) {
		return org.latticebench.model.internal.ValueText.formatVec3(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVec3ToString(EDataType eDataType, Object instanceValue) {
		return convertVec3((Vec3)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanarContour createPlanarContour(final String it) {
		return org.latticebench.model.internal.ValueText.parseContour(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanarContour createPlanarContourFromString(EDataType eDataType, String initialValue) {
		return createPlanarContour(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanarContour(final PlanarContour it) {
		return org.latticebench.model.internal.ValueText.formatContour(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanarContourToString(EDataType eDataType, Object instanceValue) {
		return convertPlanarContour((PlanarContour)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BulkArray createBulkArray(final String it) {
		return org.latticebench.model.internal.ValueText.parseBulkArrayReference(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BulkArray createBulkArrayFromString(EDataType eDataType, String initialValue) {
		return createBulkArray(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBulkArray(final BulkArray it) {
		return org.latticebench.model.internal.ValueText.formatBulkArrayReference(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBulkArrayToString(EDataType eDataType, Object instanceValue) {
		return convertBulkArray((BulkArray)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
