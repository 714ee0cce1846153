/**
 */
package org.latticebench.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prescription</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Prescription#getTargetName <em>Target Name</em>}</li>
 *   <li>{@link org.latticebench.model.Prescription#getDoseGy <em>Dose Gy</em>}</li>
 *   <li>{@link org.latticebench.model.Prescription#getFractions <em>Fractions</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getPrescription()
 * @model
 * @generated
 */
public interface Prescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the target structure (or target role, such as spheres) the dose is prescribed to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Name</em>' attribute.
	 * @see #setTargetName(String)
	 * @see org.latticebench.model.ModelPackage#getPrescription_TargetName()
	 * @model
	 * @generated
	 */
	String getTargetName();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Prescription#getTargetName <em>Target Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Name</em>' attribute.
	 * @see #getTargetName()
	 * @generated
	 */
	void setTargetName(String value);

	/**
	 * Returns the value of the '<em><b>Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total physical dose over the course, Gy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose Gy</em>' attribute.
	 * @see #setDoseGy(double)
	 * @see org.latticebench.model.ModelPackage#getPrescription_DoseGy()
	 * @model
	 * @generated
	 */
	double getDoseGy();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Prescription#getDoseGy <em>Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Gy</em>' attribute.
	 * @see #getDoseGy()
	 * @generated
	 */
	void setDoseGy(double value);

	/**
	 * Returns the value of the '<em><b>Fractions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fractions</em>' attribute.
	 * @see #setFractions(int)
	 * @see org.latticebench.model.ModelPackage#getPrescription_Fractions()
	 * @model
	 * @generated
	 */
	int getFractions();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Prescription#getFractions <em>Fractions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fractions</em>' attribute.
	 * @see #getFractions()
	 * @generated
	 */
	void setFractions(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the prescribed dose is above 0 Gy.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasPositiveDose(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the prescription is delivered in one or more fractions.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasAtLeastOneFraction(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Prescription
