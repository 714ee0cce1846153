/**
 */
package org.latticebench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.latticebench.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://latticebench.org/model/0.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "lb";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.latticebench.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.StudyImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FORMAT_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Patient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PATIENT = 2;

	/**
	 * The feature id for the '<em><b>Image</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__IMAGE = 3;

	/**
	 * The feature id for the '<em><b>Structures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__STRUCTURES = 4;

	/**
	 * The feature id for the '<em><b>Regimens</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__REGIMENS = 5;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PLANS = 6;

	/**
	 * The feature id for the '<em><b>Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__EVALUATIONS = 7;

	/**
	 * The feature id for the '<em><b>Comparisons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__COMPARISONS = 8;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.PatientImpl <em>Patient</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.PatientImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getPatient()
	 * @generated
	 */
	int PATIENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__ID = 1;

	/**
	 * The number of structural features of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.VoxelGridImpl <em>Voxel Grid</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.VoxelGridImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getVoxelGrid()
	 * @generated
	 */
	int VOXEL_GRID = 2;

	/**
	 * The feature id for the '<em><b>Origin Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID__ORIGIN_MM = 0;

	/**
	 * The feature id for the '<em><b>Spacing Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID__SPACING_MM = 1;

	/**
	 * The feature id for the '<em><b>Nx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID__NX = 2;

	/**
	 * The feature id for the '<em><b>Ny</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID__NY = 3;

	/**
	 * The feature id for the '<em><b>Nz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID__NZ = 4;

	/**
	 * The feature id for the '<em><b>Row Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID__ROW_DIRECTION = 5;

	/**
	 * The feature id for the '<em><b>Column Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID__COLUMN_DIRECTION = 6;

	/**
	 * The feature id for the '<em><b>Slice Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID__SLICE_DIRECTION = 7;

	/**
	 * The number of structural features of the '<em>Voxel Grid</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Voxel Grid</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOXEL_GRID_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.ImageVolumeImpl <em>Image Volume</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.ImageVolumeImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getImageVolume()
	 * @generated
	 */
	int IMAGE_VOLUME = 3;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VOLUME__MODALITY = 0;

	/**
	 * The feature id for the '<em><b>Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VOLUME__GRID = 1;

	/**
	 * The feature id for the '<em><b>Hu Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VOLUME__HU_VALUES = 2;

	/**
	 * The number of structural features of the '<em>Image Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VOLUME_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Image Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VOLUME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.StructureImpl <em>Structure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.StructureImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getStructure()
	 * @generated
	 */
	int STRUCTURE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Color Rgb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__COLOR_RGB = 2;

	/**
	 * The feature id for the '<em><b>Alpha Beta Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__ALPHA_BETA_GY = 3;

	/**
	 * The feature id for the '<em><b>Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__VISIBLE = 4;

	/**
	 * The feature id for the '<em><b>Contours</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__CONTOURS = 5;

	/**
	 * The feature id for the '<em><b>Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__MASK = 6;

	/**
	 * The feature id for the '<em><b>Mask Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__MASK_GRID = 7;

	/**
	 * The number of structural features of the '<em>Structure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Has Geometry</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE___HAS_GEOMETRY__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Structure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.RegimenImpl <em>Regimen</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.RegimenImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getRegimen()
	 * @generated
	 */
	int REGIMEN = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIMEN__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIMEN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIMEN__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Fractions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIMEN__FRACTIONS = 3;

	/**
	 * The feature id for the '<em><b>Prescriptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIMEN__PRESCRIPTIONS = 4;

	/**
	 * The number of structural features of the '<em>Regimen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIMEN_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Has At Least One Fraction</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIMEN___HAS_AT_LEAST_ONE_FRACTION__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Regimen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIMEN_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.PrescriptionImpl <em>Prescription</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.PrescriptionImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getPrescription()
	 * @generated
	 */
	int PRESCRIPTION = 6;

	/**
	 * The feature id for the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESCRIPTION__TARGET_NAME = 0;

	/**
	 * The feature id for the '<em><b>Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESCRIPTION__DOSE_GY = 1;

	/**
	 * The feature id for the '<em><b>Fractions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESCRIPTION__FRACTIONS = 2;

	/**
	 * The number of structural features of the '<em>Prescription</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESCRIPTION_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Has Positive Dose</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESCRIPTION___HAS_POSITIVE_DOSE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Has At Least One Fraction</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESCRIPTION___HAS_AT_LEAST_ONE_FRACTION__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Prescription</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESCRIPTION_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.PlanImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Regimen</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__REGIMEN = 1;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TARGETS = 2;

	/**
	 * The feature id for the '<em><b>Beams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__BEAMS = 3;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OBJECTIVES = 4;

	/**
	 * The feature id for the '<em><b>Generator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__GENERATOR_ID = 5;

	/**
	 * The feature id for the '<em><b>Generator Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__GENERATOR_SETTINGS = 6;

	/**
	 * The feature id for the '<em><b>Dose Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DOSE_ENGINE_ID = 7;

	/**
	 * The feature id for the '<em><b>Doses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DOSES = 8;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = 9;

	/**
	 * The operation id for the '<em>Has Dose Inside Image</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN___HAS_DOSE_INSIDE_IMAGE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.SettingImpl <em>Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.SettingImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getSetting()
	 * @generated
	 */
	int SETTING = 8;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.TargetImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 9;

	/**
	 * The feature id for the '<em><b>Structure Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__STRUCTURE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__DOSE_GY = 1;

	/**
	 * The feature id for the '<em><b>Spheres</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__SPHERES = 2;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.SphereImpl <em>Sphere</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.SphereImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getSphere()
	 * @generated
	 */
	int SPHERE = 10;

	/**
	 * The feature id for the '<em><b>Centre Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE__CENTRE_MM = 0;

	/**
	 * The feature id for the '<em><b>Diameter Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE__DIAMETER_MM = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE__STATUS = 2;

	/**
	 * The number of structural features of the '<em>Sphere</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Sphere</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.BeamImpl <em>Beam</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.BeamImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getBeam()
	 * @generated
	 */
	int BEAM = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Gantry Deg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAM__GANTRY_DEG = 1;

	/**
	 * The feature id for the '<em><b>Collimator Deg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAM__COLLIMATOR_DEG = 2;

	/**
	 * The feature id for the '<em><b>Couch Deg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAM__COUCH_DEG = 3;

	/**
	 * The feature id for the '<em><b>Isocentre Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAM__ISOCENTRE_MM = 4;

	/**
	 * The feature id for the '<em><b>Energy MV</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAM__ENERGY_MV = 5;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAM__WEIGHT = 6;

	/**
	 * The number of structural features of the '<em>Beam</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAM_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Beam</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.ObjectiveImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 12;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Structure Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__STRUCTURE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__DOSE_GY = 2;

	/**
	 * The feature id for the '<em><b>Volume Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__VOLUME_PERCENT = 3;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__WEIGHT = 4;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.DoseDistributionImpl <em>Dose Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.DoseDistributionImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getDoseDistribution()
	 * @generated
	 */
	int DOSE_DISTRIBUTION = 13;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_DISTRIBUTION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_DISTRIBUTION__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_DISTRIBUTION__GRID = 2;

	/**
	 * The feature id for the '<em><b>Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_DISTRIBUTION__DOSE_GY = 3;

	/**
	 * The number of structural features of the '<em>Dose Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_DISTRIBUTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Dose Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_DISTRIBUTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.EvaluationImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 14;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__PLAN = 0;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__METRICS = 1;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.MetricValueImpl <em>Metric Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.MetricValueImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getMetricValue()
	 * @generated
	 */
	int METRIC_VALUE = 15;

	/**
	 * The feature id for the '<em><b>Structure Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__STRUCTURE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__METRIC = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__UNIT = 3;

	/**
	 * The number of structural features of the '<em>Metric Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Metric Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.impl.ComparisonImpl <em>Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.impl.ComparisonImpl
	 * @see org.latticebench.model.impl.ModelPackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__PLANS = 1;

	/**
	 * The feature id for the '<em><b>Reference Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__REFERENCE_PLAN = 2;

	/**
	 * The number of structural features of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.latticebench.model.SphereStatus <em>Sphere Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.SphereStatus
	 * @see org.latticebench.model.impl.ModelPackageImpl#getSphereStatus()
	 * @generated
	 */
	int SPHERE_STATUS = 17;

	/**
	 * The meta object id for the '{@link org.latticebench.model.ObjectiveType <em>Objective Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.ObjectiveType
	 * @see org.latticebench.model.impl.ModelPackageImpl#getObjectiveType()
	 * @generated
	 */
	int OBJECTIVE_TYPE = 18;

	/**
	 * The meta object id for the '{@link org.latticebench.model.DoseKind <em>Dose Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.DoseKind
	 * @see org.latticebench.model.impl.ModelPackageImpl#getDoseKind()
	 * @generated
	 */
	int DOSE_KIND = 19;

	/**
	 * The meta object id for the '{@link org.latticebench.model.StructureRole <em>Structure Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.StructureRole
	 * @see org.latticebench.model.impl.ModelPackageImpl#getStructureRole()
	 * @generated
	 */
	int STRUCTURE_ROLE = 20;

	/**
	 * The meta object id for the '<em>Vec3</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.core.Vec3
	 * @see org.latticebench.model.impl.ModelPackageImpl#getVec3()
	 * @generated
	 */
	int VEC3 = 21;

	/**
	 * The meta object id for the '<em>Planar Contour</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.core.PlanarContour
	 * @see org.latticebench.model.impl.ModelPackageImpl#getPlanarContour()
	 * @generated
	 */
	int PLANAR_CONTOUR = 22;

	/**
	 * The meta object id for the '<em>Bulk Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.latticebench.model.data.BulkArray
	 * @see org.latticebench.model.impl.ModelPackageImpl#getBulkArray()
	 * @generated
	 */
	int BULK_ARRAY = 23;


	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.latticebench.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Study#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.latticebench.model.Study#getName()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Study#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.latticebench.model.Study#getFormatVersion()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_FormatVersion();

	/**
	 * Returns the meta object for the containment reference '{@link org.latticebench.model.Study#getPatient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Patient</em>'.
	 * @see org.latticebench.model.Study#getPatient()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Patient();

	/**
	 * Returns the meta object for the containment reference '{@link org.latticebench.model.Study#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Image</em>'.
	 * @see org.latticebench.model.Study#getImage()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Image();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Study#getStructures <em>Structures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Structures</em>'.
	 * @see org.latticebench.model.Study#getStructures()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Structures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Study#getRegimens <em>Regimens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regimens</em>'.
	 * @see org.latticebench.model.Study#getRegimens()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Regimens();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Study#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see org.latticebench.model.Study#getPlans()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Study#getEvaluations <em>Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluations</em>'.
	 * @see org.latticebench.model.Study#getEvaluations()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Evaluations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Study#getComparisons <em>Comparisons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comparisons</em>'.
	 * @see org.latticebench.model.Study#getComparisons()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Comparisons();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient</em>'.
	 * @see org.latticebench.model.Patient
	 * @generated
	 */
	EClass getPatient();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Patient#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.latticebench.model.Patient#getName()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Patient#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.latticebench.model.Patient#getId()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Id();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.VoxelGrid <em>Voxel Grid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Voxel Grid</em>'.
	 * @see org.latticebench.model.VoxelGrid
	 * @generated
	 */
	EClass getVoxelGrid();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.VoxelGrid#getOriginMm <em>Origin Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin Mm</em>'.
	 * @see org.latticebench.model.VoxelGrid#getOriginMm()
	 * @see #getVoxelGrid()
	 * @generated
	 */
	EAttribute getVoxelGrid_OriginMm();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.VoxelGrid#getSpacingMm <em>Spacing Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spacing Mm</em>'.
	 * @see org.latticebench.model.VoxelGrid#getSpacingMm()
	 * @see #getVoxelGrid()
	 * @generated
	 */
	EAttribute getVoxelGrid_SpacingMm();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.VoxelGrid#getNx <em>Nx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nx</em>'.
	 * @see org.latticebench.model.VoxelGrid#getNx()
	 * @see #getVoxelGrid()
	 * @generated
	 */
	EAttribute getVoxelGrid_Nx();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.VoxelGrid#getNy <em>Ny</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ny</em>'.
	 * @see org.latticebench.model.VoxelGrid#getNy()
	 * @see #getVoxelGrid()
	 * @generated
	 */
	EAttribute getVoxelGrid_Ny();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.VoxelGrid#getNz <em>Nz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nz</em>'.
	 * @see org.latticebench.model.VoxelGrid#getNz()
	 * @see #getVoxelGrid()
	 * @generated
	 */
	EAttribute getVoxelGrid_Nz();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.VoxelGrid#getRowDirection <em>Row Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Direction</em>'.
	 * @see org.latticebench.model.VoxelGrid#getRowDirection()
	 * @see #getVoxelGrid()
	 * @generated
	 */
	EAttribute getVoxelGrid_RowDirection();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.VoxelGrid#getColumnDirection <em>Column Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Direction</em>'.
	 * @see org.latticebench.model.VoxelGrid#getColumnDirection()
	 * @see #getVoxelGrid()
	 * @generated
	 */
	EAttribute getVoxelGrid_ColumnDirection();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.VoxelGrid#getSliceDirection <em>Slice Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slice Direction</em>'.
	 * @see org.latticebench.model.VoxelGrid#getSliceDirection()
	 * @see #getVoxelGrid()
	 * @generated
	 */
	EAttribute getVoxelGrid_SliceDirection();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.ImageVolume <em>Image Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Volume</em>'.
	 * @see org.latticebench.model.ImageVolume
	 * @generated
	 */
	EClass getImageVolume();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.ImageVolume#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.latticebench.model.ImageVolume#getModality()
	 * @see #getImageVolume()
	 * @generated
	 */
	EAttribute getImageVolume_Modality();

	/**
	 * Returns the meta object for the containment reference '{@link org.latticebench.model.ImageVolume#getGrid <em>Grid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Grid</em>'.
	 * @see org.latticebench.model.ImageVolume#getGrid()
	 * @see #getImageVolume()
	 * @generated
	 */
	EReference getImageVolume_Grid();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.ImageVolume#getHuValues <em>Hu Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hu Values</em>'.
	 * @see org.latticebench.model.ImageVolume#getHuValues()
	 * @see #getImageVolume()
	 * @generated
	 */
	EAttribute getImageVolume_HuValues();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Structure <em>Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Structure</em>'.
	 * @see org.latticebench.model.Structure
	 * @generated
	 */
	EClass getStructure();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Structure#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.latticebench.model.Structure#getName()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Structure#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.latticebench.model.Structure#getRole()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Structure#getColorRgb <em>Color Rgb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color Rgb</em>'.
	 * @see org.latticebench.model.Structure#getColorRgb()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_ColorRgb();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Structure#getAlphaBetaGy <em>Alpha Beta Gy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha Beta Gy</em>'.
	 * @see org.latticebench.model.Structure#getAlphaBetaGy()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_AlphaBetaGy();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Structure#isVisible <em>Visible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible</em>'.
	 * @see org.latticebench.model.Structure#isVisible()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_Visible();

	/**
	 * Returns the meta object for the attribute list '{@link org.latticebench.model.Structure#getContours <em>Contours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Contours</em>'.
	 * @see org.latticebench.model.Structure#getContours()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_Contours();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Structure#getMask <em>Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mask</em>'.
	 * @see org.latticebench.model.Structure#getMask()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_Mask();

	/**
	 * Returns the meta object for the containment reference '{@link org.latticebench.model.Structure#getMaskGrid <em>Mask Grid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mask Grid</em>'.
	 * @see org.latticebench.model.Structure#getMaskGrid()
	 * @see #getStructure()
	 * @generated
	 */
	EReference getStructure_MaskGrid();

	/**
	 * Returns the meta object for the '{@link org.latticebench.model.Structure#hasGeometry(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Geometry</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Geometry</em>' operation.
	 * @see org.latticebench.model.Structure#hasGeometry(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStructure__HasGeometry__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Regimen <em>Regimen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regimen</em>'.
	 * @see org.latticebench.model.Regimen
	 * @generated
	 */
	EClass getRegimen();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Regimen#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.latticebench.model.Regimen#getId()
	 * @see #getRegimen()
	 * @generated
	 */
	EAttribute getRegimen_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Regimen#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.latticebench.model.Regimen#getName()
	 * @see #getRegimen()
	 * @generated
	 */
	EAttribute getRegimen_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Regimen#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.latticebench.model.Regimen#getSource()
	 * @see #getRegimen()
	 * @generated
	 */
	EAttribute getRegimen_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Regimen#getFractions <em>Fractions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fractions</em>'.
	 * @see org.latticebench.model.Regimen#getFractions()
	 * @see #getRegimen()
	 * @generated
	 */
	EAttribute getRegimen_Fractions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Regimen#getPrescriptions <em>Prescriptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prescriptions</em>'.
	 * @see org.latticebench.model.Regimen#getPrescriptions()
	 * @see #getRegimen()
	 * @generated
	 */
	EReference getRegimen_Prescriptions();

	/**
	 * Returns the meta object for the '{@link org.latticebench.model.Regimen#hasAtLeastOneFraction(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has At Least One Fraction</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has At Least One Fraction</em>' operation.
	 * @see org.latticebench.model.Regimen#hasAtLeastOneFraction(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRegimen__HasAtLeastOneFraction__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Prescription <em>Prescription</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prescription</em>'.
	 * @see org.latticebench.model.Prescription
	 * @generated
	 */
	EClass getPrescription();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Prescription#getTargetName <em>Target Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Name</em>'.
	 * @see org.latticebench.model.Prescription#getTargetName()
	 * @see #getPrescription()
	 * @generated
	 */
	EAttribute getPrescription_TargetName();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Prescription#getDoseGy <em>Dose Gy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Gy</em>'.
	 * @see org.latticebench.model.Prescription#getDoseGy()
	 * @see #getPrescription()
	 * @generated
	 */
	EAttribute getPrescription_DoseGy();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Prescription#getFractions <em>Fractions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fractions</em>'.
	 * @see org.latticebench.model.Prescription#getFractions()
	 * @see #getPrescription()
	 * @generated
	 */
	EAttribute getPrescription_Fractions();

	/**
	 * Returns the meta object for the '{@link org.latticebench.model.Prescription#hasPositiveDose(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Positive Dose</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Positive Dose</em>' operation.
	 * @see org.latticebench.model.Prescription#hasPositiveDose(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPrescription__HasPositiveDose__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.latticebench.model.Prescription#hasAtLeastOneFraction(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has At Least One Fraction</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has At Least One Fraction</em>' operation.
	 * @see org.latticebench.model.Prescription#hasAtLeastOneFraction(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPrescription__HasAtLeastOneFraction__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.latticebench.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Plan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.latticebench.model.Plan#getName()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Name();

	/**
	 * Returns the meta object for the reference '{@link org.latticebench.model.Plan#getRegimen <em>Regimen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Regimen</em>'.
	 * @see org.latticebench.model.Plan#getRegimen()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Regimen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Plan#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.latticebench.model.Plan#getTargets()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Plan#getBeams <em>Beams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Beams</em>'.
	 * @see org.latticebench.model.Plan#getBeams()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Beams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Plan#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.latticebench.model.Plan#getObjectives()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Objectives();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Plan#getGeneratorId <em>Generator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generator Id</em>'.
	 * @see org.latticebench.model.Plan#getGeneratorId()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_GeneratorId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Plan#getGeneratorSettings <em>Generator Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Generator Settings</em>'.
	 * @see org.latticebench.model.Plan#getGeneratorSettings()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_GeneratorSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Plan#getDoseEngineId <em>Dose Engine Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Engine Id</em>'.
	 * @see org.latticebench.model.Plan#getDoseEngineId()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_DoseEngineId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Plan#getDoses <em>Doses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Doses</em>'.
	 * @see org.latticebench.model.Plan#getDoses()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Doses();

	/**
	 * Returns the meta object for the '{@link org.latticebench.model.Plan#hasDoseInsideImage(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Dose Inside Image</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Dose Inside Image</em>' operation.
	 * @see org.latticebench.model.Plan#hasDoseInsideImage(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlan__HasDoseInsideImage__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Setting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Setting</em>'.
	 * @see org.latticebench.model.Setting
	 * @generated
	 */
	EClass getSetting();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Setting#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.latticebench.model.Setting#getKey()
	 * @see #getSetting()
	 * @generated
	 */
	EAttribute getSetting_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Setting#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.latticebench.model.Setting#getValue()
	 * @see #getSetting()
	 * @generated
	 */
	EAttribute getSetting_Value();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.latticebench.model.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Target#getStructureName <em>Structure Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Structure Name</em>'.
	 * @see org.latticebench.model.Target#getStructureName()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_StructureName();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Target#getDoseGy <em>Dose Gy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Gy</em>'.
	 * @see org.latticebench.model.Target#getDoseGy()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_DoseGy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Target#getSpheres <em>Spheres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Spheres</em>'.
	 * @see org.latticebench.model.Target#getSpheres()
	 * @see #getTarget()
	 * @generated
	 */
	EReference getTarget_Spheres();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Sphere <em>Sphere</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sphere</em>'.
	 * @see org.latticebench.model.Sphere
	 * @generated
	 */
	EClass getSphere();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Sphere#getCentreMm <em>Centre Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Centre Mm</em>'.
	 * @see org.latticebench.model.Sphere#getCentreMm()
	 * @see #getSphere()
	 * @generated
	 */
	EAttribute getSphere_CentreMm();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Sphere#getDiameterMm <em>Diameter Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diameter Mm</em>'.
	 * @see org.latticebench.model.Sphere#getDiameterMm()
	 * @see #getSphere()
	 * @generated
	 */
	EAttribute getSphere_DiameterMm();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Sphere#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.latticebench.model.Sphere#getStatus()
	 * @see #getSphere()
	 * @generated
	 */
	EAttribute getSphere_Status();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Beam <em>Beam</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Beam</em>'.
	 * @see org.latticebench.model.Beam
	 * @generated
	 */
	EClass getBeam();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Beam#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.latticebench.model.Beam#getName()
	 * @see #getBeam()
	 * @generated
	 */
	EAttribute getBeam_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Beam#getGantryDeg <em>Gantry Deg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gantry Deg</em>'.
	 * @see org.latticebench.model.Beam#getGantryDeg()
	 * @see #getBeam()
	 * @generated
	 */
	EAttribute getBeam_GantryDeg();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Beam#getCollimatorDeg <em>Collimator Deg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collimator Deg</em>'.
	 * @see org.latticebench.model.Beam#getCollimatorDeg()
	 * @see #getBeam()
	 * @generated
	 */
	EAttribute getBeam_CollimatorDeg();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Beam#getCouchDeg <em>Couch Deg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Couch Deg</em>'.
	 * @see org.latticebench.model.Beam#getCouchDeg()
	 * @see #getBeam()
	 * @generated
	 */
	EAttribute getBeam_CouchDeg();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Beam#getIsocentreMm <em>Isocentre Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isocentre Mm</em>'.
	 * @see org.latticebench.model.Beam#getIsocentreMm()
	 * @see #getBeam()
	 * @generated
	 */
	EAttribute getBeam_IsocentreMm();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Beam#getEnergyMV <em>Energy MV</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Energy MV</em>'.
	 * @see org.latticebench.model.Beam#getEnergyMV()
	 * @see #getBeam()
	 * @generated
	 */
	EAttribute getBeam_EnergyMV();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Beam#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.latticebench.model.Beam#getWeight()
	 * @see #getBeam()
	 * @generated
	 */
	EAttribute getBeam_Weight();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.latticebench.model.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Objective#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.latticebench.model.Objective#getType()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Objective#getStructureName <em>Structure Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Structure Name</em>'.
	 * @see org.latticebench.model.Objective#getStructureName()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_StructureName();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Objective#getDoseGy <em>Dose Gy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Gy</em>'.
	 * @see org.latticebench.model.Objective#getDoseGy()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_DoseGy();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Objective#getVolumePercent <em>Volume Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Percent</em>'.
	 * @see org.latticebench.model.Objective#getVolumePercent()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_VolumePercent();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Objective#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.latticebench.model.Objective#getWeight()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Weight();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.DoseDistribution <em>Dose Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dose Distribution</em>'.
	 * @see org.latticebench.model.DoseDistribution
	 * @generated
	 */
	EClass getDoseDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.DoseDistribution#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.latticebench.model.DoseDistribution#getKind()
	 * @see #getDoseDistribution()
	 * @generated
	 */
	EAttribute getDoseDistribution_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.DoseDistribution#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.latticebench.model.DoseDistribution#getSource()
	 * @see #getDoseDistribution()
	 * @generated
	 */
	EAttribute getDoseDistribution_Source();

	/**
	 * Returns the meta object for the containment reference '{@link org.latticebench.model.DoseDistribution#getGrid <em>Grid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Grid</em>'.
	 * @see org.latticebench.model.DoseDistribution#getGrid()
	 * @see #getDoseDistribution()
	 * @generated
	 */
	EReference getDoseDistribution_Grid();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.DoseDistribution#getDoseGy <em>Dose Gy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Gy</em>'.
	 * @see org.latticebench.model.DoseDistribution#getDoseGy()
	 * @see #getDoseDistribution()
	 * @generated
	 */
	EAttribute getDoseDistribution_DoseGy();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.latticebench.model.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the reference '{@link org.latticebench.model.Evaluation#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see org.latticebench.model.Evaluation#getPlan()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Plan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.latticebench.model.Evaluation#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.latticebench.model.Evaluation#getMetrics()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Metrics();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.MetricValue <em>Metric Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Value</em>'.
	 * @see org.latticebench.model.MetricValue
	 * @generated
	 */
	EClass getMetricValue();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.MetricValue#getStructureName <em>Structure Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Structure Name</em>'.
	 * @see org.latticebench.model.MetricValue#getStructureName()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_StructureName();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.MetricValue#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.latticebench.model.MetricValue#getMetric()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.MetricValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.latticebench.model.MetricValue#getValue()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.MetricValue#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.latticebench.model.MetricValue#getUnit()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_Unit();

	/**
	 * Returns the meta object for class '{@link org.latticebench.model.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison</em>'.
	 * @see org.latticebench.model.Comparison
	 * @generated
	 */
	EClass getComparison();

	/**
	 * Returns the meta object for the attribute '{@link org.latticebench.model.Comparison#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.latticebench.model.Comparison#getName()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.latticebench.model.Comparison#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Plans</em>'.
	 * @see org.latticebench.model.Comparison#getPlans()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Plans();

	/**
	 * Returns the meta object for the reference '{@link org.latticebench.model.Comparison#getReferencePlan <em>Reference Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reference Plan</em>'.
	 * @see org.latticebench.model.Comparison#getReferencePlan()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_ReferencePlan();

	/**
	 * Returns the meta object for enum '{@link org.latticebench.model.SphereStatus <em>Sphere Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sphere Status</em>'.
	 * @see org.latticebench.model.SphereStatus
	 * @generated
	 */
	EEnum getSphereStatus();

	/**
	 * Returns the meta object for enum '{@link org.latticebench.model.ObjectiveType <em>Objective Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Objective Type</em>'.
	 * @see org.latticebench.model.ObjectiveType
	 * @generated
	 */
	EEnum getObjectiveType();

	/**
	 * Returns the meta object for enum '{@link org.latticebench.model.DoseKind <em>Dose Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dose Kind</em>'.
	 * @see org.latticebench.model.DoseKind
	 * @generated
	 */
	EEnum getDoseKind();

	/**
	 * Returns the meta object for enum '{@link org.latticebench.model.StructureRole <em>Structure Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Structure Role</em>'.
	 * @see org.latticebench.model.StructureRole
	 * @generated
	 */
	EEnum getStructureRole();

	/**
	 * Returns the meta object for data type '{@link org.latticebench.core.Vec3 <em>Vec3</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point or direction in patient coordinates (LPS, mm), written as "x y z".
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Vec3</em>'.
	 * @see org.latticebench.core.Vec3
	 * @model instanceClass="org.latticebench.core.Vec3"
	 * @generated
	 */
	EDataType getVec3();

	/**
	 * Returns the meta object for data type '{@link org.latticebench.core.PlanarContour <em>Planar Contour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * One closed planar polygon, written as its x y z triplets in mm.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Planar Contour</em>'.
	 * @see org.latticebench.core.PlanarContour
	 * @model instanceClass="org.latticebench.core.PlanarContour"
	 * @generated
	 */
	EDataType getPlanarContour();

	/**
	 * Returns the meta object for data type '{@link org.latticebench.model.data.BulkArray <em>Bulk Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A large float array kept out of the XMI: the XMI holds its reference, the numbers go to arrays/<id>.bin (see StudyStore).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Bulk Array</em>'.
	 * @see org.latticebench.model.data.BulkArray
	 * @model instanceClass="org.latticebench.model.data.BulkArray"
	 * @generated
	 */
	EDataType getBulkArray();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.StudyImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__NAME = eINSTANCE.getStudy_Name();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__FORMAT_VERSION = eINSTANCE.getStudy_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Patient</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__PATIENT = eINSTANCE.getStudy_Patient();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__IMAGE = eINSTANCE.getStudy_Image();

		/**
		 * The meta object literal for the '<em><b>Structures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__STRUCTURES = eINSTANCE.getStudy_Structures();

		/**
		 * The meta object literal for the '<em><b>Regimens</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__REGIMENS = eINSTANCE.getStudy_Regimens();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__PLANS = eINSTANCE.getStudy_Plans();

		/**
		 * The meta object literal for the '<em><b>Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__EVALUATIONS = eINSTANCE.getStudy_Evaluations();

		/**
		 * The meta object literal for the '<em><b>Comparisons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__COMPARISONS = eINSTANCE.getStudy_Comparisons();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.PatientImpl <em>Patient</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.PatientImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getPatient()
		 * @generated
		 */
		EClass PATIENT = eINSTANCE.getPatient();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__NAME = eINSTANCE.getPatient_Name();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__ID = eINSTANCE.getPatient_Id();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.VoxelGridImpl <em>Voxel Grid</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.VoxelGridImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getVoxelGrid()
		 * @generated
		 */
		EClass VOXEL_GRID = eINSTANCE.getVoxelGrid();

		/**
		 * The meta object literal for the '<em><b>Origin Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOXEL_GRID__ORIGIN_MM = eINSTANCE.getVoxelGrid_OriginMm();

		/**
		 * The meta object literal for the '<em><b>Spacing Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOXEL_GRID__SPACING_MM = eINSTANCE.getVoxelGrid_SpacingMm();

		/**
		 * The meta object literal for the '<em><b>Nx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOXEL_GRID__NX = eINSTANCE.getVoxelGrid_Nx();

		/**
		 * The meta object literal for the '<em><b>Ny</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOXEL_GRID__NY = eINSTANCE.getVoxelGrid_Ny();

		/**
		 * The meta object literal for the '<em><b>Nz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOXEL_GRID__NZ = eINSTANCE.getVoxelGrid_Nz();

		/**
		 * The meta object literal for the '<em><b>Row Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOXEL_GRID__ROW_DIRECTION = eINSTANCE.getVoxelGrid_RowDirection();

		/**
		 * The meta object literal for the '<em><b>Column Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOXEL_GRID__COLUMN_DIRECTION = eINSTANCE.getVoxelGrid_ColumnDirection();

		/**
		 * The meta object literal for the '<em><b>Slice Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOXEL_GRID__SLICE_DIRECTION = eINSTANCE.getVoxelGrid_SliceDirection();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.ImageVolumeImpl <em>Image Volume</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.ImageVolumeImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getImageVolume()
		 * @generated
		 */
		EClass IMAGE_VOLUME = eINSTANCE.getImageVolume();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_VOLUME__MODALITY = eINSTANCE.getImageVolume_Modality();

		/**
		 * The meta object literal for the '<em><b>Grid</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE_VOLUME__GRID = eINSTANCE.getImageVolume_Grid();

		/**
		 * The meta object literal for the '<em><b>Hu Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_VOLUME__HU_VALUES = eINSTANCE.getImageVolume_HuValues();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.StructureImpl <em>Structure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.StructureImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getStructure()
		 * @generated
		 */
		EClass STRUCTURE = eINSTANCE.getStructure();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__NAME = eINSTANCE.getStructure_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__ROLE = eINSTANCE.getStructure_Role();

		/**
		 * The meta object literal for the '<em><b>Color Rgb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__COLOR_RGB = eINSTANCE.getStructure_ColorRgb();

		/**
		 * The meta object literal for the '<em><b>Alpha Beta Gy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__ALPHA_BETA_GY = eINSTANCE.getStructure_AlphaBetaGy();

		/**
		 * The meta object literal for the '<em><b>Visible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__VISIBLE = eINSTANCE.getStructure_Visible();

		/**
		 * The meta object literal for the '<em><b>Contours</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__CONTOURS = eINSTANCE.getStructure_Contours();

		/**
		 * The meta object literal for the '<em><b>Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__MASK = eINSTANCE.getStructure_Mask();

		/**
		 * The meta object literal for the '<em><b>Mask Grid</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRUCTURE__MASK_GRID = eINSTANCE.getStructure_MaskGrid();

		/**
		 * The meta object literal for the '<em><b>Has Geometry</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STRUCTURE___HAS_GEOMETRY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStructure__HasGeometry__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.RegimenImpl <em>Regimen</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.RegimenImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getRegimen()
		 * @generated
		 */
		EClass REGIMEN = eINSTANCE.getRegimen();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGIMEN__ID = eINSTANCE.getRegimen_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGIMEN__NAME = eINSTANCE.getRegimen_Name();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGIMEN__SOURCE = eINSTANCE.getRegimen_Source();

		/**
		 * The meta object literal for the '<em><b>Fractions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGIMEN__FRACTIONS = eINSTANCE.getRegimen_Fractions();

		/**
		 * The meta object literal for the '<em><b>Prescriptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGIMEN__PRESCRIPTIONS = eINSTANCE.getRegimen_Prescriptions();

		/**
		 * The meta object literal for the '<em><b>Has At Least One Fraction</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REGIMEN___HAS_AT_LEAST_ONE_FRACTION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRegimen__HasAtLeastOneFraction__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.PrescriptionImpl <em>Prescription</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.PrescriptionImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getPrescription()
		 * @generated
		 */
		EClass PRESCRIPTION = eINSTANCE.getPrescription();

		/**
		 * The meta object literal for the '<em><b>Target Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESCRIPTION__TARGET_NAME = eINSTANCE.getPrescription_TargetName();

		/**
		 * The meta object literal for the '<em><b>Dose Gy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESCRIPTION__DOSE_GY = eINSTANCE.getPrescription_DoseGy();

		/**
		 * The meta object literal for the '<em><b>Fractions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESCRIPTION__FRACTIONS = eINSTANCE.getPrescription_Fractions();

		/**
		 * The meta object literal for the '<em><b>Has Positive Dose</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PRESCRIPTION___HAS_POSITIVE_DOSE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPrescription__HasPositiveDose__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Has At Least One Fraction</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PRESCRIPTION___HAS_AT_LEAST_ONE_FRACTION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPrescription__HasAtLeastOneFraction__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.PlanImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__NAME = eINSTANCE.getPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Regimen</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__REGIMEN = eINSTANCE.getPlan_Regimen();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__TARGETS = eINSTANCE.getPlan_Targets();

		/**
		 * The meta object literal for the '<em><b>Beams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__BEAMS = eINSTANCE.getPlan_Beams();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__OBJECTIVES = eINSTANCE.getPlan_Objectives();

		/**
		 * The meta object literal for the '<em><b>Generator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__GENERATOR_ID = eINSTANCE.getPlan_GeneratorId();

		/**
		 * The meta object literal for the '<em><b>Generator Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__GENERATOR_SETTINGS = eINSTANCE.getPlan_GeneratorSettings();

		/**
		 * The meta object literal for the '<em><b>Dose Engine Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__DOSE_ENGINE_ID = eINSTANCE.getPlan_DoseEngineId();

		/**
		 * The meta object literal for the '<em><b>Doses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__DOSES = eINSTANCE.getPlan_Doses();

		/**
		 * The meta object literal for the '<em><b>Has Dose Inside Image</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN___HAS_DOSE_INSIDE_IMAGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlan__HasDoseInsideImage__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.SettingImpl <em>Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.SettingImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getSetting()
		 * @generated
		 */
		EClass SETTING = eINSTANCE.getSetting();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING__KEY = eINSTANCE.getSetting_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING__VALUE = eINSTANCE.getSetting_Value();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.TargetImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Structure Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__STRUCTURE_NAME = eINSTANCE.getTarget_StructureName();

		/**
		 * The meta object literal for the '<em><b>Dose Gy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__DOSE_GY = eINSTANCE.getTarget_DoseGy();

		/**
		 * The meta object literal for the '<em><b>Spheres</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET__SPHERES = eINSTANCE.getTarget_Spheres();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.SphereImpl <em>Sphere</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.SphereImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getSphere()
		 * @generated
		 */
		EClass SPHERE = eINSTANCE.getSphere();

		/**
		 * The meta object literal for the '<em><b>Centre Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPHERE__CENTRE_MM = eINSTANCE.getSphere_CentreMm();

		/**
		 * The meta object literal for the '<em><b>Diameter Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPHERE__DIAMETER_MM = eINSTANCE.getSphere_DiameterMm();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPHERE__STATUS = eINSTANCE.getSphere_Status();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.BeamImpl <em>Beam</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.BeamImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getBeam()
		 * @generated
		 */
		EClass BEAM = eINSTANCE.getBeam();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAM__NAME = eINSTANCE.getBeam_Name();

		/**
		 * The meta object literal for the '<em><b>Gantry Deg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAM__GANTRY_DEG = eINSTANCE.getBeam_GantryDeg();

		/**
		 * The meta object literal for the '<em><b>Collimator Deg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAM__COLLIMATOR_DEG = eINSTANCE.getBeam_CollimatorDeg();

		/**
		 * The meta object literal for the '<em><b>Couch Deg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAM__COUCH_DEG = eINSTANCE.getBeam_CouchDeg();

		/**
		 * The meta object literal for the '<em><b>Isocentre Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAM__ISOCENTRE_MM = eINSTANCE.getBeam_IsocentreMm();

		/**
		 * The meta object literal for the '<em><b>Energy MV</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAM__ENERGY_MV = eINSTANCE.getBeam_EnergyMV();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAM__WEIGHT = eINSTANCE.getBeam_Weight();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.ObjectiveImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TYPE = eINSTANCE.getObjective_Type();

		/**
		 * The meta object literal for the '<em><b>Structure Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__STRUCTURE_NAME = eINSTANCE.getObjective_StructureName();

		/**
		 * The meta object literal for the '<em><b>Dose Gy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__DOSE_GY = eINSTANCE.getObjective_DoseGy();

		/**
		 * The meta object literal for the '<em><b>Volume Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__VOLUME_PERCENT = eINSTANCE.getObjective_VolumePercent();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__WEIGHT = eINSTANCE.getObjective_Weight();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.DoseDistributionImpl <em>Dose Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.DoseDistributionImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getDoseDistribution()
		 * @generated
		 */
		EClass DOSE_DISTRIBUTION = eINSTANCE.getDoseDistribution();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_DISTRIBUTION__KIND = eINSTANCE.getDoseDistribution_Kind();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_DISTRIBUTION__SOURCE = eINSTANCE.getDoseDistribution_Source();

		/**
		 * The meta object literal for the '<em><b>Grid</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSE_DISTRIBUTION__GRID = eINSTANCE.getDoseDistribution_Grid();

		/**
		 * The meta object literal for the '<em><b>Dose Gy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_DISTRIBUTION__DOSE_GY = eINSTANCE.getDoseDistribution_DoseGy();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.EvaluationImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__PLAN = eINSTANCE.getEvaluation_Plan();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__METRICS = eINSTANCE.getEvaluation_Metrics();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.MetricValueImpl <em>Metric Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.MetricValueImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getMetricValue()
		 * @generated
		 */
		EClass METRIC_VALUE = eINSTANCE.getMetricValue();

		/**
		 * The meta object literal for the '<em><b>Structure Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__STRUCTURE_NAME = eINSTANCE.getMetricValue_StructureName();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__METRIC = eINSTANCE.getMetricValue_Metric();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__VALUE = eINSTANCE.getMetricValue_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__UNIT = eINSTANCE.getMetricValue_Unit();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.impl.ComparisonImpl <em>Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.impl.ComparisonImpl
		 * @see org.latticebench.model.impl.ModelPackageImpl#getComparison()
		 * @generated
		 */
		EClass COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__NAME = eINSTANCE.getComparison_Name();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__PLANS = eINSTANCE.getComparison_Plans();

		/**
		 * The meta object literal for the '<em><b>Reference Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__REFERENCE_PLAN = eINSTANCE.getComparison_ReferencePlan();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.SphereStatus <em>Sphere Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.SphereStatus
		 * @see org.latticebench.model.impl.ModelPackageImpl#getSphereStatus()
		 * @generated
		 */
		EEnum SPHERE_STATUS = eINSTANCE.getSphereStatus();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.ObjectiveType <em>Objective Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.ObjectiveType
		 * @see org.latticebench.model.impl.ModelPackageImpl#getObjectiveType()
		 * @generated
		 */
		EEnum OBJECTIVE_TYPE = eINSTANCE.getObjectiveType();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.DoseKind <em>Dose Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.DoseKind
		 * @see org.latticebench.model.impl.ModelPackageImpl#getDoseKind()
		 * @generated
		 */
		EEnum DOSE_KIND = eINSTANCE.getDoseKind();

		/**
		 * The meta object literal for the '{@link org.latticebench.model.StructureRole <em>Structure Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.StructureRole
		 * @see org.latticebench.model.impl.ModelPackageImpl#getStructureRole()
		 * @generated
		 */
		EEnum STRUCTURE_ROLE = eINSTANCE.getStructureRole();

		/**
		 * The meta object literal for the '<em>Vec3</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.core.Vec3
		 * @see org.latticebench.model.impl.ModelPackageImpl#getVec3()
		 * @generated
		 */
		EDataType VEC3 = eINSTANCE.getVec3();

		/**
		 * The meta object literal for the '<em>Planar Contour</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.core.PlanarContour
		 * @see org.latticebench.model.impl.ModelPackageImpl#getPlanarContour()
		 * @generated
		 */
		EDataType PLANAR_CONTOUR = eINSTANCE.getPlanarContour();

		/**
		 * The meta object literal for the '<em>Bulk Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.latticebench.model.data.BulkArray
		 * @see org.latticebench.model.impl.ModelPackageImpl#getBulkArray()
		 * @generated
		 */
		EDataType BULK_ARRAY = eINSTANCE.getBulkArray();

	}

} //ModelPackage
