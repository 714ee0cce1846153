/**
 */
package org.latticebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Objective#getType <em>Type</em>}</li>
 *   <li>{@link org.latticebench.model.Objective#getStructureName <em>Structure Name</em>}</li>
 *   <li>{@link org.latticebench.model.Objective#getDoseGy <em>Dose Gy</em>}</li>
 *   <li>{@link org.latticebench.model.Objective#getVolumePercent <em>Volume Percent</em>}</li>
 *   <li>{@link org.latticebench.model.Objective#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getObjective()
 * @model
 * @generated
 */
public interface Objective extends EObject {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.latticebench.model.ObjectiveType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.latticebench.model.ObjectiveType
	 * @see #setType(ObjectiveType)
	 * @see org.latticebench.model.ModelPackage#getObjective_Type()
	 * @model
	 * @generated
	 */
	ObjectiveType getType();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Objective#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.latticebench.model.ObjectiveType
	 * @see #getType()
	 * @generated
	 */
	void setType(ObjectiveType value);

	/**
	 * Returns the value of the '<em><b>Structure Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Structure Name</em>' attribute.
	 * @see #setStructureName(String)
	 * @see org.latticebench.model.ModelPackage#getObjective_StructureName()
	 * @model
	 * @generated
	 */
	String getStructureName();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Objective#getStructureName <em>Structure Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Structure Name</em>' attribute.
	 * @see #getStructureName()
	 * @generated
	 */
	void setStructureName(String value);

	/**
	 * Returns the value of the '<em><b>Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dose Gy</em>' attribute.
	 * @see #setDoseGy(double)
	 * @see org.latticebench.model.ModelPackage#getObjective_DoseGy()
	 * @model
	 * @generated
	 */
	double getDoseGy();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Objective#getDoseGy <em>Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Gy</em>' attribute.
	 * @see #getDoseGy()
	 * @generated
	 */
	void setDoseGy(double value);

	/**
	 * Returns the value of the '<em><b>Volume Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume of the structure for dose-volume objectives, percent; unused by point-dose types.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Percent</em>' attribute.
	 * @see #setVolumePercent(double)
	 * @see org.latticebench.model.ModelPackage#getObjective_VolumePercent()
	 * @model
	 * @generated
	 */
	double getVolumePercent();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Objective#getVolumePercent <em>Volume Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Percent</em>' attribute.
	 * @see #getVolumePercent()
	 * @generated
	 */
	void setVolumePercent(double value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.latticebench.model.ModelPackage#getObjective_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Objective#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // Objective
