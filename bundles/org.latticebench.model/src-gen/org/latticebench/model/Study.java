/**
 */
package org.latticebench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A patient's image, structures, regimens, plans with their doses, evaluations and comparisons: what a user saves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Study#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.Study#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.latticebench.model.Study#getPatient <em>Patient</em>}</li>
 *   <li>{@link org.latticebench.model.Study#getImage <em>Image</em>}</li>
 *   <li>{@link org.latticebench.model.Study#getStructures <em>Structures</em>}</li>
 *   <li>{@link org.latticebench.model.Study#getRegimens <em>Regimens</em>}</li>
 *   <li>{@link org.latticebench.model.Study#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.latticebench.model.Study#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.latticebench.model.Study#getComparisons <em>Comparisons</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.latticebench.model.ModelPackage#getStudy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Study#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the saved study format, set by StudyStore.save (0 until first saved); a reader refuses studies newer than it knows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.latticebench.model.ModelPackage#getStudy_FormatVersion()
	 * @model
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Study#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Patient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patient</em>' containment reference.
	 * @see #setPatient(Patient)
	 * @see org.latticebench.model.ModelPackage#getStudy_Patient()
	 * @model containment="true"
	 * @generated
	 */
	Patient getPatient();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Study#getPatient <em>Patient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient</em>' containment reference.
	 * @see #getPatient()
	 * @generated
	 */
	void setPatient(Patient value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' containment reference.
	 * @see #setImage(ImageVolume)
	 * @see org.latticebench.model.ModelPackage#getStudy_Image()
	 * @model containment="true"
	 * @generated
	 */
	ImageVolume getImage();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Study#getImage <em>Image</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' containment reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(ImageVolume value);

	/**
	 * Returns the value of the '<em><b>Structures</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Structure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Structures</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getStudy_Structures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Structure> getStructures();

	/**
	 * Returns the value of the '<em><b>Regimens</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Regimen}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regimens</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getStudy_Regimens()
	 * @model containment="true"
	 * @generated
	 */
	EList<Regimen> getRegimens();

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Plan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getStudy_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Plan> getPlans();

	/**
	 * Returns the value of the '<em><b>Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Evaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluations</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getStudy_Evaluations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evaluation> getEvaluations();

	/**
	 * Returns the value of the '<em><b>Comparisons</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Comparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparisons</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getStudy_Comparisons()
	 * @model containment="true"
	 * @generated
	 */
	EList<Comparison> getComparisons();

} // Study
