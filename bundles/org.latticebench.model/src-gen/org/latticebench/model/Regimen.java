/**
 */
package org.latticebench.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regimen</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Regimen#getId <em>Id</em>}</li>
 *   <li>{@link org.latticebench.model.Regimen#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.Regimen#getSource <em>Source</em>}</li>
 *   <li>{@link org.latticebench.model.Regimen#getFractions <em>Fractions</em>}</li>
 *   <li>{@link org.latticebench.model.Regimen#getPrescriptions <em>Prescriptions</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getRegimen()
 * @model
 * @generated
 */
public interface Regimen extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.latticebench.model.ModelPackage#getRegimen_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Regimen#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.latticebench.model.ModelPackage#getRegimen_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Regimen#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The citation the regimen comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.latticebench.model.ModelPackage#getRegimen_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Regimen#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Fractions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fractions</em>' attribute.
	 * @see #setFractions(int)
	 * @see org.latticebench.model.ModelPackage#getRegimen_Fractions()
	 * @model
	 * @generated
	 */
	int getFractions();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Regimen#getFractions <em>Fractions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fractions</em>' attribute.
	 * @see #getFractions()
	 * @generated
	 */
	void setFractions(int value);

	/**
	 * Returns the value of the '<em><b>Prescriptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Prescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prescriptions</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getRegimen_Prescriptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Prescription> getPrescriptions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the regimen is delivered in one or more fractions.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasAtLeastOneFraction(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Regimen
